import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ROUTES } from '../../../../shared/src/routes';
import { describeError, fieldErrors, hasCode } from '../../lib/errors';
import { FormErrorAlert } from '../../ui/forms';
import { Loading } from '../../ui/Loading';
import { useRememberViewer, useViewer } from '../../lib/session';
import {
  useActivateRepresentativeMutation,
  useRequestNewActivationLinkMutation,
} from '../../gql/graphql';
import { AuthFrame } from './AuthFrame';
import { LinkPending } from './LinkPending';
import { useEmailedLink } from './useEmailedLink';
import { NewPasswordFields } from './NewPasswordFields';
import { useNewPassword, type NewPasswordErrors } from './useNewPassword';

interface Errors extends NewPasswordErrors {
  name?: string;
}

type LinkProblem = 'EXPIRED' | 'USED';

/** An expired invitation: one button asks for a fresh link by email. */
function ExpiredInvitation({ token, email }: { token: string; email: string | null }) {
  const { t } = useTranslation();
  const [requestLink, { loading, error, data }] = useRequestNewActivationLinkMutation();
  if (data?.requestNewActivationLink) {
    return (
      <Alert
        color="green"
        variant="light"
        title={t('auth.activate.newLinkSentTitle')}
        role="status"
      >
        {email ? t('auth.activate.newLinkSent', { email }) : t('auth.activate.newLinkSentNoEmail')}
      </Alert>
    );
  }
  return (
    <Stack gap="md">
      <Alert color="orange" variant="light" title={t('auth.activate.expiredTitle')} role="alert">
        {t('auth.activate.expired')}
      </Alert>
      {error && <FormErrorAlert>{describeError(error, t)}</FormErrorAlert>}
      <Button
        loading={loading}
        onClick={() => void requestLink({ variables: { token } }).catch(() => undefined)}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('auth.activate.sendNewLink')}
      </Button>
    </Stack>
  );
}

/** A used or unknown invitation: sign in, or reset the password; signed in: back to the portal. */
function UsedInvitation() {
  const { t } = useTranslation();
  const { viewer, representative, loading } = useViewer();
  // Not "sign in" to someone who is: wait until the session is known.
  if (loading) return <Loading size="sm" />;
  if (viewer) {
    return (
      <Stack gap="md">
        <Alert color="orange" variant="light" title={t('auth.activate.invalidTitle')} role="alert">
          {representative
            ? t('auth.activate.invalidSignedIn', { email: representative.email })
            : t('auth.activate.invalidSignedInAgent')}
        </Alert>
        <Text>
          <Anchor component={Link} to={ROUTES.home} fw={600}>
            {t('auth.activate.toPortal')}
          </Anchor>
        </Text>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <Alert color="orange" variant="light" title={t('auth.activate.invalidTitle')} role="alert">
        {t('auth.activate.invalid')}
      </Alert>
      <Text>
        <Anchor component={Link} to={ROUTES.signIn} fw={600}>
          {t('auth.activate.signIn')}
        </Anchor>
        {' · '}
        <Anchor component={Link} to={ROUTES.forgotPassword}>
          {t('auth.signIn.forgot')}
        </Anchor>
      </Text>
    </Stack>
  );
}

/** The activation form's state and submission; a dead link is handed to onLinkProblem. */
function useActivateForm(token: string, onLinkProblem: (problem: LinkProblem) => void) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remember = useRememberViewer();
  const [activate, { loading: saving }] = useActivateRepresentativeMutation();
  const [name, setName] = useState('');
  const newPassword = useNewPassword();
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = { ...newPassword.check() };
    if (!name.trim()) found.name = t('validation.nameRequired');
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    try {
      const { password } = newPassword;
      const result = await activate({ variables: { token, password, name: name.trim() } });
      if (!result.data) return;
      remember(result.data.activateRepresentative);
      navigate(ROUTES.home, { replace: true });
    } catch (err) {
      if (hasCode(err, 'TOKEN_EXPIRED')) return onLinkProblem('EXPIRED');
      if (hasCode(err, 'INVALID_TOKEN')) return onLinkProblem('USED');
      const byField = fieldErrors(err, t);
      if (byField.password || byField.name) {
        setErrors({ password: byField.password, name: byField.name });
      } else setFormError(describeError(err, t));
    }
  };
  return { name, setName, newPassword, errors, formError, saving, submit };
}

interface ActivateFormProps {
  token: string;
  email: string;
  onLinkProblem: (problem: LinkProblem) => void;
}

/** Name and password for a valid invitation. */
function ActivateForm({ token, email, onLinkProblem }: ActivateFormProps) {
  const { t } = useTranslation();
  const form = useActivateForm(token, onLinkProblem);
  return (
    <form onSubmit={(e) => void form.submit(e)} noValidate>
      <Stack gap="md">
        {form.formError && <FormErrorAlert>{form.formError}</FormErrorAlert>}
        <TextInput label={t('fields.email')} value={email} readOnly variant="filled" />
        <TextInput
          label={t('fields.yourName')}
          description={t('auth.activate.nameHint')}
          autoComplete="name"
          value={form.name}
          onChange={(e) => form.setName(e.currentTarget.value)}
          error={form.errors.name}
          required
        />
        <NewPasswordFields
          label={t('fields.password')}
          value={form.newPassword}
          errors={form.errors}
        />
        <Button type="submit" loading={form.saving} style={{ alignSelf: 'flex-start' }}>
          {t('auth.activate.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** From the invitation email: /activate?token=… — choose a name and password, and sign in. */
export function ActivatePage() {
  const { t } = useTranslation();
  const { token, link, pending } = useEmailedLink();
  const [linkState, setLinkState] = useState<LinkProblem | null>(null);

  const title = t('auth.activate.title');
  if (pending) return <LinkPending title={title} {...pending} />;

  const state = linkState ?? (link ? link.state : 'USED');
  if (state === 'EXPIRED') {
    return (
      <AuthFrame
        title={title}
        intro={link ? t('auth.activate.intro', { company: link.companyName }) : undefined}
      >
        <ExpiredInvitation token={token} email={link?.email ?? null} />
      </AuthFrame>
    );
  }
  if (state === 'USED') {
    return (
      <AuthFrame title={title}>
        <UsedInvitation />
      </AuthFrame>
    );
  }
  return (
    <AuthFrame title={title} intro={t('auth.activate.intro', { company: link?.companyName ?? '' })}>
      <ActivateForm token={token} email={link?.email ?? ''} onLinkProblem={setLinkState} />
    </AuthFrame>
  );
}
