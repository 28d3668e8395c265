import { Alert, Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { ROUTES } from '../../../../shared/src/routes';
import { describeError } from '../../lib/errors';
import { FormErrorAlert, PasswordField } from '../../ui/forms';
import { landingPath, useRememberViewer, useViewer, type SignInState } from '../../lib/session';
import { useForm } from '../../lib/useForm';
import { fieldChecks } from '../../lib/validation';
import { useLogInMutation } from '../../gql/graphql';
import { AuthFrame } from './AuthFrame';
import { JoinLink } from './JoinLink';

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const remember = useRememberViewer();
  const [logIn, { loading }] = useLogInMutation();
  const check = fieldChecks(t);
  const form = useForm(
    { email: '', password: '' },
    { email: check.email, password: check.password },
  );
  const [formError, setFormError] = useState<string | null>(null);
  const next = params.get('next');
  const state = location.state as SignInState | null;
  const notice = state?.notice;

  // Already signed in (an old bookmark): go on. Not while this page is ending the session.
  if (viewer && !state?.forget) return <Navigate to={landingPath(viewer, next)} replace />;

  const send = async ({ email, password }: typeof form.values) => {
    try {
      const { data } = await logIn({ variables: { email: email.trim(), password } });
      if (!data) return;
      remember(data.logIn);
      navigate(landingPath(data.logIn, next), { replace: true });
    } catch (error) {
      setFormError(describeError(error, t));
    }
  };

  return (
    <AuthFrame
      title={t('auth.signIn.title')}
      intro={t('auth.signIn.intro')}
      footer={
        <Stack gap="xs">
          <Text ta="center">
            {t('auth.signIn.noAccount')}{' '}
            <Anchor component={Link} to={ROUTES.register} fw={600}>
              {t('auth.signIn.register')}
            </Anchor>
          </Text>
          <JoinLink />
        </Stack>
      }
    >
      <form onSubmit={form.onSubmit(send, () => setFormError(null))} noValidate>
        <Stack gap="md">
          {notice === 'sessionEnded' && (
            <Alert color="yellow" variant="light" role="status">
              {t('auth.signIn.sessionEnded')}
            </Alert>
          )}
          {formError && <FormErrorAlert>{formError}</FormErrorAlert>}
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="username"
            {...form.text('email')}
            required
          />
          <PasswordField
            label={t('fields.password')}
            autoComplete="current-password"
            {...form.text('password')}
            required
          />
          <Group justify="space-between" align="center">
            <Anchor component={Link} to={ROUTES.forgotPassword} size="sm">
              {t('auth.signIn.forgot')}
            </Anchor>
            <Button type="submit" loading={loading}>
              {t('auth.signIn.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AuthFrame>
  );
}
