import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, firstApiError, hasCode } from '../../../lib/errors';
import { FormErrorAlert } from '../../../ui/forms';
import {
  useAdvanceServiceStageMutation,
  useAuthorizeReturnRequestMutation,
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
  | { type: 'stage'; item: ReturnItemView; stage: ServiceStage };

const APPROVE_RESOLUTIONS: readonly ReturnResolution[] = ['REFUND', 'REPLACE', 'REPAIR'];

interface ActionDialogProps {
  request: ReturnView;
  action: Action | null;
  onClose: () => void;
  onDone: (message: string) => void;
  onFailed: (error: unknown) => void;
}

/** The dialog of one step: its note (required to deny), the resolution of an approval. */
export function ActionDialog({ request, action, onClose, onDone, onFailed }: ActionDialogProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [resolution, setResolution] = useState<ReturnResolution | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [authorize] = useAuthorizeReturnRequestMutation();
  const [deny] = useDenyReturnRequestMutation();
  const [receive] = useReceiveReturnRequestMutation();
  const [close] = useCloseReturnRequestMutation();
  const [decide] = useDecideReturnItemMutation();
  const [advance] = useAdvanceServiceStageMutation();

  const reset = () => {
    setNote('');
    setResolution(null);
    setError(null);
    setFormError(null);
  };

  if (!action) return null;
  const type = action.type;
  const item = 'item' in action ? action.item : null;
  const withNote = type !== 'close';
  const noteRequired = type === 'deny';

  const title =
    action.type === 'stage'
      ? t('returns.staff.dialog.stage.title', {
          stage: t(`returns.stage.${action.stage}`),
          name: action.item.name,
        })
      : item
        ? t(`returns.staff.dialog.${action.type as 'approve' | 'reject'}.title`, {
            name: item.name,
          })
        : t(
            `returns.staff.dialog.${action.type as 'authorize' | 'deny' | 'receive' | 'close'}.title`,
            {
              rma: request.rmaNumber,
            },
          );
  const text = t(`returns.staff.dialog.${type}.text`);
  const confirm = t(`returns.staff.dialog.${type}.confirm`);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const trimmed = note.trim();
    if (noteRequired && !trimmed) {
      setError(t('returns.staff.noteRequired'));
      return;
    }
    if (type === 'approve' && !resolution) {
      setError(t('returns.staff.resolutionRequired'));
      return;
    }
    const optionalNote = trimmed || null;
    setBusy(true);
    try {
      switch (action.type) {
        case 'authorize':
          await authorize({ variables: { id: request.id, note: optionalNote } });
          break;
        case 'deny':
          await deny({ variables: { id: request.id, note: trimmed } });
          break;
        case 'receive':
          await receive({ variables: { id: request.id, note: optionalNote } });
          break;
        case 'close':
          await close({ variables: { id: request.id } });
          break;
        case 'approve':
          await decide({
            variables: {
              itemId: action.item.id,
              decision: 'APPROVED',
              resolution,
              note: optionalNote,
            },
          });
          break;
        case 'reject':
          await decide({
            variables: { itemId: action.item.id, decision: 'REJECTED', note: optionalNote },
          });
          break;
        case 'stage':
          await advance({
            variables: { itemId: action.item.id, stage: action.stage, note: optionalNote },
          });
          break;
      }
      reset();
      onDone(t(`returns.staff.done.${type}`));
    } catch (err) {
      if (hasCode(err, 'BAD_USER_INPUT')) {
        setFormError(firstApiError(err)?.message ?? describeError(err, t));
      } else {
        reset();
        onFailed(err);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened
      onClose={() => {
        if (busy) return;
        reset();
        onClose();
      }}
      title={title}
      centered
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          {formError && <FormErrorAlert>{formError}</FormErrorAlert>}
          <Text size="sm">{text}</Text>
          {type === 'approve' && (
            <Radio.Group
              label={t('returns.staff.resolution')}
              value={resolution}
              onChange={(v) => {
                setResolution(v as ReturnResolution);
                setError(null);
              }}
              error={error && !resolution ? error : undefined}
              required
            >
              <Stack gap="xs" mt="xs">
                {APPROVE_RESOLUTIONS.map((r) => (
                  <Radio key={r} value={r} label={t(`returns.resolution.${r}`)} />
                ))}
              </Stack>
            </Radio.Group>
          )}
          {withNote && (
            <Textarea
              label={noteRequired ? t('returns.staff.reasonLabel') : t('returns.staff.noteLabel')}
              description={t('returns.staff.noteHint')}
              value={note}
              onChange={(e) => {
                setNote(e.currentTarget.value);
                setError(null);
              }}
              error={noteRequired ? error : undefined}
              required={noteRequired}
              autosize
              minRows={2}
              data-autofocus
            />
          )}
          <Group justify="flex-end" gap="sm">
            <Button
              variant="default"
              onClick={() => {
                reset();
                onClose();
              }}
              disabled={busy}
            >
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={busy}
              color={type === 'deny' || type === 'reject' ? 'red' : undefined}
            >
              {confirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
