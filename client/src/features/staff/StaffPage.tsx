import {
  Alert,
  Button,
  Card,
  Checkbox,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LOCALES, LOCALE_NAMES } from '../../../../shared/src/locales';
import { ROUTES } from '../../../../shared/src/routes';
import { describeError, fieldErrors, hasCode } from '../../lib/errors';
import { CountrySelect, FormErrorAlert } from '../../ui/forms';
import { currentLocale } from '../../lib/locale';
import { PageTitle } from '../../ui/PageTitle';
import { useViewer } from '../../lib/session';
import { isEmail, length } from '../../lib/validation';
import { useOnboardCompanyMutation } from '../../gql/graphql';

type Field = 'taxId' | 'country' | 'name' | 'adminEmail';
type Errors = Partial<Record<Field, string>>;

const EMPTY = { taxId: '', country: '', name: '', adminEmail: '' };

/** Staff create a contracted customer: the company and its administrator, who gets an email. */
function OnboardCompanyForm() {
  const { t } = useTranslation();
  const [onboard, { loading }] = useOnboardCompanyMutation();
  const [values, setValues] = useState(EMPTY);
  const [contracted, setContracted] = useState(true);
  const [locale, setLocale] = useState<string>(currentLocale());
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<{ company: string; email: string } | null>(null);
  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    setDone(null);
    const found: Errors = {};
    const taxId = values.taxId.replace(/\s/g, '');
    if (!taxId) found.taxId = t('validation.taxIdRequired');
    else if (taxId.length < 4 || taxId.length > 40) found.taxId = t('errors.reason.TAX_ID_FORMAT');
    if (!values.country) found.country = t('validation.countryRequired');
    if (length(values.name.trim()) < 2) found.name = t('validation.companyNameRequired');
    if (!values.adminEmail.trim()) found.adminEmail = t('validation.emailRequired');
    else if (!isEmail(values.adminEmail)) found.adminEmail = t('validation.emailInvalid');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      const { data } = await onboard({
        variables: {
          input: {
            taxId: values.taxId.trim(),
            country: values.country,
            name: values.name.trim(),
            adminEmail: values.adminEmail.trim(),
            contracted,
            locale,
          },
        },
      });
      if (!data) return;
      setDone({ company: data.onboardCompany.name, email: values.adminEmail.trim() });
      setValues(EMPTY);
      setContracted(true);
    } catch (err) {
      if (hasCode(err, 'TAX_ID_ALREADY_REGISTERED')) {
        setErrors({ taxId: t('staff.onboard.taxIdTaken') });
        return;
      }
      if (hasCode(err, 'EMAIL_ALREADY_REGISTERED')) {
        setErrors({ adminEmail: t('staff.onboard.emailTaken') });
        return;
      }
      const byField = fieldErrors(err, t) as Errors;
      if (Object.keys(byField).length > 0) setErrors(byField);
      else setFormError(describeError(err, t));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        {done && (
          <Alert color="green" variant="light" title={t('staff.onboard.doneTitle')} role="status">
            {t('staff.onboard.done', { company: done.company, email: done.email })}
          </Alert>
        )}
        {formError && <FormErrorAlert>{formError}</FormErrorAlert>}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('fields.taxId')}
            value={values.taxId}
            onChange={(e) => set('taxId')(e.currentTarget.value)}
            error={errors.taxId}
            required
          />
          <CountrySelect
            value={values.country}
            onChange={set('country')}
            error={errors.country}
            required
          />
        </SimpleGrid>
        <TextInput
          label={t('fields.companyName')}
          value={values.name}
          onChange={(e) => set('name')(e.currentTarget.value)}
          error={errors.name}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('staff.onboard.adminEmail')}
            description={t('staff.onboard.adminEmailHint')}
            type="email"
            autoComplete="off"
            value={values.adminEmail}
            onChange={(e) => set('adminEmail')(e.currentTarget.value)}
            error={errors.adminEmail}
            required
          />
          <NativeSelect
            label={t('staff.onboard.language')}
            description={t('staff.onboard.languageHint')}
            value={locale}
            onChange={(e) => setLocale(e.currentTarget.value)}
          >
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </NativeSelect>
        </SimpleGrid>
        <Checkbox
          label={t('staff.onboard.contracted')}
          description={t('staff.onboard.contractedHint')}
          checked={contracted}
          onChange={(e) => setContracted(e.currentTarget.checked)}
        />
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('staff.onboard.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** The seller's staff area (agents only). */
export function StaffPage() {
  const { t } = useTranslation();
  const { agent } = useViewer();
  return (
    <Stack gap="xl">
      <PageTitle page={t('staff.title')} />
      <Stack gap="xs">
        <Title order={1}>{t('staff.title')}</Title>
        <Text c="dimmed">{t('staff.intro', { name: agent?.name ?? '' })}</Text>
      </Stack>
      <Card
        withBorder
        padding="lg"
        component="section"
        aria-labelledby="staff-requests-link-title"
        maw={760}
      >
        <Title order={2} size="h3" mb="xs" id="staff-requests-link-title">
          {t('requests.staff.homeTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('requests.staff.homeText')}
        </Text>
        <Button component={Link} to={ROUTES.staffRequests} style={{ alignSelf: 'flex-start' }}>
          {t('requests.staff.homeButton')}
        </Button>
      </Card>
      <Card
        withBorder
        padding="lg"
        component="section"
        aria-labelledby="staff-returns-link-title"
        maw={760}
      >
        <Title order={2} size="h3" mb="xs" id="staff-returns-link-title">
          {t('returns.staff.queueTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('returns.staff.queueCard')}
        </Text>
        <Button component={Link} to={ROUTES.staffReturns} style={{ alignSelf: 'flex-start' }}>
          {t('returns.staff.openQueue')}
        </Button>
      </Card>
      <Card
        withBorder
        padding="lg"
        component="section"
        aria-labelledby="staff-request-types-link-title"
        maw={760}
      >
        <Title order={2} size="h3" mb="xs" id="staff-request-types-link-title">
          {t('staff.requestTypes.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('staff.requestTypes.homeText')}
        </Text>
        <Button component={Link} to={ROUTES.staffRequestTypes} style={{ alignSelf: 'flex-start' }}>
          {t('staff.requestTypes.homeButton')}
        </Button>
      </Card>
      <Card
        withBorder
        padding="lg"
        component="section"
        aria-labelledby="staff-onboard-title"
        maw={760}
      >
        <Title order={2} size="h3" mb="xs" id="staff-onboard-title">
          {t('staff.onboard.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('staff.onboard.intro')}
        </Text>
        <OnboardCompanyForm />
      </Card>
    </Stack>
  );
}
