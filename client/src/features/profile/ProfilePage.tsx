import { Alert, Button, Card, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale } from '../../../../shared/src/locales';
import { describeError, fieldErrors, hasCode } from '../../lib/errors';
import { FormErrorAlert, LanguageSelect, PasswordField } from '../../ui/forms';
import { PageTitle } from '../../ui/PageTitle';
import { useViewer } from '../../lib/session';
import { useForm } from '../../lib/useForm';
import { fieldChecks } from '../../lib/validation';
import { useChangePasswordMutation, useUpdateProfileMutation } from '../../gql/graphql';
import type { ViewerFieldsFragment } from '../../gql/graphql';

type Rep = NonNullable<ViewerFieldsFragment['representative']>;

function DetailsCard({ representative }: { representative: Rep }) {
  const { t, i18n } = useTranslation();
  const [updateProfile, { loading }] = useUpdateProfileMutation();
  const [name, setName] = useState(representative.name ?? '');
  const [locale, setLocale] = useState(representative.locale);
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setFormError(null);
    const problem = fieldChecks(t).personName(name);
    setError(problem);
    if (problem) return;
    try {
      await updateProfile({ variables: { input: { name: name.trim(), locale } } });
      if (isLocale(locale) && locale !== i18n.resolvedLanguage) await i18n.changeLanguage(locale);
      setSaved(true);
    } catch (err) {
      const byField = fieldErrors(err, t);
      if (byField.name) setError(byField.name);
      else setFormError(describeError(err, t));
    }
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="profile-details-title">
      <Title order={2} size="h3" mb="md" id="profile-details-title">
        {t('profile.details.title')}
      </Title>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          {formError && <FormErrorAlert>{formError}</FormErrorAlert>}
          {saved && (
            <Alert color="green" variant="light" role="status">
              {t('profile.details.saved')}
            </Alert>
          )}
          <TextInput
            label={t('fields.email')}
            value={representative.email}
            readOnly
            variant="filled"
          />
          <TextInput
            label={t('fields.yourName')}
            autoComplete="name"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={error}
            required
          />
          <LanguageSelect
            label={t('profile.details.language')}
            description={t('profile.details.languageHint')}
            value={locale}
            onChange={setLocale}
          />
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('common.save')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

interface PasswordValues {
  current: string;
  next: string;
  confirm: string;
}

function PasswordCard() {
  const { t } = useTranslation();
  const check = fieldChecks(t);
  const [changePassword, { loading }] = useChangePasswordMutation();
  const form = useForm<PasswordValues>(
    { current: '', next: '', confirm: '' },
    {
      current: (value) => (value ? null : t('validation.currentPasswordRequired')),
      next: check.newPassword,
      // Only once the new password itself is fine.
      confirm: (value, { next }) => (check.newPassword(next) ? null : check.sameAs(next)(value)),
    },
  );
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const send = async ({ current, next }: PasswordValues) => {
    try {
      await changePassword({ variables: { currentPassword: current, newPassword: next } });
      form.setValues({ current: '', next: '', confirm: '' });
      setSaved(true);
    } catch (err) {
      if (hasCode(err, 'INVALID_CREDENTIALS')) {
        return form.setErrors({ current: t('profile.password.currentWrong') });
      }
      const byField = fieldErrors(err, t);
      if (byField.password) form.setErrors({ next: byField.password });
      else setFormError(describeError(err, t));
    }
  };
  const clear = () => {
    setSaved(false);
    setFormError(null);
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="profile-password-title">
      <Title order={2} size="h3" mb="md" id="profile-password-title">
        {t('profile.password.title')}
      </Title>
      <form onSubmit={form.onSubmit(send, clear)} noValidate>
        <Stack gap="md">
          {formError && <FormErrorAlert>{formError}</FormErrorAlert>}
          {saved && (
            <Alert color="green" variant="light" role="status">
              {t('profile.password.saved')}
            </Alert>
          )}
          <PasswordField
            label={t('fields.currentPassword')}
            autoComplete="current-password"
            {...form.text('current')}
            required
          />
          <PasswordField
            label={t('fields.newPassword')}
            description={t('password.rules')}
            autoComplete="new-password"
            {...form.text('next')}
            required
          />
          <PasswordField
            label={t('fields.confirmPassword')}
            autoComplete="new-password"
            {...form.text('confirm')}
            required
          />
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('profile.password.submit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

/** The signed-in representative's name, language and password. */
export function ProfilePage() {
  const { t } = useTranslation();
  const { representative, company } = useViewer();
  if (!representative) return null;
  return (
    <Stack gap="xl">
      <PageTitle page={t('profile.title')} />
      <Stack gap="xs">
        <Title order={1}>{t('profile.title')}</Title>
        {company && (
          <Text c="dimmed">
            {t('profile.intro', { email: representative.email, company: company.name })}
          </Text>
        )}
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <DetailsCard representative={representative} />
        <PasswordCard />
      </SimpleGrid>
    </Stack>
  );
}
