import {
  Alert,
  Button,
  Card,
  Group,
  Modal,
  Radio,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ServiceStage } from '../../../../../shared/src/rma';
import { ROUTES } from '../../../../../shared/src/routes';
import { describeError, firstApiError, hasCode } from '../../../lib/errors';
import { FormErrorAlert } from '../../../ui/forms';
import { PageTitle } from '../../../ui/PageTitle';
import {
  useAdvanceServiceStageMutation,
  useAuthorizeReturnRequestMutation,
  useCloseReturnRequestMutation,
  useDecideReturnItemMutation,
  useDenyReturnRequestMutation,
  useReceiveReturnRequestMutation,
  useReturnRequestQuery,
  type ReturnResolution,
} from '../../../gql/graphql';
import { LabelButton } from '../components';
import { HistoryCard, ItemsTable, ReturnAddress, ReturnHeader } from '../ReturnParts';
import {
  canDecide,
  nextServiceStage,
  staffActionsFor,
  type ReturnItemView,
  type ReturnView,
} from '../rmaView';
import { LoadError } from '../../../ui/LoadError';
import { Loading } from '../../../ui/Loading';
import { BackLink } from '../../../ui/BackLink';

/** What a staff member is about to do: asked in a dialog (note, resolution), then sent. */
type Action =
  | { type: 'authorize' }
  | { type: 'deny' }
  | { type: 'receive' }
  | { type: 'close' }
  | { type: 'approve'; item: ReturnItemView }
  | { type: 'reject'; item: ReturnItemView }
  | { type: 'stage'; item: ReturnItemView; stage: ServiceStage };

const APPROVE_RESOLUTIONS: readonly ReturnResolution[] = ['REFUND', 'REPLACE', 'REPAIR'];

interface Problem {
  title: string;
  message: string;
}

/** /staff/returns/:rmaNumber: the return with the steps staff may take now, and only those. */
export function StaffReturnDetailPage() {
  const { t } = useTranslation();
  const { rmaNumber = '' } = useParams();
  const { data, loading, error, refetch } = useReturnRequestQuery({
    variables: { rmaNumber },
    fetchPolicy: 'cache-and-network',
  });
  const request = data?.returnRequest ?? null;
  const [action, setAction] = useState<Action | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (loading && !data) return <Loading />;
  if (!request) {
    if (error && !hasCode(error, 'NOT_FOUND')) {
      return (
        <LoadError
          title={t('returns.detail.loadFailed')}
          error={error}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      );
    }
    return (
      <Stack gap="md" align="flex-start">
        <Title order={1}>{t('returns.detail.notFoundTitle')}</Title>
        <Text>{t('returns.detail.notFound', { rma: rmaNumber })}</Text>
        <Button component={Link} to={ROUTES.staffReturns}>
          {t('returns.staff.backToQueue')}
        </Button>
      </Stack>
    );
  }

  const allowed = staffActionsFor(request);
  const anyItemAction = request.items.some(
    (i) => canDecide(request, i) || nextServiceStage(request, i) !== null,
  );
  const nothingToDo = !allowed.authorize && !allowed.receive && !allowed.close && !anyItemAction;

  const itemActions = (item: ReturnItemView) => {
    const decide = canDecide(request, item);
    const stage = nextServiceStage(request, item);
    if (!decide && !stage) return null;
    return (
      <Stack gap={6} align="flex-start">
        {stage && (
          <Button
            size="xs"
            variant="light"
            onClick={() => setAction({ type: 'stage', item, stage })}
          >
            {t('returns.staff.moveTo', { stage: t(`returns.stage.${stage}`) })}
          </Button>
        )}
        {decide && (
          <Group gap={6}>
            <Button
              size="xs"
              color="teal"
              onClick={() => setAction({ type: 'approve', item })}
              aria-label={t('returns.staff.approveNamed', { name: item.name })}
            >
              {t('returns.staff.approve')}
            </Button>
            <Button
              size="xs"
              color="red"
              variant="light"
              onClick={() => setAction({ type: 'reject', item })}
              aria-label={t('returns.staff.rejectNamed', { name: item.name })}
            >
              {t('returns.staff.reject')}
            </Button>
          </Group>
        )}
      </Stack>
    );
  };

  return (
    <Stack gap="lg">
      <PageTitle page={request.rmaNumber} />
      <BackLink to={ROUTES.staffReturns}>{t('returns.staff.backToQueue')}</BackLink>
      <ReturnHeader
        request={request}
        aside={<LabelButton labelUrl={request.labelUrl} variant="default" />}
      />

      {problem && (
        <Alert
          color="red"
          variant="light"
          title={problem.title}
          role="alert"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setProblem(null)}
        >
          {problem.message}
        </Alert>
      )}
      {notice && (
        <Alert
          color="teal"
          variant="light"
          role="status"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      )}

      <Card
        withBorder
        padding="lg"
        radius="md"
        component="section"
        aria-labelledby="staff-actions-title"
      >
        <Stack gap="sm">
          <Title order={2} size="h3" id="staff-actions-title">
            {t('returns.staff.nextSteps')}
          </Title>
          {nothingToDo ? (
            <Text c="dimmed">
              {request.closedAt ? t('returns.staff.nothingClosed') : t('returns.staff.nothing')}
            </Text>
          ) : (
            <>
              <Text size="sm" c="dimmed">
                {t('returns.staff.nextStepsHint')}
              </Text>
              {(allowed.authorize || allowed.receive || allowed.close) && (
                <Group gap="sm">
                  {allowed.authorize && (
                    <Button onClick={() => setAction({ type: 'authorize' })}>
                      {t('returns.staff.authorize')}
                    </Button>
                  )}
                  {allowed.deny && (
                    <Button color="red" variant="light" onClick={() => setAction({ type: 'deny' })}>
                      {t('returns.staff.deny')}
                    </Button>
                  )}
                  {allowed.receive && (
                    <Button onClick={() => setAction({ type: 'receive' })}>
                      {t('returns.staff.receive')}
                    </Button>
                  )}
                  {allowed.close && (
                    <Button variant="default" onClick={() => setAction({ type: 'close' })}>
                      {t('returns.staff.close')}
                    </Button>
                  )}
                </Group>
              )}
              {anyItemAction && <Text size="sm">{t('returns.staff.itemActionsHint')}</Text>}
            </>
          )}
        </Stack>
      </Card>

      <Card
        withBorder
        padding="lg"
        radius="md"
        component="section"
        aria-labelledby="return-items-title"
      >
        <Stack gap="md">
          <Title order={2} size="h3" id="return-items-title">
            {t('returns.detail.items')}
          </Title>
          <ItemsTable request={request} actions={itemActions} />
          <ReturnAddress address={request.returnAddress} />
        </Stack>
      </Card>

      <HistoryCard request={request} side="staff" />

      <ActionDialog
        request={request}
        action={action}
        onClose={() => setAction(null)}
        onDone={(message) => {
          setAction(null);
          setProblem(null);
          setNotice(message);
        }}
        onFailed={(err) => {
          setAction(null);
          setNotice(null);
          if (hasCode(err, 'ILLEGAL_TRANSITION')) {
            setProblem({
              title: t('returns.staff.illegalTitle'),
              message:
                `${firstApiError(err)?.message ?? ''} ${t('returns.staff.illegalReloaded')}`.trim(),
            });
            void refetch().catch(() => undefined);
          } else {
            setProblem({ title: t('returns.staff.failed'), message: describeError(err, t) });
          }
        }}
      />
    </Stack>
  );
}

interface ActionDialogProps {
  request: ReturnView;
  action: Action | null;
  onClose: () => void;
  onDone: (message: string) => void;
  onFailed: (error: unknown) => void;
}

/** The dialog of one step: its note (required to deny), the resolution of an approval. */
function ActionDialog({ request, action, onClose, onDone, onFailed }: ActionDialogProps) {
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
