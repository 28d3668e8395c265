import { Alert, Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { ROUTES } from '../../../../shared/src/routes';
import { describeError } from '../../lib/errors';
import { FormErrorAlert, PasswordField } from '../../ui/forms';
import { landingPath, useRememberViewer, useViewer, type SignInState } from '../../lib/session';
import { isEmail } from '../../lib/validation';
import { useLogInMutation } from '../../gql/graphql';
import { AuthFrame } from './AuthFrame';

interface Errors {
  email?: string;
  password?: string;
}

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const remember = useRememberViewer();
  const [logIn, { loading }] = useLogInMutation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const next = params.get('next');
  const state = location.state as SignInState | null;
  const notice = state?.notice;

  // Already signed in (an old bookmark): go on. Not while this page is ending the session.
  if (viewer && !state?.forget) return <Navigate to={landingPath(viewer, next)} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {};
    if (!email.trim()) found.email = t('validation.emailRequired');
    else if (!isEmail(email)) found.email = t('validation.emailInvalid');
    if (!password) found.password = t('validation.passwordRequired');
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
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
        <Text ta="center">
          {t('auth.signIn.noAccount')}{' '}
          <Anchor component={Link} to={ROUTES.register} fw={600}>
            {t('auth.signIn.register')}
          </Anchor>
        </Text>
      }
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
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
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={errors.email}
            required
          />
          <PasswordField
            label={t('fields.password')}
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.password}
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
