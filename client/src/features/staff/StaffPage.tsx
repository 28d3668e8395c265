import {
  Alert,
  Button,
  Card,
  Checkbox,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Locale } from '../../../../shared/src/locales';
import { ROUTES } from '../../../../shared/src/routes';
import { useOnboardCompanyMutation } from '../../gql/graphql';
import { describeError, fieldErrors, hasCode } from '../../lib/errors';
import { currentLocale } from '../../lib/locale';
import { useViewer } from '../../lib/session';
import { useForm, type FormErrors } from '../../lib/useForm';
import { fieldChecks } from '../../lib/validation';
import { CountrySelect } from '../../ui/CountrySelect';
import { FormErrorAlert, LanguageSelect } from '../../ui/forms';
import { PageTitle } from '../../ui/PageTitle';

interface OnboardValues {
  taxId: string;
  country: string;
  name: string;
  adminEmail: string;
  contracted: boolean;
  locale: Locale;
}

const empty = (): OnboardValues => ({
  taxId: '',
  country: '',
  name: '',
  adminEmail: '',
  contracted: true,
  locale: currentLocale(),
});

/** Sends the onboarding; what the server refused goes under its field or into an alert. */
function useOnboard() {
  const { t } = useTranslation();
  const check = fieldChecks(t);
  const [onboard, { loading }] = useOnboardCompanyMutation();
  const form = useForm<OnboardValues>(empty(), {
    taxId: check.taxId,
    country: check.country,
    name: check.companyName,
    adminEmail: check.email,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<{ company: string; email: string } | null>(null);

  const refused = (err: unknown) => {
    if (hasCode(err, 'TAX_ID_ALREADY_REGISTERED')) {
      return form.setErrors({ taxId: t('staff.onboard.taxIdTaken') });
    }
    if (hasCode(err, 'EMAIL_ALREADY_REGISTERED')) {
      return form.setErrors({ adminEmail: t('staff.onboard.emailTaken') });
    }
    const byField: FormErrors<OnboardValues> = fieldErrors(err, t);
    if (Object.keys(byField).length > 0) form.setErrors(byField);
    else setFormError(describeError(err, t));
  };

  const send = async (values: OnboardValues) => {
    try {
      const { data } = await onboard({
        variables: {
          input: {
            taxId: values.taxId.trim(),
            country: values.country,
            name: values.name.trim(),
            adminEmail: values.adminEmail.trim(),
            contracted: values.contracted,
            locale: values.locale,
          },
        },
      });
      if (!data) return;
      setDone({ company: data.onboardCompany.name, email: values.adminEmail.trim() });
      form.setValues((v) => ({ ...empty(), locale: v.locale }));
    } catch (err) {
      refused(err);
    }
  };
  const clear = () => {
    setFormError(null);
    setDone(null);
  };
  return { form, onSubmit: form.onSubmit(send, clear), loading, formError, done };
}

/** Staff create a contracted customer: the company and its administrator, who gets an email. */
function OnboardCompanyForm() {
  const { t } = useTranslation();
  const { form, onSubmit, loading, formError, done } = useOnboard();
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {done && (
          <Alert color="green" variant="light" title={t('staff.onboard.doneTitle')} role="status">
            {t('staff.onboard.done', { company: done.company, email: done.email })}
          </Alert>
        )}
        {formError && <FormErrorAlert>{formError}</FormErrorAlert>}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('fields.taxId')} {...form.text('taxId')} required />
          <CountrySelect
            value={form.values.country}
            onChange={(country) => form.setValue('country', country)}
            error={form.errors.country}
            required
          />
        </SimpleGrid>
        <TextInput label={t('fields.companyName')} {...form.text('name')} required />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('staff.onboard.adminEmail')}
            description={t('staff.onboard.adminEmailHint')}
            type="email"
            autoComplete="off"
            {...form.text('adminEmail')}
            required
          />
          <LanguageSelect
            label={t('staff.onboard.language')}
            description={t('staff.onboard.languageHint')}
            value={form.values.locale}
            onChange={(locale) => form.setValue('locale', locale)}
          />
        </SimpleGrid>
        <Checkbox
          label={t('staff.onboard.contracted')}
          description={t('staff.onboard.contractedHint')}
          checked={form.values.contracted}
          onChange={(e) => form.setValue('contracted', e.currentTarget.checked)}
        />
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('staff.onboard.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** A section of the staff area: a title, a sentence, and its content (a link or a form). */
function StaffSection(props: { id: string; title: string; text: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={props.id} maw={760}>
      <Title order={2} size="h3" mb="xs" id={props.id}>
        {props.title}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {props.text}
      </Text>
      {props.children}
    </Card>
  );
}

function OpenButton({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Button component={Link} to={to} style={{ alignSelf: 'flex-start' }}>
      {children}
    </Button>
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
      <StaffSection
        id="staff-requests-link-title"
        title={t('requests.staff.homeTitle')}
        text={t('requests.staff.homeText')}
      >
        <OpenButton to={ROUTES.staffRequests}>{t('requests.staff.homeButton')}</OpenButton>
      </StaffSection>
      <StaffSection
        id="staff-returns-link-title"
        title={t('returns.staff.queueTitle')}
        text={t('returns.staff.queueCard')}
      >
        <OpenButton to={ROUTES.staffReturns}>{t('returns.staff.openQueue')}</OpenButton>
      </StaffSection>
      <StaffSection
        id="staff-request-types-link-title"
        title={t('staff.requestTypes.title')}
        text={t('staff.requestTypes.homeText')}
      >
        <OpenButton to={ROUTES.staffRequestTypes}>{t('staff.requestTypes.homeButton')}</OpenButton>
      </StaffSection>
      <StaffSection
        id="staff-service-levels-link-title"
        title={t('requests.sla.reportTitle')}
        text={t('requests.sla.homeText')}
      >
        <OpenButton to={ROUTES.staffServiceLevels}>{t('requests.sla.homeButton')}</OpenButton>
      </StaffSection>
      <StaffSection
        id="staff-unmatched-link-title"
        title={t('staff.unmatched.title')}
        text={t('staff.unmatched.homeText')}
      >
        <OpenButton to={ROUTES.staffUnmatchedDocuments}>
          {t('staff.unmatched.homeButton')}
        </OpenButton>
      </StaffSection>
      <StaffSection
        id="staff-join-requests-link-title"
        title={t('join.requests.staffTitle')}
        text={t('join.requests.staffHomeText')}
      >
        <OpenButton to={ROUTES.staffJoinRequests}>{t('join.requests.staffHomeButton')}</OpenButton>
      </StaffSection>
      <StaffSection
        id="staff-onboard-title"
        title={t('staff.onboard.title')}
        text={t('staff.onboard.intro')}
      >
        <OnboardCompanyForm />
      </StaffSection>
    </Stack>
  );
}
