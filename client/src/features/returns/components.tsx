import { Badge, Button, Center, Loader, Stack, Text, Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../app/errors';
import type { ReturnItemStatus, ReturnKind, ReturnStatus } from '../../gql/graphql';
import { DownloadIcon } from './icons';
import { ITEM_STATUS_COLOR, STATUS_COLOR } from './rmaView';

export function ReturnStatusBadge({ status }: { status: ReturnStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light">
      {t(`returns.status.${status}`)}
    </Badge>
  );
}

export function ItemStatusBadge({ status }: { status: ReturnItemStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={ITEM_STATUS_COLOR[status]} variant="light" size="sm">
      {t(`returns.itemStatus.${status}`)}
    </Badge>
  );
}

export function KindBadge({ kind }: { kind: ReturnKind }) {
  const { t } = useTranslation();
  return (
    <Badge color={kind === 'SERVICE' ? 'grape' : 'gray'} variant="outline">
      {t(`returns.kind.${kind}`)}
    </Badge>
  );
}

/** The parcel label (PDF): opens in a new tab to print. */
export function LabelButton({
  labelUrl,
  variant = 'filled',
}: {
  labelUrl: string;
  variant?: 'filled' | 'default' | 'light';
}) {
  const { t } = useTranslation();
  return (
    <Button
      component="a"
      href={labelUrl}
      target="_blank"
      rel="noopener"
      variant={variant}
      leftSection={<DownloadIcon />}
    >
      {t('returns.label.download')}
    </Button>
  );
}

export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader role="status" aria-label={t('common.loading')} />
    </Center>
  );
}

export function LoadError({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: unknown;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{describeError(error, t)}</Text>
        <Button size="sm" color="red" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}
