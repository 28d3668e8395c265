import { ActionIcon, Group, NumberInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlusIcon } from '../../ui/icons';
import { MinusIcon } from './icons';

interface QuantityStepperProps {
  name: string;
  quantity: number;
  busy: boolean;
  onChange: (quantity: number) => void;
}

/**
 * − [n] + for a basket line. The buttons change it at once; a typed number is sent on Enter or
 * when leaving the field (0 removes the line, as the server does).
 */
export function QuantityStepper({ name, quantity, busy, onChange }: QuantityStepperProps) {
  const { t } = useTranslation();
  // What the person typed, for the quantity it was typed over; a new quantity from the
  // server replaces it.
  const [draft, setDraft] = useState<{ base: number; value: number | string } | null>(null);
  const value = draft && draft.base === quantity ? draft.value : quantity;

  const commit = () => {
    if (!draft || draft.base !== quantity) return;
    const next = Number(draft.value);
    setDraft(null);
    if (draft.value === '' || !Number.isInteger(next) || next < 0 || next === quantity) return;
    onChange(next);
  };

  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={t('shop.basket.decrease', { name })}
        disabled={busy || quantity <= 1}
        onClick={() => onChange(quantity - 1)}
      >
        <MinusIcon />
      </ActionIcon>
      <NumberInput
        aria-label={t('shop.basket.quantityOf', { name })}
        value={value}
        onChange={(next) => setDraft({ base: quantity, value: next })}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          }
        }}
        min={0}
        allowDecimal={false}
        allowNegative={false}
        hideControls
        readOnly={busy}
        w={64}
        styles={{ input: { textAlign: 'center' } }}
      />
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={t('shop.basket.increase', { name })}
        disabled={busy}
        onClick={() => onChange(quantity + 1)}
      >
        <PlusIcon size={14} />
      </ActionIcon>
    </Group>
  );
}
