import { Alert, Button, Card, Group, List, Radio, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addressProblem,
  unmetItems,
  type WizardAddress,
} from '../../../../../shared/src/return-wizard';
import {
  AddressFields,
  AddressLines,
  addressErrors,
  addressValues,
  emptyAddress,
  type AddressValues,
} from '../../../ui/AddressFields';
import { Loading } from '../../../ui/Loading';
import { useViewer } from '../../../lib/session';
import { useCompanyAddressesQuery, type CompanyAddressFieldsFragment } from '../../../gql/graphql';
import type { WizardState } from './wizardState';

interface AddressStepProps {
  state: WizardState;
  onChange: (address: WizardAddress) => void;
  onBack: () => void;
  onNext: (address: WizardAddress) => void;
}

const OTHER = 'other';

/** The choice shown: the one made before, else the company's first ship-to, else its billing. */
function initialChoice(
  state: WizardState,
  saved: CompanyAddressFieldsFragment[],
  country: string,
): { choice: string; typed: AddressValues } {
  const chosen = state.address;
  if (chosen?.savedId && saved.some((a) => a.id === chosen.savedId))
    return { choice: chosen.savedId, typed: emptyAddress(country) };
  if (chosen && !chosen.savedId) return { choice: OTHER, typed: addressValues(chosen.fields) };
  const first = saved.find((a) => a.kind === 'SHIPPING') ?? saved[0];
  return { choice: first?.id ?? OTHER, typed: emptyAddress(country) };
}

/** The company's addresses and "Another address", one radio each. */
function SavedAddressRadios(props: {
  saved: CompanyAddressFieldsFragment[];
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      value={props.value}
      onChange={props.onChange}
      label={t('returns.wizard.address.savedLegend')}
      required
    >
      <Stack gap="sm" mt="xs">
        {props.saved.map((a) => (
          <Card key={a.id} withBorder padding="sm" radius="md">
            <Radio
              value={a.id}
              label={
                <Stack gap={2}>
                  <Text size="sm" fw={600}>
                    {a.kind === 'BILLING' ? t('address.billing') : t('address.shipping')}
                  </Text>
                  <AddressLines address={a} />
                </Stack>
              }
            />
          </Card>
        ))}
        <Card withBorder padding="sm" radius="md">
          <Radio
            value={OTHER}
            label={t('returns.wizard.address.other')}
            description={t('returns.wizard.address.otherHint')}
          />
        </Card>
      </Stack>
    </Radio.Group>
  );
}

/** The radio list of the company's addresses and "Another address" with its form. */
function AddressChoice(props: {
  saved: CompanyAddressFieldsFragment[];
  state: WizardState;
  onChange: (address: WizardAddress) => void;
  onBack: () => void;
  onNext: (address: WizardAddress) => void;
}) {
  const { t } = useTranslation();
  const { saved } = props;
  const { company } = useViewer();
  const [initial] = useState(() => initialChoice(props.state, saved, company?.country ?? ''));
  const [choice, setChoice] = useState(initial.choice);
  const [typed, setTyped] = useState<AddressValues>(initial.typed);
  const [showErrors, setShowErrors] = useState(false);

  const current = (c: string, fields: AddressValues): WizardAddress => {
    const found = saved.find((a) => a.id === c);
    return found ? { savedId: found.id, fields: addressValues(found) } : { savedId: null, fields };
  };
  const choose = (c: string) => {
    setChoice(c);
    props.onChange(current(c, typed));
  };
  const type = (fields: AddressValues) => {
    setTyped(fields);
    props.onChange(current(OTHER, fields));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const address = current(choice, typed);
    if (addressProblem(address) !== null) return setShowErrors(true);
    props.onNext(address);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {saved.length === 0 && (
          <Alert color="blue" variant="light">
            {t('returns.wizard.address.noneSaved')}
          </Alert>
        )}
        <SavedAddressRadios saved={saved} value={choice} onChange={choose} />
        {choice === OTHER && (
          <AddressFields
            value={typed}
            onChange={type}
            errors={showErrors ? addressErrors(typed, t) : {}}
          />
        )}
        {showErrors && choice === OTHER && (
          <Text size="sm" c="var(--mantine-color-error)" role="alert">
            {t('returns.wizard.address.invalid')}
          </Text>
        )}
        <Group gap="sm">
          <Button variant="default" onClick={props.onBack}>
            {t('returns.wizard.back')}
          </Button>
          <Button type="submit">{t('returns.wizard.next')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Step 5: where goods go back. A service request always asks (the repaired products go
 * back); a return asks when a product does not meet every return condition (the seller may
 * refuse it). One of the company's addresses, or another one typed in (street, postal code,
 * city, country); the return keeps a copy of it.
 */
export function AddressStep({ state, onChange, onBack, onNext }: AddressStepProps) {
  const { t } = useTranslation();
  const { data, loading } = useCompanyAddressesQuery();
  const unmet = state.kind === 'SERVICE' ? [] : unmetItems(state.items);
  return (
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
      {loading && !data ? (
        <Loading />
      ) : (
        <AddressChoice
          saved={data?.companyAddresses ?? []}
          state={state}
          onChange={onChange}
          onBack={onBack}
          onNext={onNext}
        />
      )}
    </Stack>
  );
}
