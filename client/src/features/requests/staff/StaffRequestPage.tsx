import { SatisfactionSummary } from '../Satisfaction';
import { Alert, Button, Divider, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ROUTES } from '../../../../../shared/src/routes';
import { nextTicketStatus } from '../../../../../shared/src/tickets';
import { hasCode } from '../../../lib/errors';
import { useStaffTicketCustomerQuery, type TicketDetailFieldsFragment } from '../../../gql/graphql';
import { CustomerCard } from '../../../ui/CustomerCompany';
import { RelativeTime, TicketStatusBadge } from '../components';
import { describeTicketError, Fact, isStaleError } from '../detail';
import { Attachments } from '../Attachments';
import {
  FeedbackAlert,
  TicketHeader,
  TicketLayout,
  TicketLoader,
  type Feedback,
} from '../TicketDetail';
import { BackLink } from '../../../ui/BackLink';
import { ReplyForm, AssignForm, ResolveModal } from './StaffActions';
import { ServiceLevelClocks } from './ServiceLevelClock';
import { formatDateTime, formatDeadline, personName } from '../../../lib/format';

type Ticket = TicketDetailFieldsFragment;
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

interface StaffSidebarProps {
  ticket: Ticket;
  onResolve: (() => void) | null;
  done: (message: string) => void;
  failed: (err: unknown) => void;
  reload: () => void;
}

/** The status, when it moves on by itself, and "Resolve" when staff may. */
function StatusFact({ ticket, onResolve }: Pick<StaffSidebarProps, 'ticket' | 'onResolve'>) {
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
            {t('requests.staff.resolvedText', {
              date: formatDateTime(ticket.autoCloseAt),
            })}
          </Text>
        )}
        {onResolve && (
          <Button color="teal.9" size="sm" onClick={onResolve}>
            {t('requests.staff.resolveButton')}
          </Button>
        )}
      </Stack>
    </Fact>
  );
}

/** The request's facts for staff, with assigning and resolving. */
function StaffSidebar({ ticket, onResolve, done, failed, reload }: StaffSidebarProps) {
  const { t } = useTranslation();
  const canAssign = nextTicketStatus(ticket.status, 'ASSIGN') !== null;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="aside"
      aria-label={t('requests.detail.details')}
    >
      <Stack gap="md">
        <StatusFact ticket={ticket} onResolve={onResolve} />
        <Fact label={t('requests.sla.title')}>
          <ServiceLevelClocks ticketKey={ticket.key} version={ticket.lastActivityAt} />
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
            t('requests.reporterGone')
          )}
        </Fact>
        <Fact label={t('requests.attachments.title')}>
          <Attachments
            ticket={ticket}
            canAdd={ticket.status !== 'CLOSED' && ticket.status !== 'CANCELED'}
            onAdded={(name) => {
              done(t('requests.attachments.added', { name }));
              reload();
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
  );
}

/** Who the customer is: the company's name, tax ID and contract state. */
function TicketCustomer({ ticketKey }: { ticketKey: string }) {
  const { data } = useStaffTicketCustomerQuery({ variables: { key: ticketKey } });
  return <CustomerCard company={data?.ticket?.company} />;
}

/** The request as staff work on it: the conversation, the reply, and the side facts. */
function StaffRequestView({ ticket, reload }: { ticket: Ticket; reload: () => void }) {
  const { t } = useTranslation();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [resolving, setResolving] = useState(false);

  const done = (message: string) => setFeedback({ kind: 'notice', message });
  const failed = (err: unknown) => {
    setFeedback({
      kind: 'problem',
      title: hasCode(err, 'TICKET_CLOSED')
        ? t('requests.errors.closedTitle')
        : hasCode(err, 'ILLEGAL_TRANSITION')
          ? t('requests.errors.transitionTitle')
          : t('requests.detail.actionFailed'),
      message: describeTicketError(err, t),
    });
    if (isStaleError(err)) reload();
  };

  const canReply = nextTicketStatus(ticket.status, 'AGENT_REPLY') !== null;
  const canResolve = nextTicketStatus(ticket.status, 'RESOLVE') !== null;
  const reporter = ticket.reporter
    ? `${personName(ticket.reporter)} <${ticket.reporter.email}>`
    : t('requests.reporterGone');

  return (
    <Stack gap="lg">
      <BackLink to={ROUTES.staffRequests}>{t('requests.staff.queueTitle')}</BackLink>
      <TicketHeader
        ticket={ticket}
        reporter={reporter}
        aside={
          <Text size="sm" c="dimmed">
            {t(`requests.portals.${ticket.portalKey}`)} · {ticket.requestType.fullName}
          </Text>
        }
      />
      <TicketCustomer ticketKey={ticket.key} />
      {feedback && <FeedbackAlert feedback={feedback} onClose={() => setFeedback(null)} />}
      <TicketLayout
        ticket={ticket}
        side="staff"
        banner={
          <>
            <StaffBanner ticket={ticket} />
            <SatisfactionSummary ticketKey={ticket.key} />
          </>
        }
        forms={canReply && <ReplyForm ticket={ticket} onDone={done} onError={failed} />}
        aside={
          <StaffSidebar
            ticket={ticket}
            onResolve={canResolve ? () => setResolving(true) : null}
            done={done}
            failed={failed}
            reload={reload}
          />
        }
      />
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

/** /staff/requests/:key: one request, for the agents. */
export function StaffRequestPage() {
  const { t } = useTranslation();
  const { key = '' } = useParams();
  return (
    <TicketLoader
      ticketKey={key}
      back={{ to: ROUTES.staffRequests, label: t('requests.staff.queueTitle') }}
    >
      {({ ticket, reload }) => <StaffRequestView ticket={ticket} reload={reload} />}
    </TicketLoader>
  );
}
