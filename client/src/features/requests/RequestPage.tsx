import {
  Alert,
  Badge,
  Button,
  Divider,
  Grid,
  Group,
  Modal,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ROUTES } from '../../../../shared/src/routes';
import { nextTicketStatus } from '../../../../shared/src/tickets';
import { hasCode } from '../../lib/errors';
import { PageTitle } from '../../ui/PageTitle';
import { useViewer } from '../../lib/session';
import { fieldChecks } from '../../lib/validation';
import {
  useCancelTicketMutation,
  useCommentOnTicketMutation,
  usePortalsQuery,
  useReopenTicketMutation,
  useTicketQuery,
  type TicketDetailFieldsFragment,
} from '../../gql/graphql';
import {
  Conversation,
  describeTicketError,
  Fact,
  isStaleError,
  RelativeTime,
  TicketStatusBadge,
} from './components';
import { formatDateTime, formatDeadline, personName } from './format';
import type { CreatedState } from './NewRequestPage';
import { ShareModal } from './ShareModal';
import { Attachments } from './Attachments';
import { BackLink } from '../../ui/BackLink';
import { LoadError } from '../../ui/LoadError';
import { Loading } from '../../ui/Loading';

type Ticket = TicketDetailFieldsFragment;

interface Feedback {
  kind: 'notice' | 'problem';
  title?: string;
  message: string;
}

/** The link that raises a new request pre-filled from this one. */
export const raiseAgainPath = (key: string) =>
  `${ROUTES.requestsNew}?from=${encodeURIComponent(key)}`;

/** What the request's status means for the customer, above the conversation. */
function StatusBanner({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  switch (ticket.status) {
    case 'WAITING_FOR_CUSTOMER':
      return (
        <Alert color="orange" variant="light" role="note" title={t('requests.detail.waitingTitle')}>
          {ticket.autoResolveAt
            ? t('requests.detail.autoResolve', { date: formatDeadline(ticket.autoResolveAt) })
            : t('requests.detail.waitingText')}
        </Alert>
      );
    case 'RESOLVED':
      return (
        <Alert color="teal" variant="light" role="note" title={t('requests.detail.resolvedTitle')}>
          {ticket.autoCloseAt
            ? t('requests.detail.autoClose', { date: formatDeadline(ticket.autoCloseAt) })
            : t('requests.detail.resolvedText')}
        </Alert>
      );
    case 'CLOSED':
    case 'CANCELED':
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
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('requests.detail.finalText')}</Text>
            <Button component={Link} to={raiseAgainPath(ticket.key)}>
              {t('requests.detail.raiseNew')}
            </Button>
          </Stack>
        </Alert>
      );
    default:
      return null;
  }
}

/** A comment (or, while support waits for the customer, their answer). */
function CommentForm({
  ticket,
  onDone,
  onError,
}: {
  ticket: Ticket;
  onDone: (message: string) => void;
  onError: (err: unknown) => void;
}) {
  const { t } = useTranslation();
  const [comment, { loading }] = useCommentOnTicketMutation();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const waiting = ticket.status === 'WAITING_FOR_CUSTOMER';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return setError(t('requests.detail.commentRequired'));
    const tooLong = fieldChecks(t).ticketComment(body);
    if (tooLong) return setError(tooLong);
    setError(null);
    try {
      await comment({ variables: { ticketId: ticket.id, body: body.trim() } });
      setBody('');
      onDone(waiting ? t('requests.detail.answerSent') : t('requests.detail.commentSent'));
    } catch (err) {
      onError(err);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Textarea
          label={waiting ? t('requests.detail.answerLabel') : t('requests.detail.commentLabel')}
          description={waiting ? t('requests.detail.answerHint') : t('requests.detail.commentHint')}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          error={error}
          autosize
          minRows={4}
          maxRows={16}
        />
        <Group>
          <Button type="submit" loading={loading}>
            {waiting ? t('requests.detail.sendAnswer') : t('requests.detail.sendComment')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A resolved request comes back to support with a comment that says what is still wrong. */
function ReopenForm({
  ticket,
  onDone,
  onError,
}: {
  ticket: Ticket;
  onDone: (message: string) => void;
  onError: (err: unknown) => void;
}) {
  const { t } = useTranslation();
  const [reopen, { loading }] = useReopenTicketMutation();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return setError(t('requests.detail.reopenRequired'));
    const tooLong = fieldChecks(t).ticketComment(body);
    if (tooLong) return setError(tooLong);
    setError(null);
    try {
      await reopen({ variables: { ticketId: ticket.id, comment: body.trim() } });
      setBody('');
      onDone(t('requests.detail.reopened'));
    } catch (err) {
      onError(err);
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="reopen-title">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="reopen-title">
            {t('requests.detail.reopenTitle')}
          </Title>
          <Textarea
            label={t('requests.detail.reopenLabel')}
            description={t('requests.detail.reopenHint')}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            error={error}
            autosize
            minRows={3}
            maxRows={12}
            required
          />
          <Group>
            <Button type="submit" loading={loading}>
              {t('requests.detail.reopen')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function CancelModal({
  ticket,
  opened,
  onClose,
  onDone,
  onError,
}: {
  ticket: Ticket;
  opened: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
  onError: (err: unknown) => void;
}) {
  const { t } = useTranslation();
  const [cancel, { loading }] = useCancelTicketMutation();
  const confirm = async () => {
    try {
      await cancel({ variables: { ticketId: ticket.id } });
      onDone(t('requests.detail.canceled'));
    } catch (err) {
      onError(err);
    } finally {
      onClose();
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('requests.cancel.title')} centered>
      <Stack gap="lg">
        <Text>{t('requests.cancel.text', { key: ticket.key })}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('requests.cancel.keep')}
          </Button>
          <Button color="red" loading={loading} onClick={() => void confirm()}>
            {t('requests.cancel.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function Sidebar({
  ticket,
  onShare,
  onCancel,
  onAttached,
}: {
  ticket: Ticket;
  onShare: (() => void) | null;
  onCancel: (() => void) | null;
  onAttached: ((fileName: string) => void) | null;
}) {
  const { t } = useTranslation();
  const { data: portals } = usePortalsQuery();
  const portalName =
    portals?.portals.find((p) => p.key === ticket.portalKey)?.name ??
    t(`requests.portals.${ticket.portalKey}`);
  return (
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
                {t('requests.detail.autoCloseShort', { date: formatDateTime(ticket.autoCloseAt) })}
              </Text>
            )}
          </Stack>
        </Fact>
        <Fact label={t('requests.columns.type')}>{ticket.requestType.name}</Fact>
        <Fact label={t('requests.detail.portal')}>{portalName}</Fact>
        <Fact label={t('requests.columns.reporter')}>
          {ticket.reporter ? personName(ticket.reporter) : t('requests.detail.reporterGone')}
        </Fact>
        <Fact label={t('requests.detail.raised')}>{formatDateTime(ticket.createdAt)}</Fact>
        <Fact label={t('requests.columns.lastActivity')}>
          <RelativeTime iso={ticket.lastActivityAt} />
        </Fact>
        <Fact label={t('requests.attachments.title')}>
          <Attachments
            ticket={ticket}
            canAdd={!!onAttached}
            onAdded={(name) => onAttached?.(name)}
          />
        </Fact>
        <Divider />
        <Fact label={t('requests.detail.participants')}>
          <Stack gap={6} align="flex-start">
            {ticket.participants.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('requests.detail.noParticipants')}
              </Text>
            ) : (
              <Stack component="ul" gap={2} p={0} m={0} style={{ listStyle: 'none' }}>
                {ticket.participants.map((p) => (
                  <li key={p.id}>{personName(p)}</li>
                ))}
              </Stack>
            )}
            {onShare && (
              <Button variant="light" size="compact-sm" onClick={onShare}>
                {t('requests.detail.share')}
              </Button>
            )}
          </Stack>
        </Fact>
        {onCancel && (
          <>
            <Divider />
            <Button
              variant="outline"
              color="red"
              size="sm"
              onClick={onCancel}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('requests.detail.cancel')}
            </Button>
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** /requests/:key — the conversation, what happens next, and the request's facts. */
export function RequestPage() {
  const { t } = useTranslation();
  const { key = '' } = useParams();
  const location = useLocation();
  const { representative } = useViewer();
  const createdState = location.state as CreatedState | null;
  const created = !!createdState?.created;
  const notAttached = createdState?.notAttached ?? [];
  const { data, loading, error, refetch } = useTicketQuery({
    variables: { key },
    fetchPolicy: 'cache-and-network',
  });
  const [feedback, setFeedback] = useState<Feedback | null>(
    created ? { kind: 'notice', message: '' } : null,
  );
  const [sharing, setSharing] = useState(false);
  const [canceling, setCanceling] = useState(false);

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
        <Button component={Link} to={ROUTES.requests}>
          {t('requests.detail.back')}
        </Button>
      </Stack>
    );
  }

  const done = (message: string) => setFeedback({ kind: 'notice', message });
  const failed = (err: unknown) => {
    setFeedback({
      kind: 'problem',
      title: t('requests.detail.actionFailed'),
      message: describeTicketError(err, t),
    });
    if (isStaleError(err)) void refetch().catch(() => undefined);
  };

  const canComment = nextTicketStatus(ticket.status, 'CUSTOMER_COMMENT') !== null;
  const canReopen = nextTicketStatus(ticket.status, 'REOPEN') !== null;
  const canCancel = nextTicketStatus(ticket.status, 'CANCEL') !== null;
  const canShare = ticket.status !== 'CLOSED' && ticket.status !== 'CANCELED';

  const noticeText =
    feedback?.kind === 'notice' && !feedback.message && created
      ? t('requests.detail.createdText', {
          key: ticket.key,
          email: representative?.email ?? '',
        })
      : (feedback?.message ?? '');

  return (
    <Stack gap="lg">
      <PageTitle page={`${ticket.key} · ${ticket.subject}`} />
      <BackLink to={ROUTES.requests}>{t('requests.detail.back')}</BackLink>
      <Stack gap={6}>
        <Group gap="sm">
          <Badge variant="outline" color="gray" size="lg" radius="sm">
            {ticket.key}
          </Badge>
          <TicketStatusBadge status={ticket.status} size="lg" />
        </Group>
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {ticket.subject}
        </Title>
        <Text c="dimmed" size="sm">
          {t('requests.detail.raisedBy', {
            name: ticket.reporter ? personName(ticket.reporter) : t('requests.detail.reporterGone'),
            date: formatDateTime(ticket.createdAt),
          })}
        </Text>
      </Stack>

      {feedback?.kind === 'notice' && (
        <Alert
          color="green"
          variant="light"
          role="status"
          title={created && !feedback.message ? t('requests.detail.createdTitle') : undefined}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setFeedback(null)}
        >
          {noticeText}
        </Alert>
      )}
      {created && notAttached.length > 0 && (
        <Alert color="orange" variant="light" role="alert" title={t('requests.attachments.failed')}>
          {t('requests.detail.filesFailed', { names: notAttached.join(', ') })}
        </Alert>
      )}
      {feedback?.kind === 'problem' && (
        <Alert
          color="red"
          variant="light"
          role="alert"
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
            <StatusBanner ticket={ticket} />
            <Stack gap="sm" component="section" aria-labelledby="conversation-title">
              <Title order={2} size="h4" id="conversation-title">
                {t('requests.conversation.title')}
              </Title>
              <Conversation ticket={ticket} />
            </Stack>
            {canComment && <CommentForm ticket={ticket} onDone={done} onError={failed} />}
            {canReopen && <ReopenForm ticket={ticket} onDone={done} onError={failed} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Sidebar
            ticket={ticket}
            onShare={canShare ? () => setSharing(true) : null}
            onCancel={canCancel ? () => setCanceling(true) : null}
            onAttached={
              canShare
                ? (name) => {
                    done(t('requests.attachments.added', { name }));
                    void refetch().catch(() => undefined);
                  }
                : null
            }
          />
        </Grid.Col>
      </Grid>

      <ShareModal
        ticket={ticket}
        opened={sharing}
        onClose={() => setSharing(false)}
        onShared={(names) => {
          setSharing(false);
          done(t('requests.share.done', { names: names.join(', ') }));
        }}
      />
      <CancelModal
        ticket={ticket}
        opened={canceling}
        onClose={() => setCanceling(false)}
        onDone={done}
        onError={failed}
      />
    </Stack>
  );
}
