import { Button, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyFieldsFragment } from '../../../gql/graphql';
import { companyAddress, meetsAll, type WizardState } from './wizardState';

interface AddressStepProps {
  state: WizardState;
  company: CompanyFieldsFragment | null;
  onChange: (address: string) => void;
  onBack: () => void;
  onNext: (address: string) => void;
}

/**
 * Step 5 (only when a product does not meet every return condition): where such goods go
 * back if the seller refuses them. Pre-filled with the company's address; required.
 */
export function AddressStep({ state, company, onChange, onBack, onNext }: AddressStepProps) {
  const { t } = useTranslation();
  const address = state.address ?? companyAddress(company);
  const [error, setError] = useState<string | null>(null);
  const unmet = state.items.filter((i) => !meetsAll(i.conditions));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!address.trim()) {
      setError(t('returns.wizard.address.required'));
      return;
    }
    onNext(address.trim());
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={640}>
        <Text size="sm">{t('returns.wizard.address.intro')}</Text>
        <List size="sm" spacing={2}>
          {unmet.map((i) => (
            <List.Item key={i.uid}>
              {i.line.name} ({i.line.sku})
            </List.Item>
          ))}
        </List>
        <Textarea
          label={t('returns.wizard.address.label')}
          description={t('returns.wizard.address.hint')}
          value={address}
          onChange={(e) => {
            onChange(e.currentTarget.value);
            setError(null);
          }}
          error={error}
          autosize
          minRows={4}
          required
        />
        <Group gap="sm">
          <Button variant="default" onClick={onBack}>
            {t('returns.wizard.back')}
          </Button>
          <Button type="submit">{t('returns.wizard.next')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
