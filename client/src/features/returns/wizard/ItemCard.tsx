import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { unmetConditions } from '../rmaView';
import type { WizardItem } from './wizardState';

interface ItemCardProps {
  item: WizardItem;
  index: number;
  /** Shows the fault description (service requests). */
  service: boolean;
  problem?: string;
  onEdit?: () => void;
  onRemove?: () => void;
}

/** One product of the return being prepared: what, how many, why, and its conditions. */
export function ItemCard({ item, index, service, problem, onEdit, onRemove }: ItemCardProps) {
  const { t } = useTranslation();
  const unmet = unmetConditions(item.conditions);
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
          <Text size="sm" c="dimmed">
            {t('returns.item.facts', {
              sku: item.line.sku,
              invoice: item.invoice.number,
              lineNo: item.line.lineNo,
            })}
          </Text>
          <Text size="sm">
            {t('returns.item.quantityReason', {
              quantity: item.quantity,
              reason: t(`returns.reason.${item.reason}`),
            })}
          </Text>
          {item.serialNumber && (
            <Text size="sm">
              {t('returns.item.serialNumber')}: {item.serialNumber}
            </Text>
          )}
          {service && item.faultDescription && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {t('returns.item.fault')}: {item.faultDescription}
            </Text>
          )}
          <Group gap="xs" mt={4}>
            {unmet.length === 0 ? (
              <Badge color="teal" variant="light">
                {t('returns.item.meetsAll')}
              </Badge>
            ) : (
              <Text size="sm" c="orange.9">
                {t('returns.item.doesNotMeet', {
                  conditions: unmet.map((c) => t(`returns.condition.${c}.label`)).join(', '),
                })}
              </Text>
            )}
          </Group>
          {problem && (
            <Text size="sm" c="var(--mantine-color-error)" role="alert" fw={600}>
              {problem}
            </Text>
          )}
        </Stack>
        {(onEdit || onRemove) && (
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
        )}
      </Group>
    </Card>
  );
}
