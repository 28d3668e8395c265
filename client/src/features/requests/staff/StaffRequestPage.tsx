import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Divider,
  Grid,
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
import { Link, useParams } from 'react-router';
import { ROUTES } from '../../../../../shared/src/routes';
import { nextTicketStatus, type TicketStatus } from '../../../../../shared/src/tickets';
import { hasCode } from '../../../lib/errors';
import { PageTitle } from '../../../ui/PageTitle';
import { useViewer } from '../../../lib/session';
import { fieldChecks } from '../../../lib/validation';
import {
  useAgentsQuery,
  useAssignTicketMutation,
  useReplyToTicketMutation,
  useResolveTicketMutation,
  useTicketQuery,
  type TicketDetailFieldsFragment,
} from '../../../gql/graphql';
import {
  Conversation,
  describeTicketError,
  Fact,
  isStaleError,
  RelativeTime,
  TicketStatusBadge,
} from '../components';
import { formatDateTime, formatDeadline, personName } from '../format';
import { Attachments } from '../Attachments';
import { BackLink } from '../../../ui/BackLink';
import { LoadError } from '../../../ui/LoadError';
import { Loading } from '../../../ui/Loading';

type Ticket = TicketDetailFieldsFragment;
type Feedback = { kind: 'notice' | 'problem'; title?: string; message: string };
interface ActionProps {
  ticket: Ticket;
  onDone: (message: string) => void;
  onError: (err: unknown) => void;
}

const SETTABLE: readonly TicketStatus[] = ['WAITING_FOR_CUSTOMER', 'IN_PROGRESS'];

/** A public reply (emailed to the customer) or an internal note; a reply may set the status. */
function ReplyForm({ ticket, onDone, onError }: ActionProps) {
  const { t } = useTranslation();
  const [reply, { loading }] = useReplyToTicketMutation();
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [setStatus, setSetStatus] = useState<string>('KEEP');
  const [error, setError] = useState<string | null>(null);
  const choices = SETTABLE.filter(
    (s) => s !== ticket.status && nextTicketStatus(ticket.status, 'SET_STATUS', s) === s,
  );

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

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="reply-title"
      style={
        internal
          ? {
              background: 'var(--mantine-color-yellow-0)',
              borderColor: 'var(--mantine-color-yellow-6)',
              borderStyle: 'dashed',
            }
          : undefined
      }
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="reply-title">
            {internal ? t('requests.staff.noteTitle') : t('requests.staff.replyTitle')}
          </Title>
          <Textarea
            label={internal ? t('requests.staff.noteLabel') : t('requests.staff.replyLabel')}
            description={internal ? t('requests.staff.noteHint') : t('requests.staff.replyHint')}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            error={error}
            autosize
            minRows={4}
            maxRows={16}
          />
          <Checkbox
            label={t('requests.staff.internal')}
            description={t('requests.staff.internalHint')}
            checked={internal}
            onChange={(e) => setInternal(e.currentTarget.checked)}
          />
          {choices.length > 0 && (
            <Radio.Group
              label={t('requests.staff.statusAfter')}
              value={internal ? 'KEEP' : setStatus}
              onChange={setSetStatus}
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
          )}
          <Group>
            <Button
              type="submit"
              loading={loading}
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
function AssignForm({ ticket, onDone, onError }: ActionProps) {
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

function ResolveModal({
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

/** Where the request stands for staff: whose move it is and the automatic deadlines. */
function StaffBanner({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  if (ticket.status === 'WAITING_FOR_CUSTOMER' && ticket.autoResolveAt) {
    return (
      <Alert color="orange" variant="light" role="note" title={t('requests.staff.waitingTitle')}>
        {t('requests.staff.waitingText', { date: formatDeadline(ticket.autoResolveAt) })}
      </Alert>
    );
  }
  if (ticket.status === 'RESOLVED') {
    return (
      <Alert color="teal" variant="light" role="note" title={t('requests.detail.resolvedTitle')}>
        {ticket.autoCloseAt
          ? t('requests.staff.resolvedText', { date: formatDeadline(ticket.autoCloseAt) })
          : t('requests.detail.resolvedText')}
      </Alert>
    );
  }
  if (ticket.status === 'CLOSED' || ticket.status === 'CANCELED') {
    return (
      <Alert
        color="gray"
        variant="light"
        role="note"
        title={
          ticket.status === 'CLOSED'
            ? t('requests.detail.closedTitle')
            : t('requests.detail.canceledTitle')
        }
      >
        {t('requests.staff.finalText')}
      </Alert>
    );
  }
  return null;
}

/** /staff/requests/:key — the whole conversation with internal notes, and the agent's steps. */
export function StaffRequestPage() {
  const { t } = useTranslation();
  const { key = '' } = useParams();
  const { data, loading, error, refetch } = useTicketQuery({
    variables: { key },
    fetchPolicy: 'cache-and-network',
  });
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [resolving, setResolving] = useState(false);
  const ticket = data?.ticket ?? null;

  if (!ticket && loading) return <Loading size="sm" />;
  if (!ticket) {
    if (error && !hasCode(error, 'NOT_FOUND')) {
      return (
        <LoadError
          title={t('requests.detail.loadFailed')}
          error={error}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      );
    }
    return (
      <Stack gap="md" align="flex-start">
        <PageTitle page={t('requests.detail.notFoundTitle')} />
        <Title order={1}>{t('requests.detail.notFoundTitle')}</Title>
        <Text>{t('requests.detail.notFound', { key })}</Text>
        <Button component={Link} to={ROUTES.staffRequests}>
          {t('requests.staff.queueTitle')}
        </Button>
      </Stack>
    );
  }

  const done = (message: string) => setFeedback({ kind: 'notice', message });
  const failed = (err: unknown) => {
    const stale = isStaleError(err);
    setFeedback({
      kind: 'problem',
      title: hasCode(err, 'TICKET_CLOSED')
        ? t('requests.errors.closedTitle')
        : hasCode(err, 'ILLEGAL_TRANSITION')
          ? t('requests.errors.transitionTitle')
          : t('requests.detail.actionFailed'),
      message: describeTicketError(err, t),
    });
    if (stale) void refetch().catch(() => undefined);
  };

  const canReply = nextTicketStatus(ticket.status, 'AGENT_REPLY') !== null;
  const canAssign = nextTicketStatus(ticket.status, 'ASSIGN') !== null;
  const canResolve = nextTicketStatus(ticket.status, 'RESOLVE') !== null;

  return (
    <Stack gap="lg">
      <PageTitle page={`${ticket.key} · ${ticket.subject}`} />
      <BackLink to={ROUTES.staffRequests}>{t('requests.staff.queueTitle')}</BackLink>
      <Stack gap={6}>
        <Group gap="sm">
          <Badge variant="outline" color="gray" size="lg" radius="sm">
            {ticket.key}
          </Badge>
          <TicketStatusBadge status={ticket.status} size="lg" />
          <Text size="sm" c="dimmed">
            {t(`requests.portals.${ticket.portalKey}`)} · {ticket.requestType.name}
          </Text>
        </Group>
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {ticket.subject}
        </Title>
        <Text c="dimmed" size="sm">
          {t('requests.detail.raisedBy', {
            name: ticket.reporter
              ? `${personName(ticket.reporter)} <${ticket.reporter.email}>`
              : t('requests.detail.reporterGone'),
            date: formatDateTime(ticket.createdAt),
          })}
        </Text>
      </Stack>

      {feedback && (
        <Alert
          color={feedback.kind === 'notice' ? 'green' : 'red'}
          variant="light"
          role={feedback.kind === 'notice' ? 'status' : 'alert'}
          title={feedback.title}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setFeedback(null)}
        >
          {feedback.message}
        </Alert>
      )}

      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <StaffBanner ticket={ticket} />
            <Stack gap="sm" component="section" aria-labelledby="conversation-title">
              <Title order={2} size="h4" id="conversation-title">
                {t('requests.conversation.title')}
              </Title>
              <Conversation ticket={ticket} />
            </Stack>
            {canReply && <ReplyForm ticket={ticket} onDone={done} onError={failed} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper
            withBorder
            p="md"
            radius="md"
            component="aside"
            aria-label={t('requests.detail.details')}
          >
            <Stack gap="md">
              <Fact label={t('requests.columns.status')}>
                <Stack gap={6} align="flex-start">
                  <TicketStatusBadge status={ticket.status} size="lg" />
                  {ticket.status === 'WAITING_FOR_CUSTOMER' && ticket.autoResolveAt && (
                    <Text size="xs" c="dimmed">
                      {t('requests.detail.autoResolveShort', {
                        date: formatDateTime(ticket.autoResolveAt),
                      })}
                    </Text>
                  )}
                  {ticket.status === 'RESOLVED' && ticket.autoCloseAt && (
                    <Text size="xs" c="dimmed">
                      {t('requests.staff.resolvedText', {
                        date: formatDateTime(ticket.autoCloseAt),
                      })}
                    </Text>
                  )}
                  {canResolve && (
                    <Button color="teal.9" size="sm" onClick={() => setResolving(true)}>
                      {t('requests.staff.resolveButton')}
                    </Button>
                  )}
                </Stack>
              </Fact>
              <Fact label={t('requests.staff.assigneeColumn')}>
                {ticket.assignee ? (
                  ticket.assignee.name
                ) : (
                  <Text size="sm" c="dimmed" fs="italic">
                    {t('requests.staff.nobody')}
                  </Text>
                )}
              </Fact>
              {canAssign && <AssignForm ticket={ticket} onDone={done} onError={failed} />}
              <Divider />
              <Fact label={t('requests.columns.reporter')}>
                {ticket.reporter ? (
                  <>
                    <Text size="sm">{personName(ticket.reporter)}</Text>
                    <Text size="xs" c="dimmed">
                      {ticket.reporter.email}
                    </Text>
                  </>
                ) : (
                  t('requests.detail.reporterGone')
                )}
              </Fact>
              <Fact label={t('requests.attachments.title')}>
                <Attachments
                  ticket={ticket}
                  canAdd={ticket.status !== 'CLOSED' && ticket.status !== 'CANCELED'}
                  onAdded={(name) => {
                    done(t('requests.attachments.added', { name }));
                    void refetch().catch(() => undefined);
                  }}
                />
              </Fact>
              <Fact label={t('requests.detail.participants')}>
                {ticket.participants.length === 0
                  ? t('requests.detail.noParticipants')
                  : ticket.participants.map((p) => personName(p)).join(', ')}
              </Fact>
              <Fact label={t('requests.detail.raised')}>{formatDateTime(ticket.createdAt)}</Fact>
              <Fact label={t('requests.columns.lastActivity')}>
                <RelativeTime iso={ticket.lastActivityAt} />
              </Fact>
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
      <ResolveModal
        ticket={ticket}
        opened={resolving}
        onClose={() => setResolving(false)}
        onDone={done}
        onError={failed}
      />
    </Stack>
  );
}
