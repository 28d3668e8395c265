import { Alert, Anchor, Button, Center, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ROUTES } from '../../../../shared/src/routes';
import { describeError, fieldErrors, hasCode } from '../../lib/errors';
import { FormErrorAlert } from '../../ui/forms';
import { useRememberViewer } from '../../lib/session';
import { passwordError } from '../../lib/validation';
import {
  useActivateRepresentativeMutation,
  useLinkInfoQuery,
  useRequestNewActivationLinkMutation,
} from '../../gql/graphql';
import { AuthFrame } from './AuthFrame';
import { NewPasswordFields } from './NewPasswordFields';

interface Errors {
  name?: string;
  password?: string;
  confirm?: string;
}

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

/** From the invitation email: /activate?token=… — choose a name and password, and sign in. */
export function ActivatePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const remember = useRememberViewer();
  const token = params.get('token') ?? '';
  const { data, loading, error, refetch } = useLinkInfoQuery({
    variables: { token },
    skip: !token,
    fetchPolicy: 'network-only',
  });
  const [activate, { loading: saving }] = useActivateRepresentativeMutation();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [linkState, setLinkState] = useState<'EXPIRED' | 'USED' | null>(null);

  const title = t('auth.activate.title');
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

  const link = data?.link ?? null;
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
        <Stack gap="md">
          <Alert
            color="orange"
            variant="light"
            title={t('auth.activate.invalidTitle')}
            role="alert"
          >
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
      </AuthFrame>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {};
    if (!name.trim()) found.name = t('validation.nameRequired');
    const problem = passwordError(password, t);
    if (problem) found.password = problem;
    else if (confirm !== password) found.confirm = t('validation.passwordMismatch');
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    try {
      const result = await activate({ variables: { token, password, name: name.trim() } });
      if (!result.data) return;
      remember(result.data.activateRepresentative);
      navigate(ROUTES.home, { replace: true });
    } catch (err) {
      if (hasCode(err, 'TOKEN_EXPIRED')) return setLinkState('EXPIRED');
      if (hasCode(err, 'INVALID_TOKEN')) return setLinkState('USED');
      const byField = fieldErrors(err, t);
      if (byField.password || byField.name) {
        setErrors({ password: byField.password, name: byField.name });
      } else setFormError(describeError(err, t));
    }
  };

  return (
    <AuthFrame title={title} intro={t('auth.activate.intro', { company: link?.companyName ?? '' })}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          {formError && <FormErrorAlert>{formError}</FormErrorAlert>}
          <TextInput
            label={t('fields.email')}
            value={link?.email ?? ''}
            readOnly
            variant="filled"
          />
          <TextInput
            label={t('fields.yourName')}
            description={t('auth.activate.nameHint')}
            autoComplete="name"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            required
          />
          <NewPasswordFields
            label={t('fields.password')}
            password={password}
            confirm={confirm}
            onPassword={setPassword}
            onConfirm={setConfirm}
            passwordError={errors.password}
            confirmError={errors.confirm}
          />
          <Button type="submit" loading={saving} style={{ alignSelf: 'flex-start' }}>
            {t('auth.activate.submit')}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
