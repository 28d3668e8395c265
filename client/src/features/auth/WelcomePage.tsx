import { Button, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ROUTES } from '../../../../shared/src/routes';
import { describeError, fieldErrors } from '../../lib/errors';
import { FormErrorAlert } from '../../ui/forms';
import { useViewer } from '../../lib/session';
import { safeNext } from '../../lib/validation';
import { useUpdateProfileMutation } from '../../gql/graphql';
import { AuthFrame } from './AuthFrame';

/**
 * First sign-in of a representative the seller created (contracted customers): the portal
 * needs their name before anything else. The layout sends them here until they give it.
 */
export function WelcomePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { representative, company } = useViewer();
  const [updateProfile, { loading }] = useUpdateProfileMutation();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const next = safeNext(params.get('next'));
  const target = next && next !== ROUTES.welcome ? next : ROUTES.home;

  if (representative?.name) return <Navigate to={target} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (!name.trim()) return setError(t('validation.nameRequired'));
    setError(null);
    try {
      await updateProfile({ variables: { input: { name: name.trim() } } });
      navigate(target, { replace: true });
    } catch (err) {
      const byField = fieldErrors(err, t);
      if (byField.name) setError(byField.name);
      else setFormError(describeError(err, t));
    }
  };

  return (
    <AuthFrame
      title={t('auth.welcome.title')}
      intro={t('auth.welcome.intro', { company: company?.name ?? '' })}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          {formError && <FormErrorAlert>{formError}</FormErrorAlert>}
          <TextInput
            label={t('fields.yourName')}
            description={t('auth.welcome.nameHint')}
            autoComplete="name"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={error}
            required
            data-autofocus
          />
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('auth.welcome.submit')}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
