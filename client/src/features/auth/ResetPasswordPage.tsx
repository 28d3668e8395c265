import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROUTES } from '../../../../shared/src/routes';
import { describeError, fieldErrors, hasCode } from '../../lib/errors';
import { FormErrorAlert } from '../../ui/forms';
import { useResetPasswordMutation } from '../../gql/graphql';
import { AuthFrame } from './AuthFrame';
import { LinkPending } from './LinkPending';
import { useEmailedLink } from './useEmailedLink';
import { NewPasswordFields } from './NewPasswordFields';
import { useNewPassword, type NewPasswordErrors } from './useNewPassword';

type LinkProblem = 'EXPIRED' | 'USED';

/** The password is changed: on to signing in. */
function ResetDone() {
  const { t } = useTranslation();
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

/** An expired or used reset link: ask for a new one. */
function DeadResetLink({ title, problem }: { title: string; problem: LinkProblem }) {
  const { t } = useTranslation();
  const expired = problem === 'EXPIRED';
  return (
    <AuthFrame title={title}>
      <Stack gap="md">
        <Alert
          color="orange"
          variant="light"
          title={expired ? t('auth.reset.expiredTitle') : t('auth.reset.invalidTitle')}
          role="alert"
        >
          {expired ? t('auth.reset.expired') : t('auth.reset.invalid')}
        </Alert>
        <Button component={Link} to={ROUTES.forgotPassword} style={{ alignSelf: 'flex-start' }}>
          {t('auth.reset.askNew')}
        </Button>
      </Stack>
    </AuthFrame>
  );
}

interface ResetFormProps {
  token: string;
  onDone: () => void;
  onLinkProblem: (problem: LinkProblem) => void;
}

/** The new password, typed twice, for a valid link. */
function ResetForm({ token, onDone, onLinkProblem }: ResetFormProps) {
  const { t } = useTranslation();
  const [resetPassword, { loading: saving }] = useResetPasswordMutation();
  const newPassword = useNewPassword();
  const [errors, setErrors] = useState<NewPasswordErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = newPassword.check();
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    try {
      await resetPassword({ variables: { token, password: newPassword.password } });
      onDone();
    } catch (err) {
      if (hasCode(err, 'TOKEN_EXPIRED')) return onLinkProblem('EXPIRED');
      if (hasCode(err, 'INVALID_TOKEN')) return onLinkProblem('USED');
      const byField = fieldErrors(err, t);
      if (byField.password) setErrors({ password: byField.password });
      else setFormError(describeError(err, t));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        {formError && <FormErrorAlert>{formError}</FormErrorAlert>}
        <NewPasswordFields value={newPassword} errors={errors} />
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
  );
}

/** From the reset email: /reset-password?token=… */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token, link, pending } = useEmailedLink();
  const [problemOnSubmit, setProblemOnSubmit] = useState<LinkProblem | null>(null);
  const [done, setDone] = useState(false);

  const title = t('auth.reset.title');
  if (pending) return <LinkPending title={title} {...pending} />;
  if (done) return <ResetDone />;

  const state = problemOnSubmit ?? (link ? link.state : 'USED');
  if (state !== 'VALID') return <DeadResetLink title={title} problem={state} />;
  return (
    <AuthFrame title={title} intro={t('auth.reset.intro', { email: link?.email ?? '' })}>
      <ResetForm token={token} onDone={() => setDone(true)} onLinkProblem={setProblemOnSubmit} />
    </AuthFrame>
  );
}
