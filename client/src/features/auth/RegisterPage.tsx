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
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { joinPath, ROUTES } from '../../../../shared/src/routes';
import { describeError, fieldErrors, firstApiError, hasCode } from '../../lib/errors';
import { CountrySelect } from '../../ui/CountrySelect';
import { defaultCountry, FormErrorAlert, PasswordField, useRevealOnMount } from '../../ui/forms';
import { currentLocale } from '../../lib/locale';
import { useRememberViewer, useViewer } from '../../lib/session';
import { useForm, type FormErrors } from '../../lib/useForm';
import { fieldChecks } from '../../lib/validation';
import { useRegisterCompanyMutation } from '../../gql/graphql';
import {
  AddressFields,
  addressErrors,
  addressInput,
  emptyAddress,
  serverAddressErrors,
  type AddressErrors,
  type AddressValues,
} from '../../ui/AddressFields';
import { AuthFrame } from './AuthFrame';

interface RegisterValues {
  taxId: string;
  country: string;
  companyName: string;
  name: string;
  email: string;
  password: string;
  acceptResaleTerms: boolean;
  billing: AddressValues;
}
type RegisterForm = ReturnType<typeof useForm<RegisterValues>>;

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
  /** What was typed: the "ask to join" form starts with it. */
  taxId: string;
  country: string;
}

/** The tax ID has an account: whom to ask, support's address, and sign in. */
function TaxIdTakenAlert({ message, supportEmail, taxId, country }: TaxIdTaken) {
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
        <Stack gap={4} align="flex-start">
          <Button component={Link} to={joinPath({ taxId, country })} size="sm">
            {t('join.link.register')}
          </Button>
          <Text size="xs">{t('join.link.registerHint')}</Text>
        </Stack>
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

/** The company: tax ID, country and name. */
function CompanyFieldset({ form }: { form: RegisterForm }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('auth.register.companySection')} variant="unstyled" styles={LEGEND}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('fields.taxId')}
            description={t('auth.register.taxIdHint')}
            inputWrapperOrder={HINT_BELOW}
            {...form.text('taxId')}
            required
          />
          <CountrySelect
            value={form.values.country}
            onChange={(country) =>
              // The billing address follows the company's country until it is chosen apart.
              form.setValues((v) => ({
                ...v,
                country,
                billing: v.billing.country === v.country ? { ...v.billing, country } : v.billing,
              }))
            }
            error={form.errors.country}
            description={t('auth.register.countryHint')}
            inputWrapperOrder={HINT_BELOW}
            required
          />
        </SimpleGrid>
        <TextInput
          label={t('fields.companyName')}
          autoComplete="organization"
          {...form.text('companyName')}
          required
        />
      </Stack>
    </Fieldset>
  );
}

/** The billing address: the shared rules' messages once the form was sent, else the server's. */
function BillingFieldset({ form, refused }: { form: RegisterForm; refused: AddressErrors }) {
  const { t } = useTranslation();
  const errors = form.errors.billing ? addressErrors(form.values.billing, t) : refused;
  return (
    <Fieldset legend={t('auth.register.addressSection')} variant="unstyled" styles={LEGEND}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('auth.register.addressHint')}
        </Text>
        <AddressFields
          value={form.values.billing}
          onChange={(billing) => form.setValue('billing', billing)}
          errors={errors}
          countryLabel={t('address.countryOfAddress')}
        />
      </Stack>
    </Fieldset>
  );
}

/** The person's account: name, e-mail address and password. */
function AccountFieldset({ form }: { form: RegisterForm }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('auth.register.accountSection')} variant="unstyled" styles={LEGEND}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('fields.yourName')}
            autoComplete="name"
            {...form.text('name')}
            required
          />
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="email"
            {...form.text('email')}
            required
          />
        </SimpleGrid>
        <PasswordField
          label={t('fields.password')}
          description={t('password.rules')}
          autoComplete="new-password"
          {...form.text('password')}
          required
        />
      </Stack>
    </Fieldset>
  );
}

/** The registration form with its rules (limits from shared/src/accounts.ts). */
function useRegisterForm() {
  const { t } = useTranslation();
  const check = fieldChecks(t);
  return useForm<RegisterValues>(
    {
      taxId: '',
      country: defaultCountry(),
      companyName: '',
      name: '',
      email: '',
      password: '',
      acceptResaleTerms: false,
      billing: emptyAddress(),
    },
    {
      taxId: check.taxId,
      country: check.country,
      companyName: check.companyName,
      name: check.personName,
      email: check.email,
      password: check.newPassword,
      acceptResaleTerms: (accepted) => (accepted ? null : t('validation.termsRequired')),
      billing: (address) =>
        Object.keys(addressErrors(address, t)).length > 0 ? t('address.invalid') : null,
    },
  );
}

/** Sends the registration; what the server refused goes under its field or into an alert. */
function useRegister(form: RegisterForm, onDone: () => void) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remember = useRememberViewer();
  const [register, { loading }] = useRegisterCompanyMutation();
  const [formError, setFormError] = useState<string | null>(null);
  const [taxIdTaken, setTaxIdTaken] = useState<TaxIdTaken | null>(null);
  const [addressRefused, setAddressRefused] = useState<AddressErrors>({});

  const refused = (error: unknown) => {
    const address = serverAddressErrors(error, t, 'input.billingAddress');
    if (Object.keys(address).length > 0) return setAddressRefused(address);
    if (hasCode(error, 'TAX_ID_ALREADY_REGISTERED')) {
      const e = firstApiError(error)!;
      const support = e.extensions.supportEmail;
      const supportEmail = typeof support === 'string' ? support : null;
      const { taxId, country } = form.values;
      return setTaxIdTaken({ message: e.message, supportEmail, taxId: taxId.trim(), country });
    }
    if (hasCode(error, 'EMAIL_ALREADY_REGISTERED')) {
      return form.setErrors({ email: t('errors.EMAIL_ALREADY_REGISTERED') });
    }
    const known: FormErrors<RegisterValues> = Object.fromEntries(
      Object.entries(fieldErrors(error, t)).filter(([field]) => field in form.values),
    );
    if (known.acceptResaleTerms) known.acceptResaleTerms = t('validation.termsRequired');
    if (Object.keys(known).length > 0) form.setErrors(known);
    else setFormError(describeError(error, t));
  };

  const send = async (values: RegisterValues) => {
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
            acceptResaleTerms: values.acceptResaleTerms,
            locale: currentLocale(),
            billingAddress: addressInput(values.billing),
          },
        },
      });
      if (!data) return;
      onDone();
      remember(data.registerCompany);
      navigate(ROUTES.home, { replace: true });
    } catch (error) {
      refused(error);
    }
  };
  const clear = () => {
    setFormError(null);
    setTaxIdTaken(null);
    setAddressRefused({});
  };
  return { onSubmit: form.onSubmit(send, clear), loading, formError, taxIdTaken, addressRefused };
}

/** Self-registration of a company; the person becomes its administrator and is signed in. */
export function RegisterPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [done, setDone] = useState(false);
  const form = useRegisterForm();
  const { onSubmit, loading, formError, taxIdTaken, addressRefused } = useRegister(form, () =>
    setDone(true),
  );

  if (viewer && !done) return <Navigate to={ROUTES.home} replace />;

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
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="lg">
          {taxIdTaken && <TaxIdTakenAlert {...taxIdTaken} />}
          {formError && <FormErrorAlert>{formError}</FormErrorAlert>}
          <CompanyFieldset form={form} />
          <BillingFieldset form={form} refused={addressRefused} />
          <AccountFieldset form={form} />
          <Checkbox
            label={t('auth.register.terms')}
            description={t('auth.register.termsHint')}
            checked={form.values.acceptResaleTerms}
            onChange={(e) => form.setValue('acceptResaleTerms', e.currentTarget.checked)}
            error={form.errors.acceptResaleTerms}
            aria-invalid={!!form.errors.acceptResaleTerms}
          />
          <Button type="submit" loading={loading} size="md" style={{ alignSelf: 'flex-start' }}>
            {t('auth.register.submit')}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
