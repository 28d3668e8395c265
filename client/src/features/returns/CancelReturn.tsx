import { Alert, Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCancelReturnRequestMutation } from '../../gql/graphql';
import { describeError, hasCode } from '../../lib/errors';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { customerCanCancel, type ReturnView } from './rmaView';

/**
 * "Cancel this return", offered while nothing of it is authorized (shared canCancel); asks
 * first. If the seller authorized it meanwhile, says so and reloads the return.
 */
export function CancelReturn({
  request,
  refetch,
}: {
  request: ReturnView;
  refetch: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [cancel, { loading }] = useCancelReturnRequestMutation();
  if (!customerCanCancel(request) && !error) return null;

  const confirm = async () => {
    setError(null);
    try {
      await cancel({ variables: { id: request.id } });
      setOpened(false);
    } catch (err) {
      setOpened(false);
      setError(
        hasCode(err, 'RETURN_ALREADY_AUTHORIZED')
          ? t('returns.cancel.tooLate')
          : describeError(err, t),
      );
      await refetch().catch(() => undefined);
    }
  };

  return (
    <>
      {error && (
        <Alert color="red" variant="light" role="alert">
          {error}
        </Alert>
      )}
      {customerCanCancel(request) && (
        <Button variant="default" color="red" onClick={() => setOpened(true)}>
          {t('returns.cancel.button')}
        </Button>
      )}
      <ConfirmModal
        opened={opened}
        title={t('returns.cancel.title', { rma: request.rmaNumber })}
        message={t('returns.cancel.text')}
        confirmLabel={t('returns.cancel.confirm')}
        loading={loading}
        onConfirm={() => void confirm()}
        onClose={() => setOpened(false)}
      />
    </>
  );
}
