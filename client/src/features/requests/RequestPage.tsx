import { Alert, Button, Divider, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ROUTES } from '../../../../shared/src/routes';
import { nextTicketStatus } from '../../../../shared/src/tickets';
import { useViewer } from '../../lib/session';
import { usePortalsQuery, type TicketDetailFieldsFragment } from '../../gql/graphql';
import { RelativeTime, TicketStatusBadge } from './components';
import { describeTicketError, Fact, isStaleError } from './detail';
import type { CreatedState } from './NewRequestPage';
import { SatisfactionCard } from './Satisfaction';
import { ShareModal } from './ShareModal';
import {
  FeedbackAlert,
  TicketHeader,
  TicketLayout,
  TicketLoader,
  type Feedback,
} from './TicketDetail';
import { Attachments } from './Attachments';
import { BackLink } from '../../ui/BackLink';
import { CommentForm, ReopenForm, CancelModal } from './CustomerActions';
import { formatDateTime, formatDeadline, personName } from '../../lib/format';

type Ticket = TicketDetailFieldsFragment;

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

/** The status, and when it moves on by itself. */
function StatusFact({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  return (
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
  );
}

/** Who else follows the request, and "Share" while it is open. */
function ParticipantsFact({ ticket, onShare }: { ticket: Ticket; onShare: (() => void) | null }) {
  const { t } = useTranslation();
  return (
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
        <StatusFact ticket={ticket} />
        <Fact label={t('requests.columns.type')}>{ticket.requestType.fullName}</Fact>
        <Fact label={t('requests.detail.portal')}>{portalName}</Fact>
        <Fact label={t('requests.columns.reporter')}>
          {ticket.reporter ? personName(ticket.reporter) : t('requests.reporterGone')}
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
        <ParticipantsFact ticket={ticket} onShare={onShare} />
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

/** The notice after creating the request, and what the actions report (done or failed). */
function useRequestFeedback(ticket: Ticket, reload: () => void) {
  const { t } = useTranslation();
  const location = useLocation();
  const { representative } = useViewer();
  const createdState = location.state as CreatedState | null;
  const created = !!createdState?.created;
  const [feedback, setFeedback] = useState<Feedback | null>(
    created
      ? {
          kind: 'notice',
          title: t('requests.detail.createdTitle'),
          message: t('requests.detail.createdText', {
            key: ticket.key,
            email: representative?.email ?? '',
          }),
        }
      : null,
  );
  const done = (message: string) => setFeedback({ kind: 'notice', message });
  const failed = (err: unknown) => {
    setFeedback({
      kind: 'problem',
      title: t('requests.detail.actionFailed'),
      message: describeTicketError(err, t),
    });
    if (isStaleError(err)) reload();
  };
  const notAttached = created ? (createdState?.notAttached ?? []) : [];
  return { feedback, clear: () => setFeedback(null), done, failed, notAttached };
}

/** A closed or canceled request takes no comment and no file any more. */
const isFinal = (ticket: Ticket) => ticket.status === 'CLOSED' || ticket.status === 'CANCELED';

/** Under the conversation: the comment or reopen form, or the line that says it is closed. */
function RequestForms(props: {
  ticket: Ticket;
  onDone: (message: string) => void;
  onError: (err: unknown) => void;
}) {
  const { t } = useTranslation();
  const { ticket } = props;
  if (isFinal(ticket)) {
    return (
      <Text c="dimmed" role="note">
        {t('requests.detail.closedNotice')}
      </Text>
    );
  }
  const canComment = nextTicketStatus(ticket.status, 'CUSTOMER_COMMENT') !== null;
  const canReopen = nextTicketStatus(ticket.status, 'REOPEN') !== null;
  return (
    <>
      {canComment && <CommentForm {...props} />}
      {canReopen && <ReopenForm {...props} />}
    </>
  );
}

/** The request's own page for the customer: the conversation, and what they can do now. */
function RequestView({ ticket, reload }: { ticket: Ticket; reload: () => void }) {
  const { t } = useTranslation();
  const { feedback, clear, done, failed, notAttached } = useRequestFeedback(ticket, reload);
  const [sharing, setSharing] = useState(false);
  const [canceling, setCanceling] = useState(false);
  const canCancel = nextTicketStatus(ticket.status, 'CANCEL') !== null;
  const open = !isFinal(ticket);
  const reporter = ticket.reporter ? personName(ticket.reporter) : t('requests.reporterGone');
  const attached = (name: string) => {
    done(t('requests.attachments.added', { name }));
    reload();
  };

  return (
    <Stack gap="lg">
      <BackLink to={ROUTES.requests}>{t('requests.detail.back')}</BackLink>
      <TicketHeader ticket={ticket} reporter={reporter} />
      {feedback?.kind === 'notice' && <FeedbackAlert feedback={feedback} onClose={clear} />}
      {notAttached.length > 0 && (
        <Alert color="orange" variant="light" role="alert" title={t('requests.attachments.failed')}>
          {t('requests.detail.filesFailed', { names: notAttached.join(', ') })}
        </Alert>
      )}
      {feedback?.kind === 'problem' && <FeedbackAlert feedback={feedback} onClose={clear} />}
      <TicketLayout
        ticket={ticket}
        side="customer"
        banner={
          <>
            <StatusBanner ticket={ticket} />
            <SatisfactionCard ticketKey={ticket.key} />
          </>
        }
        forms={<RequestForms ticket={ticket} onDone={done} onError={failed} />}
        aside={
          <Sidebar
            ticket={ticket}
            onShare={open ? () => setSharing(true) : null}
            onCancel={canCancel ? () => setCanceling(true) : null}
            onAttached={open ? attached : null}
          />
        }
      />
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

/** /requests/:key: one request of the company. */
export function RequestPage() {
  const { t } = useTranslation();
  const { key = '' } = useParams();
  return (
    <TicketLoader ticketKey={key} back={{ to: ROUTES.requests, label: t('requests.detail.back') }}>
      {({ ticket, reload }) => <RequestView ticket={ticket} reload={reload} />}
    </TicketLoader>
  );
}
