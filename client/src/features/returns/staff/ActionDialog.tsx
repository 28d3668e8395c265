import { Button, Group, Modal, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { describeError, firstApiError, hasCode } from '../../../lib/errors';
import { FormErrorAlert } from '../../../ui/forms';
import {
  useAdvanceServiceStageMutation,
  useAuthorizeReturnItemMutation,
  useAuthorizeReturnRequestMutation,
  useDenyReturnItemMutation,
  useCloseReturnRequestMutation,
  useDecideReturnItemMutation,
  useDenyReturnRequestMutation,
  useReceiveReturnRequestMutation,
  type ReturnResolution,
} from '../../../gql/graphql';
import type { ServiceStage } from '../../../../../shared/src/rma';
import type { ReturnItemView, ReturnView } from '../rmaView';

/** A step staff take on a return (opens the dialog that confirms it). */
export type Action =
  | { type: 'authorize' }
  | { type: 'deny' }
  | { type: 'receive' }
  | { type: 'close' }
  | { type: 'approve'; item: ReturnItemView }
  | { type: 'reject'; item: ReturnItemView }
  | { type: 'authorizeItem'; item: ReturnItemView }
  | { type: 'denyItem'; item: ReturnItemView }
  | { type: 'stage'; item: ReturnItemView; stage: ServiceStage };

/** What a step asks besides the note: the refund amount, the parcel back. */
interface Extra {
  amount: string;
  carrier: string;
  trackingNumber: string;
}
const NO_EXTRA: Extra = { amount: '', carrier: '', trackingNumber: '' };

const APPROVE_RESOLUTIONS: readonly ReturnResolution[] = ['REFUND', 'REPLACE', 'REPAIR'];

interface ActionDialogProps {
  request: ReturnView;
  action: Action | null;
  onClose: () => void;
  onDone: (message: string) => void;
  onFailed: (error: unknown) => void;
}

/** The dialog's title: the step, and the return or product it is taken on. */
function actionTitle(action: Action, request: ReturnView, t: TFunction): string {
  if (action.type === 'stage') {
    return t('returns.staff.dialog.stage.title', {
      stage: t(`returns.stage.${action.stage}`),
      name: action.item.name,
    });
  }
  if (
    action.type === 'approve' ||
    action.type === 'reject' ||
    action.type === 'authorizeItem' ||
    action.type === 'denyItem'
  ) {
    return t(`returns.staff.dialog.${action.type}.title`, { name: action.item.name });
  }
  return t(`returns.staff.dialog.${action.type}.title`, { rma: request.rmaNumber });
}

/** The mutation of each step; send(action, note, resolution) runs the one the action names. */
function useSendAction(request: ReturnView) {
  const [authorize] = useAuthorizeReturnRequestMutation();
  const [deny] = useDenyReturnRequestMutation();
  const [receive] = useReceiveReturnRequestMutation();
  const [close] = useCloseReturnRequestMutation();
  const [decide] = useDecideReturnItemMutation();
  const [advance] = useAdvanceServiceStageMutation();
  const [authorizeItem] = useAuthorizeReturnItemMutation();
  const [denyItem] = useDenyReturnItemMutation();
  /** note: trimmed, '' when none was written. */
  return async (
    action: Action,
    note: string,
    resolution: ReturnResolution | null,
    extra: Extra,
  ) => {
    const optionalNote = note || null;
    switch (action.type) {
      case 'authorizeItem':
        return authorizeItem({ variables: { itemId: action.item.id } });
      case 'denyItem':
        return denyItem({ variables: { itemId: action.item.id, note } });
      case 'authorize':
        return authorize({ variables: { id: request.id, note: optionalNote } });
      case 'deny':
        return deny({ variables: { id: request.id, note } });
      case 'receive':
        return receive({ variables: { id: request.id, note: optionalNote } });
      case 'close':
        return close({ variables: { id: request.id } });
      case 'approve':
        return decide({
          variables: {
            itemId: action.item.id,
            decision: 'APPROVED',
            resolution,
            note: optionalNote,
            amount: resolution === 'REFUND' && extra.amount.trim() ? extra.amount.trim() : null,
          },
        });
      case 'reject':
        return decide({
          variables: { itemId: action.item.id, decision: 'REJECTED', note: optionalNote },
        });
      case 'stage':
        return advance({
          variables: {
            itemId: action.item.id,
            stage: action.stage,
            note: optionalNote,
            carrier: extra.carrier.trim() || null,
            trackingNumber: extra.trackingNumber.trim() || null,
          },
        });
    }
  };
}

interface ResolutionChoiceProps {
  value: ReturnResolution | null;
  onChange: (value: ReturnResolution) => void;
  error: string | null;
}

/** An approval's resolution: refund, replace or repair. */
function ResolutionChoice({ value, onChange, error }: ResolutionChoiceProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t('returns.staff.resolution')}
      value={value}
      onChange={(v) => onChange(v as ReturnResolution)}
      error={error && !value ? error : undefined}
      required
    >
      <Stack gap="xs" mt="xs">
        {APPROVE_RESOLUTIONS.map((r) => (
          <Radio key={r} value={r} label={t(`returns.resolution.${r}`)} />
        ))}
      </Stack>
    </Radio.Group>
  );
}

/** The dialog's state (note, resolution, errors, busy) and its submission. */
function useActionForm(request: ReturnView, props: ActionDialogProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [resolution, setResolution] = useState<ReturnResolution | null>(null);
  const [extra, setExtra] = useState<Extra>(NO_EXTRA);
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const send = useSendAction(request);

  const reset = () => {
    setNote('');
    setResolution(null);
    setExtra(NO_EXTRA);
    setError(null);
    setFormError(null);
  };

  const submit = async (action: Action) => {
    setFormError(null);
    const trimmed = note.trim();
    if ((action.type === 'deny' || action.type === 'denyItem') && !trimmed)
      return setError(t('returns.staff.noteRequired'));
    if (action.type === 'stage' && action.stage === 'SHIPPED_BACK') {
      if (!extra.carrier.trim()) return setError(t('returns.staff.carrierRequired'));
      if (!extra.trackingNumber.trim()) return setError(t('returns.staff.trackingRequired'));
    }
    if (action.type === 'approve' && !resolution) {
      return setError(t('returns.staff.resolutionRequired'));
    }
    setBusy(true);
    try {
      await send(action, trimmed, resolution, extra);
      reset();
      props.onDone(t(`returns.staff.done.${action.type}`));
    } catch (err) {
      if (hasCode(err, 'BAD_USER_INPUT')) {
        setFormError(firstApiError(err)?.message ?? describeError(err, t));
      } else {
        reset();
        props.onFailed(err);
      }
    } finally {
      setBusy(false);
    }
  };
  return {
    note,
    setNote,
    resolution,
    setResolution,
    extra,
    setExtra,
    error,
    setError,
    formError,
    busy,
    reset,
    submit,
  };
}

/** The parcel going back: carrier and tracking number, both required. */
function ShipBackFields({ form }: { form: ReturnType<typeof useActionForm> }) {
  const { t } = useTranslation();
  const set = (change: Partial<Extra>) => {
    form.setExtra({ ...form.extra, ...change });
    form.setError(null);
  };
  const carrierMissing = form.error === t('returns.staff.carrierRequired');
  return (
    <Group grow align="flex-start">
      <TextInput
        label={t('returns.staff.carrier')}
        value={form.extra.carrier}
        onChange={(e) => set({ carrier: e.currentTarget.value })}
        error={carrierMissing ? form.error : undefined}
        required
      />
      <TextInput
        label={t('returns.staff.trackingNumber')}
        value={form.extra.trackingNumber}
        onChange={(e) => set({ trackingNumber: e.currentTarget.value })}
        error={!carrierMissing && form.error ? form.error : undefined}
        required
      />
    </Group>
  );
}

/** What a step asks besides the note: the resolution and refund, or the parcel back. */
function StepFields({ action, form }: { action: Action; form: ReturnType<typeof useActionForm> }) {
  const { t } = useTranslation();
  const type = action.type;
  return (
    <>
      {type === 'approve' && (
        <ResolutionChoice
          value={form.resolution}
          onChange={(value) => {
            form.setResolution(value);
            form.setError(null);
          }}
          error={form.error}
        />
      )}
      {type === 'approve' && form.resolution === 'REFUND' && (
        <TextInput
          label={t('returns.staff.amount')}
          description={t('returns.staff.amountHint')}
          value={form.extra.amount}
          onChange={(e) => form.setExtra({ ...form.extra, amount: e.currentTarget.value })}
          inputMode="decimal"
          placeholder={(action.type === 'approve' ? action.item.currency : null) ?? undefined}
          maw={220}
        />
      )}
      {type === 'stage' && action.stage === 'SHIPPED_BACK' && <ShipBackFields form={form} />}
    </>
  );
}

/** The dialog of one step: its note (required to deny), the resolution of an approval. */
export function ActionDialog(props: ActionDialogProps) {
  const { request, action, onClose } = props;
  const { t } = useTranslation();
  const form = useActionForm(request, props);
  if (!action) return null;
  const type = action.type;
  const noteRequired = type === 'deny' || type === 'denyItem';
  const cancel = () => {
    form.reset();
    onClose();
  };

  return (
    <Modal
      opened
      onClose={() => {
        if (!form.busy) cancel();
      }}
      title={actionTitle(action, request, t)}
      centered
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(action);
        }}
        noValidate
      >
        <Stack gap="md">
          {form.formError && <FormErrorAlert>{form.formError}</FormErrorAlert>}
          <Text size="sm">{t(`returns.staff.dialog.${type}.text`)}</Text>
          <StepFields action={action} form={form} />
          {type !== 'close' && type !== 'authorizeItem' && (
            <Textarea
              label={noteRequired ? t('returns.staff.reasonLabel') : t('returns.staff.noteLabel')}
              description={t('returns.staff.noteHint')}
              value={form.note}
              onChange={(e) => {
                form.setNote(e.currentTarget.value);
                form.setError(null);
              }}
              error={noteRequired ? form.error : undefined}
              required={noteRequired}
              autosize
              minRows={2}
              data-autofocus
            />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={cancel} disabled={form.busy}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={form.busy}
              color={
                type === 'deny' || type === 'reject' || type === 'denyItem' ? 'red' : undefined
              }
            >
              {t(`returns.staff.dialog.${type}.confirm`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
