import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ROUTES } from '../../../../shared/src/routes';
import { useConfirmJoinRequestMutation, type JoinConfirmation } from '../../gql/graphql';
import { describeError, hasCode } from '../../lib/errors';
import { FormErrorAlert } from '../../ui/forms';
import { AuthFrame } from './AuthFrame';

type Outcome = JoinConfirmation | 'INVALID';

/** What the link turned out to be, and where to go from there. */
function ConfirmOutcome({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  if (outcome === 'CONFIRMED') {
    return (
      <AuthFrame title={t('join.confirm.confirmedTitle')}>
        <Stack gap="md" role="status">
          <Text>{t('join.confirm.confirmed')}</Text>
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
  if (outcome === 'HAS_ACCOUNT') {
    return (
      <AuthFrame title={t('join.confirm.hasAccountTitle')}>
        <Stack gap="md" role="status">
          <Text>{t('join.confirm.hasAccount')}</Text>
          <Group gap="sm">
            <Button component={Link} to={ROUTES.signIn}>
              {t('auth.signIn.submit')}
            </Button>
            <Button component={Link} to={ROUTES.forgotPassword} variant="light">
              {t('join.confirm.forgot')}
            </Button>
          </Group>
        </Stack>
      </AuthFrame>
    );
  }
  const expired = outcome === 'EXPIRED';
  return (
    <AuthFrame title={t('join.confirm.title')}>
      <Stack gap="md">
        <Alert
          color="orange"
          variant="light"
          role="alert"
          title={expired ? t('join.confirm.expiredTitle') : t('join.confirm.invalidTitle')}
        >
          {expired ? t('join.confirm.expired') : t('join.confirm.invalid')}
        </Alert>
        <Button component={Link} to={ROUTES.join} style={{ alignSelf: 'flex-start' }}>
          {t('join.confirm.askAgain')}
        </Button>
      </Stack>
    </AuthFrame>
  );
}

/**
 * /join/confirm?token=…: the link of the confirmation e-mail. It confirms on a click, not on
 * opening, so a mail scanner that follows links confirms nothing.
 */
export function JoinConfirmPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [confirm, { loading }] = useConfirmJoinRequestMutation();
  const [outcome, setOutcome] = useState<Outcome | null>(token ? null : 'INVALID');
  const [error, setError] = useState<string | null>(null);

  const send = async () => {
    setError(null);
    try {
      const { data } = await confirm({ variables: { token } });
      if (data) setOutcome(data.confirmJoinRequest);
    } catch (err) {
      if (hasCode(err, 'INVALID_TOKEN')) setOutcome('INVALID');
      else setError(describeError(err, t));
    }
  };

  if (outcome) return <ConfirmOutcome outcome={outcome} />;
  return (
    <AuthFrame title={t('join.confirm.title')} intro={t('join.confirm.intro')}>
      <Stack gap="md">
        {error && <FormErrorAlert>{error}</FormErrorAlert>}
        <Button onClick={() => void send()} loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('join.confirm.submit')}
        </Button>
      </Stack>
    </AuthFrame>
  );
}
