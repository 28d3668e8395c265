import { Badge, Button, Text, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReturnItemStatus, ReturnKind, ReturnStatus } from '../../gql/graphql';
import { DownloadIcon } from './icons';
import { ITEM_STATUS_COLOR, STATUS_COLOR, unmetConditions } from './rmaView';

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

interface ConditionsVerdictProps {
  conditions: Parameters<typeof unmetConditions>[0];
  badgeSize?: MantineSize;
}

/** "Meets all conditions" as a badge, or which conditions the product does not meet. */
export function ConditionsVerdict({ conditions, badgeSize }: ConditionsVerdictProps) {
  const { t } = useTranslation();
  const unmet = unmetConditions(conditions);
  if (unmet.length === 0) {
    return (
      <Badge color="teal" variant="light" size={badgeSize}>
        {t('returns.item.meetsAll')}
      </Badge>
    );
  }
  return (
    <Text size="sm" c="orange.9">
      {t('returns.item.doesNotMeet', {
        conditions: unmet.map((c) => t(`returns.condition.${c}.label`)).join(', '),
      })}
    </Text>
  );
}
