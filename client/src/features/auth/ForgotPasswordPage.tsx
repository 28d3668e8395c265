import { Alert, Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROUTES } from '../../../../shared/src/routes';
import { apiErrors, describeError } from '../../lib/errors';
import { FormErrorAlert } from '../../ui/forms';
import { useSupportEmail } from '../../lib/useSupportEmail';
import { useForm } from '../../lib/useForm';
import { fieldChecks } from '../../lib/validation';
import { useRequestPasswordResetMutation } from '../../gql/graphql';
import { AuthFrame } from './AuthFrame';
import { JoinLink } from './JoinLink';

/**
 * Asks for a reset link. The answer is the same whether or not the address has an account:
 * nobody learns which addresses exist.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const supportEmail = useSupportEmail();
  const [requestReset, { loading }] = useRequestPasswordResetMutation();
  const form = useForm({ email: '' }, { email: fieldChecks(t).email });
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);

  const send = async ({ email }: typeof form.values) => {
    try {
      await requestReset({ variables: { email: email.trim() } });
      setSentTo(email.trim());
    } catch (err) {
      // Too many requests, or no answer at all: say so. Anything else looks like success.
      const first = apiErrors(err)[0];
      if (!first || first.code === 'TOO_MANY_ATTEMPTS') setFormError(describeError(err, t));
      else setSentTo(email.trim());
    }
  };

  if (sentTo) {
    return (
      <AuthFrame title={t('auth.forgot.sentTitle')}>
        <Stack gap="md" role="status">
          <Text>{t('auth.forgot.sent', { email: sentTo })}</Text>
          <Text>{t('auth.forgot.validity')}</Text>
          <Alert color="blue" variant="light" role="note">
            <Text size="sm">
              {t('auth.forgot.noEmail')}
              {supportEmail && (
                <>
                  {' '}
                  <Anchor href={`mailto:${supportEmail}`} size="sm" fw={600}>
                    {supportEmail}
                  </Anchor>
                </>
              )}
            </Text>
          </Alert>
          <JoinLink />
          <Group>
            <Button component={Link} to={ROUTES.signIn} variant="light">
              {t('auth.forgot.backToSignIn')}
            </Button>
          </Group>
        </Stack>
      </AuthFrame>
    );
  }

  return (
    <AuthFrame
      title={t('auth.forgot.title')}
      intro={t('auth.forgot.intro')}
      footer={
        <Stack gap="xs">
          <Text ta="center">
            <Anchor component={Link} to={ROUTES.signIn}>
              {t('auth.forgot.backToSignIn')}
            </Anchor>
          </Text>
          <JoinLink />
        </Stack>
      }
    >
      <form onSubmit={form.onSubmit(send, () => setFormError(null))} noValidate>
        <Stack gap="md">
          {formError && <FormErrorAlert>{formError}</FormErrorAlert>}
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="email"
            {...form.text('email')}
            required
          />
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('auth.forgot.submit')}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
