import {
  addressToSend,
  wizardNeedsAddress,
  type WizardAddress,
  type WizardStep,
} from '../../../../../shared/src/return-wizard';
import { Alert, Anchor, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrors, describeError } from '../../../lib/errors';
import { FormErrorAlert } from '../../../ui/forms';
import { AddressLines } from '../../../ui/AddressFields';
import {
  useSubmitReturnRequestMutation,
  type ReturnKind,
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
      serialNumber: i.serialNumber.trim() || null,
      photoIds: i.photos.map((p) => p.id),
      ...(kind === 'SERVICE'
        ? {
            faultDescription: i.faultDescription.trim(),
            purchaseDate: i.purchaseDate || null,
            warrantyProofId: i.warrantyProof?.id ?? null,
            accessories: i.accessories.trim() || null,
          }
        : { reason: i.reason || null, conditions: { ...i.conditions } }),
    })),
    ...addressToSend(state),
  };
}

interface SendProblems {
  /** By product: what to fix on it. */
  found: ItemProblems;
  /** The summary above the form, null when nothing specific was found. */
  general: string | null;
  address: string | null;
}

/** What the server refused, placed on the products and the address it concerns. */
function sendProblems(err: unknown, items: WizardItem[], t: TFunction): SendProblems {
  const result: SendProblems = { found: {}, general: null, address: null };
  for (const e of apiErrors(err)) {
    if (e.code === 'QUANTITY_EXCEEDS_RETURNABLE') {
      const sku = String(e.extensions.sku ?? '');
      const returnable = Number(e.extensions.returnable ?? 0);
      for (const item of items.filter((i) => i.line.sku === sku)) {
        result.found[item.uid] = t('returns.wizard.summary.quantityExceeded', { sku, returnable });
      }
      result.general = t('returns.wizard.summary.fixProducts');
    } else if (e.code === 'RETURN_ADDRESS_REQUIRED' || e.code === 'INVALID_POSTAL_CODE') {
      result.address =
        e.code === 'RETURN_ADDRESS_REQUIRED'
          ? t('returns.wizard.address.required')
          : t('returns.wizard.address.invalid');
      result.general = t('returns.wizard.summary.fixAddress');
    } else if (
      (e.code === 'BAD_USER_INPUT' || e.code === 'PHOTOS_REQUIRED') &&
      typeof e.extensions.field === 'string'
    ) {
      const match = /^items\.(\d+)\./.exec(e.extensions.field);
      const item = match ? items[Number(match[1])] : undefined;
      if (item) {
        result.found[item.uid] =
          e.code === 'PHOTOS_REQUIRED'
            ? t('returns.wizard.product.photosRequired')
            : e.extensions.field.endsWith('faultDescription')
              ? t('returns.wizard.product.faultRequired')
              : e.message;
        result.general = t('returns.wizard.summary.fixProducts');
      }
    }
  }
  return result;
}

/** Sending the return: the confirmation's state, and the problems the server found. */
function useSendReturn(props: SummaryStepProps) {
  const { t } = useTranslation();
  const [submit, { loading }] = useSubmitReturnRequestMutation();
  const [confirming, setConfirming] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [addressError, setAddressError] = useState<string | null>(null);

  const send = async () => {
    setFormError(null);
    setAddressError(null);
    try {
      const { data } = await submit({ variables: { input: submitInput(props.state) } });
      setConfirming(false);
      if (data) props.onSent(data.submitReturnRequest);
    } catch (err) {
      setConfirming(false);
      const problems = sendProblems(err, props.state.items, t);
      if (problems.address) setAddressError(problems.address);
      props.setProblems(problems.found);
      setFormError(problems.general ?? describeError(err, t));
    }
  };
  return { send, loading, confirming, setConfirming, formError, addressError };
}

/** A "Change" link back to a step. */
function ChangeLink({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Anchor component="button" type="button" size="sm" onClick={onClick}>
      {children}
    </Anchor>
  );
}

/** The return's kind, with "Change". */
function KindCard({ kind, onChange }: { kind: ReturnKind; onChange: () => void }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" radius="md">
      <Group justify="space-between" gap="sm">
        <Stack gap={0}>
          <Text size="sm" c="dimmed">
            {t('returns.wizard.summary.kind')}
          </Text>
          <Text fw={700}>{t(`returns.kind.${kind}`)}</Text>
        </Stack>
        <ChangeLink onClick={onChange}>{t('returns.wizard.summary.changeKind')}</ChangeLink>
      </Group>
    </Card>
  );
}

interface AddressCardProps {
  address: WizardAddress;
  error: string | null;
  onChange: () => void;
}

/** Where the goods come from, with "Change" (and what is wrong with it). */
function AddressCard({ address, error, onChange }: AddressCardProps) {
  const { t } = useTranslation();
  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      style={error ? { borderColor: 'var(--mantine-color-error)' } : undefined}
    >
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2}>
          <Text size="sm" c="dimmed">
            {t('returns.wizard.address.label')}
          </Text>
          <AddressLines address={address.fields} />
          {error && (
            <Text size="sm" c="var(--mantine-color-error)" role="alert" fw={600}>
              {error}
            </Text>
          )}
        </Stack>
        <ChangeLink onClick={onChange}>{t('returns.wizard.summary.changeAddress')}</ChangeLink>
      </Group>
    </Card>
  );
}

/** The products to be sent, each with what the server found wrong (and "Edit" then). */
function ProductsSummary(props: SummaryStepProps & { units: number }) {
  const { state, problems, units } = props;
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Group justify="space-between" gap="sm">
        <Title order={3} size="h4">
          {t('returns.wizard.summary.products', { n: state.items.length, units })}
        </Title>
        <ChangeLink onClick={() => props.onChangeStep('products')}>
          {t('returns.wizard.summary.changeProducts')}
        </ChangeLink>
      </Group>
      {state.items.map((item, index) => (
        <ItemCard
          key={item.uid}
          item={item}
          index={index}
          kind={state.kind ?? 'RETURN'}
          problem={problems[item.uid]}
          onEdit={problems[item.uid] ? () => props.onEdit(item) : undefined}
        />
      ))}
    </Stack>
  );
}

interface ConfirmSendModalProps {
  sending: ReturnType<typeof useSendReturn>;
  kind: ReturnKind;
  count: number;
  units: number;
}

/** "Send it?": the last word before the return is submitted. */
function ConfirmSendModal({ sending, kind, count, units }: ConfirmSendModalProps) {
  const { t } = useTranslation();
  const { loading, setConfirming } = sending;
  return (
    <Modal
      opened={sending.confirming}
      onClose={() => !loading && setConfirming(false)}
      title={t(`returns.wizard.confirm.title.${kind}`)}
      centered
    >
      <Stack gap="lg">
        <Text>{t('returns.wizard.confirm.text', { n: count, units })}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => setConfirming(false)} disabled={loading}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void sending.send()} loading={loading}>
            {t('returns.wizard.confirm.yes')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Steps 6 and 7: the summary, "Send", and "Yes, send it". */
export function SummaryStep(props: SummaryStepProps) {
  const { state } = props;
  const { t } = useTranslation();
  const sending = useSendReturn(props);
  const kind = state.kind ?? 'RETURN';
  const address = wizardNeedsAddress(state) ? state.address : null;
  const units = state.items.reduce((sum, i) => sum + i.quantity, 0);

  return (
    <Stack gap="md" maw={820}>
      <Text size="sm">{t(`returns.wizard.summary.intro.${kind}`)}</Text>
      {sending.formError && <FormErrorAlert>{sending.formError}</FormErrorAlert>}
      <KindCard kind={kind} onChange={() => props.onChangeStep('kind')} />
      <ProductsSummary {...props} units={units} />
      {address !== null && (
        <AddressCard
          address={address}
          error={sending.addressError}
          onChange={() => props.onChangeStep('address')}
        />
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
        <Button onClick={() => sending.setConfirming(true)} loading={sending.loading}>
          {t(`returns.wizard.summary.send.${kind}`)}
        </Button>
      </Group>
      <ConfirmSendModal sending={sending} kind={kind} count={state.items.length} units={units} />
    </Stack>
  );
}
