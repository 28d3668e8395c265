import { Anchor, Button, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isCountryCode } from '../../../../shared/src/countries';
import { ROUTES } from '../../../../shared/src/routes';
import { useRequestToJoinCompanyMutation } from '../../gql/graphql';
import { describeError, fieldErrors } from '../../lib/errors';
import { currentLocale } from '../../lib/locale';
import { useForm, type FormErrors } from '../../lib/useForm';
import { fieldChecks } from '../../lib/validation';
import { CountrySelect } from '../../ui/CountrySelect';
import { defaultCountry, FormErrorAlert } from '../../ui/forms';
import { AuthFrame } from './AuthFrame';

interface JoinValues {
  taxId: string;
  country: string;
  name: string;
  email: string;
}

/** The form, pre-filled from ?taxId=…&country=… (the registration's "already registered"). */
function useJoinForm() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const check = fieldChecks(t);
  const country = (params.get('country') ?? '').toUpperCase();
  return useForm<JoinValues>(
    {
      taxId: params.get('taxId') ?? '',
      country: isCountryCode(country) ? country : defaultCountry(),
      name: '',
      email: '',
    },
    {
      taxId: check.taxId,
      country: check.country,
      name: check.personName,
      email: check.email,
    },
  );
}

/** The same page whatever exists: check the mailbox for the confirmation link. */
function JoinSent({ email }: { email: string }) {
  const { t } = useTranslation();
  return (
    <AuthFrame title={t('join.page.sentTitle')}>
      <Stack gap="md" role="status">
        <Text>{t('join.page.sent', { email })}</Text>
        <Text>{t('join.page.after')}</Text>
        <Button
          component={Link}
          to={ROUTES.signIn}
          variant="light"
          style={{ alignSelf: 'flex-start' }}
        >
          {t('join.page.back')}
        </Button>
      </Stack>
    </AuthFrame>
  );
}

/**
 * /join: ask to join a registered company (tax ID and country, name, e-mail). The answer is
 * the same whether the tax ID is registered or not; the e-mail is confirmed by a link first.
 */
export function JoinPage() {
  const { t } = useTranslation();
  const form = useJoinForm();
  const [ask, { loading }] = useRequestToJoinCompanyMutation();
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);

  const send = async (values: JoinValues) => {
    const input = {
      taxId: values.taxId.trim(),
      country: values.country,
      name: values.name.trim(),
      email: values.email.trim(),
      locale: currentLocale(),
    };
    try {
      await ask({ variables: { input } });
      setSentTo(input.email);
    } catch (err) {
      const byField: FormErrors<JoinValues> = Object.fromEntries(
        Object.entries(fieldErrors(err, t)).filter(([field]) => field in form.values),
      );
      if (Object.keys(byField).length > 0) form.setErrors(byField);
      else setFormError(describeError(err, t));
    }
  };

  if (sentTo) return <JoinSent email={sentTo} />;
  return (
    <AuthFrame
      title={t('join.page.title')}
      intro={t('join.page.intro')}
      width={560}
      footer={
        <Text ta="center">
          <Anchor component={Link} to={ROUTES.signIn}>
            {t('join.page.back')}
          </Anchor>
        </Text>
      }
    >
      <form onSubmit={form.onSubmit(send, () => setFormError(null))} noValidate>
        <Stack gap="md">
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
          <TextInput
            label={t('join.page.name')}
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
          <Text size="sm" c="dimmed">
            {t('join.page.confirmFirst')}
          </Text>
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('join.page.submit')}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
