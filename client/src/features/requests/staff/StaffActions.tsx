import {
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { nextTicketStatus, type TicketStatus } from '../../../../../shared/src/tickets';
import { useViewer } from '../../../lib/session';
import { fieldChecks } from '../../../lib/validation';
import {
  useAgentsQuery,
  useAssignTicketMutation,
  useReplyToTicketMutation,
  useResolveTicketMutation,
  type TicketDetailFieldsFragment,
} from '../../../gql/graphql';

type Ticket = TicketDetailFieldsFragment;
interface ActionProps {
  ticket: Ticket;
  onDone: (message: string) => void;
  onError: (err: unknown) => void;
}

const SETTABLE: readonly TicketStatus[] = ['WAITING_FOR_CUSTOMER', 'IN_PROGRESS'];

/** The reply form's state and submission. */
function useReplyForm({ ticket, onDone, onError }: ActionProps) {
  const { t } = useTranslation();
  const [reply, { loading }] = useReplyToTicketMutation();
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [setStatus, setSetStatus] = useState<string>('KEEP');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return setError(t('requests.staff.replyRequired'));
    const tooLong = fieldChecks(t).ticketComment(body);
    if (tooLong) return setError(tooLong);
    setError(null);
    const wanted = !internal && setStatus !== 'KEEP' ? (setStatus as TicketStatus) : null;
    try {
      await reply({
        variables: { ticketId: ticket.id, body: body.trim(), internal, setStatus: wanted },
      });
      setBody('');
      setSetStatus('KEEP');
      onDone(
        internal
          ? t('requests.staff.noteAdded')
          : wanted
            ? t('requests.staff.replySentStatus', { status: t(`requests.status.${wanted}`) })
            : t('requests.staff.replySent'),
      );
      setInternal(false);
    } catch (err) {
      onError(err);
    }
  };
  return { body, setBody, internal, setInternal, setStatus, setSetStatus, error, loading, submit };
}

interface StatusAfterReplyProps {
  ticket: Ticket;
  internal: boolean;
  value: string;
  onChange: (value: string) => void;
}

/** The status a reply leaves the request in: as it is, or one staff may set (not for notes). */
function StatusAfterReply({ ticket, internal, value, onChange }: StatusAfterReplyProps) {
  const { t } = useTranslation();
  const choices = SETTABLE.filter(
    (s) => s !== ticket.status && nextTicketStatus(ticket.status, 'SET_STATUS', s) === s,
  );
  if (choices.length === 0) return null;
  return (
    <Radio.Group
      label={t('requests.staff.statusAfter')}
      value={internal ? 'KEEP' : value}
      onChange={onChange}
      description={internal ? t('requests.staff.statusAfterInternal') : undefined}
    >
      <Group gap="lg" mt={6}>
        <Radio
          value="KEEP"
          disabled={internal}
          label={t('requests.staff.keepStatus', {
            status: t(`requests.status.${ticket.status}`),
          })}
        />
        {choices.map((s) => (
          <Radio key={s} value={s} disabled={internal} label={t(`requests.status.${s}`)} />
        ))}
      </Group>
    </Radio.Group>
  );
}

const NOTE_STYLE = {
  background: 'var(--mantine-color-yellow-0)',
  borderColor: 'var(--mantine-color-yellow-6)',
  borderStyle: 'dashed',
};

/** A public reply (emailed to the customer) or an internal note; a reply may set the status. */
export function ReplyForm(props: ActionProps) {
  const { t } = useTranslation();
  const form = useReplyForm(props);
  const { internal } = form;

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="reply-title"
      style={internal ? NOTE_STYLE : undefined}
    >
      <form onSubmit={(e) => void form.submit(e)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="reply-title">
            {internal ? t('requests.staff.noteTitle') : t('requests.staff.replyTitle')}
          </Title>
          <Textarea
            label={internal ? t('requests.staff.noteLabel') : t('requests.staff.replyLabel')}
            description={internal ? t('requests.staff.noteHint') : t('requests.staff.replyHint')}
            value={form.body}
            onChange={(e) => form.setBody(e.currentTarget.value)}
            error={form.error}
            autosize
            minRows={4}
            maxRows={16}
          />
          <Checkbox
            label={t('requests.staff.internal')}
            description={t('requests.staff.internalHint')}
            checked={internal}
            onChange={(e) => form.setInternal(e.currentTarget.checked)}
          />
          <StatusAfterReply
            ticket={props.ticket}
            internal={internal}
            value={form.setStatus}
            onChange={form.setSetStatus}
          />
          <Group>
            <Button
              type="submit"
              loading={form.loading}
              color={internal ? 'yellow.5' : undefined}
              autoContrast
            >
              {internal ? t('requests.staff.addNote') : t('requests.staff.sendReply')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** Assign or delegate to a colleague, with an internal note for them. */
export function AssignForm({ ticket, onDone, onError }: ActionProps) {
  const { t } = useTranslation();
  const { agent: me } = useViewer();
  const { data } = useAgentsQuery();
  const [assign, { loading }] = useAssignTicketMutation();
  const [agentId, setAgentId] = useState(ticket.assignee?.id ?? '');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const agents = data?.agents ?? [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!agentId) return setError(t('requests.staff.chooseAgent'));
    setError(null);
    try {
      await assign({
        variables: { ticketId: ticket.id, agentId, note: note.trim() || null },
      });
      setNote('');
      const name = agents.find((a) => a.id === agentId)?.name ?? '';
      onDone(t('requests.staff.assigned', { name }));
    } catch (err) {
      onError(err);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="xs">
        <NativeSelect
          label={t('requests.staff.assignTo')}
          value={agentId}
          onChange={(e) => setAgentId(e.currentTarget.value)}
          error={error}
        >
          <option value="" disabled>
            {t('requests.staff.chooseAgentPlaceholder')}
          </option>
          {agents.map((a) => (
            <option key={a.id} value={a.id}>
              {a.id === me?.id ? t('requests.staff.me', { name: a.name }) : a.name}
            </option>
          ))}
        </NativeSelect>
        <Textarea
          label={t('requests.staff.assignNote')}
          description={t('requests.staff.assignNoteHint')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={6}
        />
        <Button type="submit" variant="light" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {ticket.assignee ? t('requests.staff.delegate') : t('requests.staff.assign')}
        </Button>
      </Stack>
    </form>
  );
}

export function ResolveModal({
  ticket,
  opened,
  onClose,
  onDone,
  onError,
}: ActionProps & { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [resolve, { loading }] = useResolveTicketMutation();
  const [comment, setComment] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await resolve({ variables: { ticketId: ticket.id, comment: comment.trim() || null } });
      setComment('');
      onDone(t('requests.staff.resolved'));
    } catch (err) {
      onError(err);
    } finally {
      onClose();
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('requests.staff.resolveTitle')} centered>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('requests.staff.resolveText')}</Text>
          <Textarea
            label={t('requests.staff.resolveComment')}
            description={t('requests.staff.resolveCommentHint')}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            autosize
            minRows={3}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="teal.9" loading={loading}>
              {t('requests.staff.resolve')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
