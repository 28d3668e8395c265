import {
  addressToSend,
  wizardNeedsAddress,
  type WizardStep,
} from '../../../../../shared/src/return-wizard';
import { Alert, Anchor, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrors, describeError } from '../../../lib/errors';
import { FormErrorAlert } from '../../../ui/forms';
import {
  useSubmitReturnRequestMutation,
  type ReturnRequestFieldsFragment,
  type SubmitReturnRequestInput,
} from '../../../gql/graphql';
import { ItemCard } from './ItemCard';
import type { ItemProblems } from './NewReturnPage';
import type { WizardItem, WizardState } from './wizardState';

interface SummaryStepProps {
  state: WizardState;
  problems: ItemProblems;
  setProblems: (problems: ItemProblems) => void;
  onChangeStep: (step: WizardStep) => void;
  onEdit: (item: WizardItem) => void;
  onSent: (request: ReturnRequestFieldsFragment) => void;
}

/** What is sent: the wizard's entries as the API's input (one idempotency key per run). */
export function submitInput(state: WizardState): SubmitReturnRequestInput {
  const kind = state.kind ?? 'RETURN';
  return {
    kind,
    idempotencyKey: state.idempotencyKey,
    items: state.items.map((i) => ({
      invoiceLineId: i.line.id,
      quantity: i.quantity,
      reason: i.reason,
      conditions: { ...i.conditions },
      serialNumber: i.serialNumber.trim() || null,
      faultDescription: kind === 'SERVICE' ? i.faultDescription.trim() : null,
    })),
    returnAddress: addressToSend(state),
  };
}

/** Steps 6 and 7: the summary, "Send", and "Yes, send it". */
export function SummaryStep(props: SummaryStepProps) {
  const { state, problems } = props;
  const { t } = useTranslation();
  const [submit, { loading }] = useSubmitReturnRequestMutation();
  const [confirming, setConfirming] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [addressError, setAddressError] = useState<string | null>(null);
  const kind = state.kind ?? 'RETURN';
  const address = wizardNeedsAddress(state) ? state.address : null;
  const units = state.items.reduce((sum, i) => sum + i.quantity, 0);

  const send = async () => {
    setFormError(null);
    setAddressError(null);
    try {
      const { data } = await submit({ variables: { input: submitInput(state) } });
      setConfirming(false);
      if (data) props.onSent(data.submitReturnRequest);
    } catch (err) {
      setConfirming(false);
      const found: ItemProblems = {};
      let general: string | null = null;
      for (const e of apiErrors(err)) {
        if (e.code === 'QUANTITY_EXCEEDS_RETURNABLE') {
          const sku = String(e.extensions.sku ?? '');
          const returnable = Number(e.extensions.returnable ?? 0);
          for (const item of state.items.filter((i) => i.line.sku === sku)) {
            found[item.uid] = t('returns.wizard.summary.quantityExceeded', {
              sku,
              returnable,
            });
          }
          general = t('returns.wizard.summary.fixProducts');
        } else if (e.code === 'RETURN_ADDRESS_REQUIRED') {
          setAddressError(t('returns.wizard.address.required'));
          general = t('returns.wizard.summary.fixAddress');
        } else if (e.code === 'BAD_USER_INPUT' && typeof e.extensions.field === 'string') {
          const match = /^items\.(\d+)\./.exec(e.extensions.field);
          const item = match ? state.items[Number(match[1])] : undefined;
          if (item) {
            found[item.uid] = e.extensions.field.endsWith('faultDescription')
              ? t('returns.wizard.product.faultRequired')
              : e.message;
            general = t('returns.wizard.summary.fixProducts');
          }
        }
      }
      props.setProblems(found);
      setFormError(general ?? describeError(err, t));
    }
  };

  return (
    <Stack gap="md" maw={820}>
      <Text size="sm">{t(`returns.wizard.summary.intro.${kind}`)}</Text>
      {formError && <FormErrorAlert>{formError}</FormErrorAlert>}

      <Card withBorder padding="md" radius="md">
        <Group justify="space-between" gap="sm">
          <Stack gap={0}>
            <Text size="sm" c="dimmed">
              {t('returns.wizard.summary.kind')}
            </Text>
            <Text fw={700}>{t(`returns.kind.${kind}`)}</Text>
          </Stack>
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => props.onChangeStep('kind')}
          >
            {t('returns.wizard.summary.changeKind')}
          </Anchor>
        </Group>
      </Card>

      <Stack gap="xs">
        <Group justify="space-between" gap="sm">
          <Title order={3} size="h4">
            {t('returns.wizard.summary.products', { n: state.items.length, units })}
          </Title>
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => props.onChangeStep('products')}
          >
            {t('returns.wizard.summary.changeProducts')}
          </Anchor>
        </Group>
        {state.items.map((item, index) => (
          <ItemCard
            key={item.uid}
            item={item}
            index={index}
            kind={kind}
            problem={problems[item.uid]}
            onEdit={problems[item.uid] ? () => props.onEdit(item) : undefined}
          />
        ))}
      </Stack>

      {address !== null && (
        <Card
          withBorder
          padding="md"
          radius="md"
          style={addressError ? { borderColor: 'var(--mantine-color-error)' } : undefined}
        >
          <Group justify="space-between" align="flex-start" gap="sm">
            <Stack gap={2}>
              <Text size="sm" c="dimmed">
                {t('returns.wizard.address.label')}
              </Text>
              <Text style={{ whiteSpace: 'pre-line' }}>{address}</Text>
              {addressError && (
                <Text size="sm" c="var(--mantine-color-error)" role="alert" fw={600}>
                  {addressError}
                </Text>
              )}
            </Stack>
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => props.onChangeStep('address')}
            >
              {t('returns.wizard.summary.changeAddress')}
            </Anchor>
          </Group>
        </Card>
      )}

      <Alert color="blue" variant="light" role="note">
        {t('returns.wizard.summary.declaration')}
      </Alert>

      <Group gap="sm">
        <Button
          variant="default"
          onClick={() => props.onChangeStep(address !== null ? 'address' : 'products')}
        >
          {t('returns.wizard.back')}
        </Button>
        <Button onClick={() => setConfirming(true)} loading={loading}>
          {t(`returns.wizard.summary.send.${kind}`)}
        </Button>
      </Group>

      <Modal
        opened={confirming}
        onClose={() => !loading && setConfirming(false)}
        title={t(`returns.wizard.confirm.title.${kind}`)}
        centered
      >
        <Stack gap="lg">
          <Text>{t('returns.wizard.confirm.text', { n: state.items.length, units })}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)} disabled={loading}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => void send()} loading={loading}>
              {t('returns.wizard.confirm.yes')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
