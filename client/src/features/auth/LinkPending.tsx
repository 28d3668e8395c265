import { Button, Center, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors';
import { FormErrorAlert } from '../../ui/forms';
import { AuthFrame } from './AuthFrame';

interface LinkPendingProps {
  title: string;
  loading: boolean;
  error?: unknown;
  onRetry: () => void;
}

/** An emailed link being checked: a spinner, or the error with a retry button. */
export function LinkPending({ title, loading, error, onRetry }: LinkPendingProps) {
  const { t } = useTranslation();
  if (loading || !error) {
    return (
      <AuthFrame title={title}>
        <Center>
          <Loader role="status" aria-label={t('common.loading')} size="sm" />
        </Center>
      </AuthFrame>
    );
  }
  return (
    <AuthFrame title={title}>
      <Stack gap="md">
        <FormErrorAlert>{describeError(error, t)}</FormErrorAlert>
        <Button variant="light" onClick={onRetry} style={{ alignSelf: 'flex-start' }}>
          {t('common.retry')}
        </Button>
      </Stack>
    </AuthFrame>
  );
}
