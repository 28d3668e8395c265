import { Alert, Anchor, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ROUTES } from '../../../../shared/src/routes';
import { describeError, fieldErrors, hasCode } from '../../lib/errors';
import { FormErrorAlert } from '../../ui/forms';
import { passwordError } from '../../lib/validation';
import { useLinkInfoQuery, useResetPasswordMutation } from '../../gql/graphql';
import { AuthFrame } from './AuthFrame';
import { NewPasswordFields } from './NewPasswordFields';

/** From the reset email: /reset-password?token=… */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { data, loading, error, refetch } = useLinkInfoQuery({
    variables: { token },
    skip: !token,
    fetchPolicy: 'network-only',
  });
  const [resetPassword, { loading: saving }] = useResetPasswordMutation();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ password?: string; confirm?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [expiredOnSubmit, setExpiredOnSubmit] = useState(false);
  const [invalidOnSubmit, setInvalidOnSubmit] = useState(false);
  const [done, setDone] = useState(false);

  const title = t('auth.reset.title');
  if (token && loading) {
    return (
      <AuthFrame title={title}>
        <Center>
          <Loader role="status" aria-label={t('common.loading')} size="sm" />
        </Center>
      </AuthFrame>
    );
  }
  if (token && error) {
    return (
      <AuthFrame title={title}>
        <Stack gap="md">
          <FormErrorAlert>{describeError(error, t)}</FormErrorAlert>
          <Button
            variant="light"
            onClick={() => void refetch().catch(() => undefined)}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('common.retry')}
          </Button>
        </Stack>
      </AuthFrame>
    );
  }

  if (done) {
    return (
      <AuthFrame title={t('auth.reset.doneTitle')}>
        <Stack gap="md" role="status">
          <Text>{t('auth.reset.done')}</Text>
          <Button component={Link} to={ROUTES.signIn} style={{ alignSelf: 'flex-start' }}>
            {t('auth.reset.signIn')}
          </Button>
        </Stack>
      </AuthFrame>
    );
  }

  const link = data?.link ?? null;
  const state = expiredOnSubmit ? 'EXPIRED' : invalidOnSubmit || !link ? 'USED' : link.state;
  if (state !== 'VALID') {
    return (
      <AuthFrame title={title}>
        <Stack gap="md">
          <Alert
            color="orange"
            variant="light"
            title={
              state === 'EXPIRED' ? t('auth.reset.expiredTitle') : t('auth.reset.invalidTitle')
            }
            role="alert"
          >
            {state === 'EXPIRED' ? t('auth.reset.expired') : t('auth.reset.invalid')}
          </Alert>
          <Button component={Link} to={ROUTES.forgotPassword} style={{ alignSelf: 'flex-start' }}>
            {t('auth.reset.askNew')}
          </Button>
        </Stack>
      </AuthFrame>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: { password?: string; confirm?: string } = {};
    const problem = passwordError(password, t);
    if (problem) found.password = problem;
    else if (confirm !== password) found.confirm = t('validation.passwordMismatch');
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    try {
      await resetPassword({ variables: { token, password } });
      setDone(true);
    } catch (err) {
      if (hasCode(err, 'TOKEN_EXPIRED')) return setExpiredOnSubmit(true);
      if (hasCode(err, 'INVALID_TOKEN')) return setInvalidOnSubmit(true);
      const byField = fieldErrors(err, t);
      if (byField.password) setErrors({ password: byField.password });
      else setFormError(describeError(err, t));
    }
  };

  return (
    <AuthFrame title={title} intro={t('auth.reset.intro', { email: link?.email ?? '' })}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          {formError && <FormErrorAlert>{formError}</FormErrorAlert>}
          <NewPasswordFields
            password={password}
            confirm={confirm}
            onPassword={setPassword}
            onConfirm={setConfirm}
            passwordError={errors.password}
            confirmError={errors.confirm}
          />
          <Button type="submit" loading={saving} style={{ alignSelf: 'flex-start' }}>
            {t('auth.reset.submit')}
          </Button>
          <Text size="sm">
            <Anchor component={Link} to={ROUTES.signIn}>
              {t('auth.forgot.backToSignIn')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthFrame>
  );
}
