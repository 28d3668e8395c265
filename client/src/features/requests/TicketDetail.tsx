import { Alert, Badge, Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTicketQuery, type TicketDetailFieldsFragment } from '../../gql/graphql';
import { hasCode } from '../../lib/errors';
import { LoadError } from '../../ui/LoadError';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { TicketStatusBadge } from './components';
import { Conversation } from './detail';
import { LinkedDocuments } from './DocumentLinks';
import { formatDateTime } from '../../lib/format';
import { NewReplyNotice, useLiveTicket } from './LiveTicket';

type Ticket = TicketDetailFieldsFragment;

/** A message above a request after an action: done (green) or what went wrong (red). */
export interface Feedback {
  kind: 'notice' | 'problem';
  title?: string;
  message: ReactNode;
}

/** The request of a detail page (customer or staff), asked again after changes elsewhere. */
export function useTicket(key: string) {
  const { data, loading, error, refetch } = useTicketQuery({
    variables: { key },
    fetchPolicy: 'cache-and-network',
  });
  return {
    ticket: data?.ticket ?? null,
    loading,
    error,
    reload: () => void refetch().catch(() => undefined),
  };
}

interface TicketMissingProps {
  ticketKey: string;
  loading: boolean;
  error: unknown;
  reload: () => void;
  back: { to: string; label: string };
}

/** In place of a request that is loading, did not load, or does not exist (for this person). */
export function TicketMissing({ ticketKey, loading, error, reload, back }: TicketMissingProps) {
  const { t } = useTranslation();
  if (loading) return <Loading size="sm" />;
  if (error && !hasCode(error, 'NOT_FOUND')) {
    return <LoadError title={t('requests.detail.loadFailed')} error={error} onRetry={reload} />;
  }
  return (
    <Stack gap="md" align="flex-start">
      <PageTitle page={t('requests.detail.notFoundTitle')} />
      <Title order={1}>{t('requests.detail.notFoundTitle')}</Title>
      <Text>{t('requests.detail.notFound', { key: ticketKey })}</Text>
      <Button component={Link} to={back.to}>
        {back.label}
      </Button>
    </Stack>
  );
}

interface TicketLoaderProps {
  ticketKey: string;
  back: { to: string; label: string };
  children: (loaded: { ticket: Ticket; reload: () => void }) => ReactNode;
}

/**
 * The request of a detail page by its key, or what stands in its place (loading, error, none);
 * kept up to date live, with a "New reply" notice.
 */
export function TicketLoader({ ticketKey, back, children }: TicketLoaderProps) {
  const { ticket, loading, error, reload } = useTicket(ticketKey);
  const live = useLiveTicket(ticketKey, ticket);
  if (!ticket) {
    return (
      <TicketMissing
        ticketKey={ticketKey}
        loading={loading}
        error={error}
        reload={reload}
        back={back}
      />
    );
  }
  return (
    <>
      {children({ ticket, reload })}
      {live.newReply && <NewReplyNotice name={live.newReply.name} onClose={live.dismiss} />}
    </>
  );
}

interface TicketHeaderProps {
  ticket: Ticket;
  /** Who raised it, as this side shows them. */
  reporter: string;
  /** Beside the key and status (staff: the portal and type). */
  aside?: ReactNode;
}

/** The key, status, subject, and who raised it when. */
export function TicketHeader({ ticket, reporter, aside }: TicketHeaderProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      <PageTitle page={`${ticket.key} · ${ticket.subject}`} />
      <Group gap="sm">
        <Badge variant="outline" color="gray" size="lg" radius="sm">
          {ticket.key}
        </Badge>
        <TicketStatusBadge status={ticket.status} size="lg" />
        {aside}
      </Group>
      <Title order={1} style={{ overflowWrap: 'anywhere' }}>
        {ticket.subject}
      </Title>
      <Text c="dimmed" size="sm">
        {t('requests.detail.raisedBy', { name: reporter, date: formatDateTime(ticket.createdAt) })}
      </Text>
    </Stack>
  );
}

/** The feedback alert, closable. */
export function FeedbackAlert({ feedback, onClose }: { feedback: Feedback; onClose: () => void }) {
  const { t } = useTranslation();
  const notice = feedback.kind === 'notice';
  return (
    <Alert
      color={notice ? 'green' : 'red'}
      variant="light"
      role={notice ? 'status' : 'alert'}
      title={feedback.title}
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={onClose}
    >
      {feedback.message}
    </Alert>
  );
}

interface TicketLayoutProps {
  ticket: Ticket;
  /** Above the conversation (what happens next). */
  banner: ReactNode;
  /** Under the conversation (reply, comment, reopen). */
  forms: ReactNode;
  /** The side column (facts and actions). */
  aside: ReactNode;
  /** Whose page it is: where the linked documents open. */
  side: 'customer' | 'staff';
}

/** The conversation in the main column, the request's facts beside it. */
export function TicketLayout({ ticket, banner, forms, aside, side }: TicketLayoutProps) {
  const { t } = useTranslation();
  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="lg">
          {banner}
          <Stack gap="sm" component="section" aria-labelledby="conversation-title">
            <Title order={2} size="h4" id="conversation-title">
              {t('requests.conversation.title')}
            </Title>
            <Conversation ticket={ticket} />
          </Stack>
          {forms}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap="lg">
          {aside}
          <LinkedDocuments links={ticket.links} side={side} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
