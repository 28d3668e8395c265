import { Button, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addressProblem, unmetItems } from '../../../../../shared/src/return-wizard';
import { RETURN_LIMITS } from '../../../../../shared/src/rma';
import type { CompanyFieldsFragment } from '../../../gql/graphql';
import { companyAddress, type WizardState } from './wizardState';

interface AddressStepProps {
  state: WizardState;
  company: CompanyFieldsFragment | null;
  onChange: (address: string) => void;
  onBack: () => void;
  onNext: (address: string) => void;
}

/**
 * Step 5: where goods go back. A service request always asks (the repaired products go
 * back); a return asks when a product does not meet every return condition (the seller may
 * refuse it). Pre-filled with the company's address; required.
 */
export function AddressStep({ state, company, onChange, onBack, onNext }: AddressStepProps) {
  const { t } = useTranslation();
  const address = state.address ?? companyAddress(company);
  const [error, setError] = useState<string | null>(null);
  const unmet = state.kind === 'SERVICE' ? [] : unmetItems(state.items);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = addressProblem(address);
    if (problem === 'required') return setError(t('returns.wizard.address.required'));
    if (problem === 'tooLong') {
      return setError(t('validation.tooLong', { max: RETURN_LIMITS.returnAddress }));
    }
    onNext(address.trim());
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={640}>
        <Text size="sm">
          {state.kind === 'SERVICE'
            ? t('returns.wizard.address.serviceIntro')
            : t('returns.wizard.address.intro')}
        </Text>
        {unmet.length > 0 && (
          <List size="sm" spacing={2}>
            {unmet.map((i) => (
              <List.Item key={i.uid}>
                {i.line.name} ({i.line.sku})
              </List.Item>
            ))}
          </List>
        )}
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
