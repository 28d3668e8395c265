import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { faultRequired } from '../../../../../shared/src/rma';
import type { ReturnKind } from '../../../gql/graphql';
import { ConditionsVerdict } from '../components';
import type { WizardItem } from './wizardState';

interface ItemCardProps {
  item: WizardItem;
  index: number;
  /** The request's kind: a service request shows the fault description. */
  kind: ReturnKind | null;
  problem?: string;
  onEdit?: () => void;
  onRemove?: () => void;
}

/** What the product is, where from, how many, why (and its serial number and fault). */
function ItemFacts({ item, kind }: { item: WizardItem; kind: ReturnKind | null }) {
  const { t } = useTranslation();
  const showFault = kind !== null && faultRequired(kind);
  return (
    <>
      <Text size="sm" c="dimmed">
        {t('returns.item.facts', {
          sku: item.line.sku,
          invoice: item.invoice.number,
          lineNo: item.line.lineNo,
        })}
      </Text>
      <Text size="sm">
        {item.reason
          ? t('returns.item.quantityReason', {
              quantity: item.quantity,
              reason: t(`returns.reason.${item.reason}`),
            })
          : `${t('returns.item.quantity')}: ${item.quantity}`}
      </Text>
      {item.purchaseDate && (
        <Text size="sm">
          {t('returns.item.purchaseDate', { date: formatDate(item.purchaseDate) })}
        </Text>
      )}
      {item.warrantyProof && (
        <Text size="sm">
          {t('returns.item.warrantyProof')}: {item.warrantyProof.fileName}
        </Text>
      )}
      {item.accessories && (
        <Text size="sm">
          {t('returns.item.accessories')}: {item.accessories}
        </Text>
      )}
      {item.photos.length > 0 && (
        <Text size="sm">
          {t('returns.photos.title')}: {item.photos.map((p) => p.fileName).join(', ')}
        </Text>
      )}
      {item.serialNumber && (
        <Text size="sm">
          {t('returns.item.serialNumber')}: {item.serialNumber}
        </Text>
      )}
      {showFault && item.faultDescription && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {t('returns.item.fault')}: {item.faultDescription}
        </Text>
      )}
    </>
  );
}

/** "Edit" and "Remove", each named after the product. */
function ItemButtons({
  item,
  onEdit,
  onRemove,
}: Pick<ItemCardProps, 'item' | 'onEdit' | 'onRemove'>) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      {onEdit && (
        <Button
          variant="default"
          size="xs"
          onClick={onEdit}
          aria-label={t('returns.item.editNamed', { name: item.line.name })}
        >
          {t('returns.item.edit')}
        </Button>
      )}
      {onRemove && (
        <Button
          variant="subtle"
          color="red"
          size="xs"
          onClick={onRemove}
          aria-label={t('returns.item.removeNamed', { name: item.line.name })}
        >
          {t('returns.item.remove')}
        </Button>
      )}
    </Group>
  );
}

/** One product of the return being prepared: what, how many, why, and its conditions. */
export function ItemCard({ item, index, kind, problem, onEdit, onRemove }: ItemCardProps) {
  const titleId = `wizard-item-${item.uid}`;
  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      component="article"
      aria-labelledby={titleId}
      style={problem ? { borderColor: 'var(--mantine-color-error)' } : undefined}
    >
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ flex: 1, minWidth: 220 }}>
          <Text fw={700} id={titleId}>
            {index + 1}. {item.line.name}
          </Text>
          <ItemFacts item={item} kind={kind} />
          {kind !== 'SERVICE' && (
            <Group gap="xs" mt={4}>
              <ConditionsVerdict conditions={item.conditions} />
            </Group>
          )}
          {problem && (
            <Text size="sm" c="var(--mantine-color-error)" role="alert" fw={600}>
              {problem}
            </Text>
          )}
        </Stack>
        {(onEdit || onRemove) && <ItemButtons item={item} onEdit={onEdit} onRemove={onRemove} />}
      </Group>
    </Card>
  );
}
