import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Fieldset,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { ROUTES } from '../../../../shared/src/routes';
import { describeError, fieldErrors, firstApiError, hasCode } from '../../lib/errors';
import {
  CountrySelect,
  defaultCountry,
  FormErrorAlert,
  PasswordField,
  useRevealOnMount,
} from '../../ui/forms';
import { currentLocale } from '../../lib/locale';
import { useRememberViewer, useViewer } from '../../lib/session';
import { isEmail, length, passwordError } from '../../lib/validation';
import { useRegisterCompanyMutation } from '../../gql/graphql';
import { AuthFrame } from './AuthFrame';

type Field =
  'taxId' | 'country' | 'companyName' | 'name' | 'email' | 'password' | 'acceptResaleTerms';
type Errors = Partial<Record<Field, string>>;

/** Section titles of the form (a fieldset's legend). */
const LEGEND = {
  legend: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)', marginBottom: 8 },
};
/** Hints under the inputs, so that fields side by side stay in line. */
const HINT_BELOW: Array<'label' | 'input' | 'description' | 'error'> = [
  'label',
  'input',
  'description',
  'error',
];

interface TaxIdTaken {
  message: string;
  supportEmail: string | null;
}

/** The tax ID has an account: whom to ask, support's address, and sign in. */
function TaxIdTakenAlert({ message, supportEmail }: TaxIdTaken) {
  const { t } = useTranslation();
  const ref = useRevealOnMount<HTMLDivElement>();
  return (
    <Alert
      ref={ref}
      color="orange"
      variant="light"
      title={t('auth.register.taxIdTaken.title')}
      role="alert"
    >
      <Stack gap="xs">
        <Text size="sm">{message}</Text>
        {supportEmail && (
          <Text size="sm">
            {t('auth.register.taxIdTaken.writeTo')}{' '}
            <Anchor href={`mailto:${supportEmail}`} fw={600}>
              {supportEmail}
            </Anchor>
          </Text>
        )}
        <Text size="sm">
          {t('auth.register.taxIdTaken.haveAccount')}{' '}
          <Anchor component={Link} to={ROUTES.signIn} fw={600}>
            {t('auth.register.signIn')}
          </Anchor>
        </Text>
      </Stack>
    </Alert>
  );
}

/** Self-registration of a company; the person becomes its administrator and is signed in. */
export function RegisterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const remember = useRememberViewer();
  const [register, { loading }] = useRegisterCompanyMutation();
  const [values, setValues] = useState({
    taxId: '',
    country: defaultCountry(),
    companyName: '',
    name: '',
    email: '',
    password: '',
  });
  const [accepted, setAccepted] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [taxIdTaken, setTaxIdTaken] = useState<TaxIdTaken | null>(null);
  const [done, setDone] = useState(false);

  if (viewer && !done) return <Navigate to={ROUTES.home} replace />;

  const set = (field: keyof typeof values) => (value: string) =>
    setValues((v) => ({ ...v, [field]: value }));

  const validate = (): Errors => {
    const found: Errors = {};
    const taxId = values.taxId.replace(/\s/g, '');
    if (!taxId) found.taxId = t('validation.taxIdRequired');
    else if (taxId.length < 4 || taxId.length > 40) found.taxId = t('errors.reason.TAX_ID_FORMAT');
    if (!values.country) found.country = t('validation.countryRequired');
    if (length(values.companyName.trim()) < 2)
      found.companyName = t('validation.companyNameRequired');
    if (!values.name.trim()) found.name = t('validation.nameRequired');
    if (!values.email.trim()) found.email = t('validation.emailRequired');
    else if (!isEmail(values.email)) found.email = t('validation.emailInvalid');
    const password = passwordError(values.password, t);
    if (password) found.password = password;
    if (!accepted) found.acceptResaleTerms = t('validation.termsRequired');
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setFormError(null);
    setTaxIdTaken(null);
    if (Object.keys(found).length > 0) return;
    try {
      const { data } = await register({
        variables: {
          input: {
            taxId: values.taxId.trim(),
            country: values.country,
            companyName: values.companyName.trim(),
            name: values.name.trim(),
            email: values.email.trim(),
            password: values.password,
            acceptResaleTerms: accepted,
            locale: currentLocale(),
          },
        },
      });
      if (!data) return;
      setDone(true);
      remember(data.registerCompany);
      navigate(ROUTES.home, { replace: true });
    } catch (error) {
      if (hasCode(error, 'TAX_ID_ALREADY_REGISTERED')) {
        const e = firstApiError(error)!;
        const support = e.extensions.supportEmail;
        setTaxIdTaken({
          message: e.message,
          supportEmail: typeof support === 'string' ? support : null,
        });
        return;
      }
      if (hasCode(error, 'EMAIL_ALREADY_REGISTERED')) {
        setErrors({ email: t('errors.EMAIL_ALREADY_REGISTERED') });
        return;
      }
      const byField = fieldErrors(error, t);
      const known = Object.fromEntries(
        Object.entries(byField).filter(
          ([field]) => field in values || field === 'acceptResaleTerms',
        ),
      ) as Errors;
      if (known.acceptResaleTerms) known.acceptResaleTerms = t('validation.termsRequired');
      if (Object.keys(known).length > 0) setErrors(known);
      else setFormError(describeError(error, t));
    }
  };

  return (
    <AuthFrame
      title={t('auth.register.title')}
      intro={t('auth.register.intro')}
      width={720}
      footer={
        <Text ta="center">
          {t('auth.register.haveAccount')}{' '}
          <Anchor component={Link} to={ROUTES.signIn} fw={600}>
            {t('auth.register.signIn')}
          </Anchor>
        </Text>
      }
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="lg">
          {taxIdTaken && <TaxIdTakenAlert {...taxIdTaken} />}
          {formError && <FormErrorAlert>{formError}</FormErrorAlert>}
          <Fieldset legend={t('auth.register.companySection')} variant="unstyled" styles={LEGEND}>
            <Stack gap="md">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextInput
                  label={t('fields.taxId')}
                  description={t('auth.register.taxIdHint')}
                  inputWrapperOrder={HINT_BELOW}
                  value={values.taxId}
                  onChange={(e) => set('taxId')(e.currentTarget.value)}
                  error={errors.taxId}
                  required
                />
                <CountrySelect
                  value={values.country}
                  onChange={set('country')}
                  error={errors.country}
                  description={t('auth.register.countryHint')}
                  inputWrapperOrder={HINT_BELOW}
                  required
                />
              </SimpleGrid>
              <TextInput
                label={t('fields.companyName')}
                autoComplete="organization"
                value={values.companyName}
                onChange={(e) => set('companyName')(e.currentTarget.value)}
                error={errors.companyName}
                required
              />
            </Stack>
          </Fieldset>
          <Fieldset legend={t('auth.register.accountSection')} variant="unstyled" styles={LEGEND}>
            <Stack gap="md">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextInput
                  label={t('fields.yourName')}
                  autoComplete="name"
                  value={values.name}
                  onChange={(e) => set('name')(e.currentTarget.value)}
                  error={errors.name}
                  required
                />
                <TextInput
                  label={t('fields.email')}
                  type="email"
                  autoComplete="email"
                  value={values.email}
                  onChange={(e) => set('email')(e.currentTarget.value)}
                  error={errors.email}
                  required
                />
              </SimpleGrid>
              <PasswordField
                label={t('fields.password')}
                description={t('password.rules')}
                autoComplete="new-password"
                value={values.password}
                onChange={(e) => set('password')(e.currentTarget.value)}
                error={errors.password}
                required
              />
            </Stack>
          </Fieldset>
          <Checkbox
            label={t('auth.register.terms')}
            description={t('auth.register.termsHint')}
            checked={accepted}
            onChange={(e) => setAccepted(e.currentTarget.checked)}
            error={errors.acceptResaleTerms}
            aria-invalid={!!errors.acceptResaleTerms}
          />
          <Button type="submit" loading={loading} size="md" style={{ alignSelf: 'flex-start' }}>
            {t('auth.register.submit')}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
