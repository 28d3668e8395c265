import {
  missingFault,
  productsComplete,
  unmetItems,
} from '../../../../../shared/src/return-wizard';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlusIcon } from '../../../ui/icons';
import { ItemCard } from './ItemCard';
import type { ItemProblems } from './NewReturnPage';
import type { WizardItem, WizardState } from './wizardState';

interface ProductsStepProps {
  state: WizardState;
  problems: ItemProblems;
  onEdit: (item: WizardItem) => void;
  onRemove: (uid: string) => void;
  onAddAnother: () => void;
  onNext: () => void;
}

/** Step 4 of the wizard: the products added so far; another one, or "Next". */
export function ProductsStep(props: ProductsStepProps) {
  const { state, problems } = props;
  const { t } = useTranslation();
  const [tried, setTried] = useState(false);
  const missing = new Set(missingFault(state).map((i) => i.uid));

  const next = () => {
    setTried(true);
    if (productsComplete(state)) props.onNext();
  };

  return (
    <Stack gap="md" maw={820}>
      <Text size="sm">{t('returns.wizard.products.intro')}</Text>
      <Stack gap="sm">
        {state.items.map((item, index) => (
          <ItemCard
            key={item.uid}
            item={item}
            index={index}
            kind={state.kind}
            problem={
              problems[item.uid] ??
              (tried && missing.has(item.uid)
                ? t('returns.wizard.product.faultRequired')
                : undefined)
            }
            onEdit={() => props.onEdit(item)}
            onRemove={() => props.onRemove(item.uid)}
          />
        ))}
      </Stack>
      {unmetItems(state.items).length > 0 && (
        <Alert color="orange" variant="light" role="note">
          {t('returns.wizard.products.addressAhead')}
        </Alert>
      )}
      <Group gap="sm">
        <Button variant="default" leftSection={<PlusIcon />} onClick={props.onAddAnother}>
          {t('returns.wizard.products.addAnother')}
        </Button>
        <Button onClick={next}>{t('returns.wizard.next')}</Button>
      </Group>
    </Stack>
  );
}
