import { Badge, Box, Group, Paper, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketStatus } from '../../../../shared/src/tickets';
import { describeError, firstApiError } from '../../lib/errors';
import type { TicketDetailFieldsFragment } from '../../gql/graphql';
import { RelativeTime, TicketStatusBadge } from './components';
import { NO_TEXT, STATUS_COLOR } from './format';
import { personName } from '../../lib/format';

// The parts of a request's page, the customer's and the staff's: its conversation, the facts
// beside it, and what went wrong with a step.

/** What went wrong with a step on a request, in the user's language. */
export function describeTicketError(error: unknown, t: TFunction): string {
  const code = firstApiError(error)?.code;
  if (code === 'TICKET_CLOSED') return t('requests.errors.TICKET_CLOSED');
  if (code === 'ILLEGAL_TRANSITION') return t('requests.errors.ILLEGAL_TRANSITION');
  return describeError(error, t);
}

/** Errors after which the request on screen is out of date (someone else moved it on). */
export function isStaleError(error: unknown): boolean {
  const code = firstApiError(error)?.code;
  return code === 'TICKET_CLOSED' || code === 'ILLEGAL_TRANSITION' || code === 'NOT_FOUND';
}

type Comment = TicketDetailFieldsFragment['comments'][number];

/** A line for a step without words: "Resolved automatically", "Anna canceled the request" … */
function statusLine(comment: Comment, t: TFunction): string {
  const status = comment.statusChange as TicketStatus;
  if (comment.authorType === 'SYSTEM') {
    if (status === 'RESOLVED') return t('requests.conversation.autoResolved');
    if (status === 'CLOSED') return t('requests.conversation.autoClosed');
  }
  return t('requests.conversation.statusChanged', {
    name: comment.authorName,
    status: t(`requests.status.${status}`),
  });
}

function Message({
  author,
  kind,
  internal,
  createdAt,
  statusChange,
  children,
}: {
  author: string;
  kind: 'CUSTOMER' | 'AGENT';
  internal?: boolean;
  createdAt: string;
  statusChange?: TicketStatus | null;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const style = internal
    ? {
        background: 'var(--mantine-color-yellow-0)',
        borderColor: 'var(--mantine-color-yellow-6)',
        borderStyle: 'dashed',
      }
    : kind === 'AGENT'
      ? {
          background: 'var(--mantine-color-blue-0)',
          borderColor: 'var(--mantine-color-blue-2)',
          borderLeft: '4px solid var(--mantine-color-blue-6)',
        }
      : { background: 'var(--mantine-color-body)' };
  return (
    <Paper withBorder p="md" radius="md" style={style} data-kind={internal ? 'internal' : kind}>
      <Group justify="space-between" gap="xs" mb={6} wrap="wrap">
        <Group gap="xs">
          <Text fw={600} size="sm">
            {author}
          </Text>
          {kind === 'AGENT' && !internal && (
            <Badge size="xs" variant="light" color="blue">
              {t('requests.conversation.support')}
            </Badge>
          )}
          {internal && (
            <Badge size="xs" variant="filled" color="yellow" c="dark">
              {t('requests.conversation.internal')}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          <RelativeTime iso={createdAt} />
        </Text>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {children}
      </Text>
      {statusChange && (
        <Group gap={6} mt="sm">
          <Text size="xs" c="dimmed">
            {t('requests.conversation.statusNow')}
          </Text>
          <TicketStatusBadge status={statusChange} size="sm" />
        </Group>
      )}
    </Paper>
  );
}

/**
 * The conversation, oldest first: the description, then customers' and agents' messages
 * (agents tinted blue), internal notes (staff only: yellow, dashed, labelled) and steps of
 * the request as quiet lines.
 */
export function Conversation({ ticket }: { ticket: TicketDetailFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      <li>
        <Message
          author={ticket.reporter ? personName(ticket.reporter) : t('requests.reporterGone')}
          kind="CUSTOMER"
          createdAt={ticket.createdAt}
        >
          {ticket.description}
        </Message>
      </li>
      {ticket.comments.map((comment) => {
        const status = comment.statusChange as TicketStatus | null;
        const wordless = comment.body.trim() === NO_TEXT || comment.authorType === 'SYSTEM';
        if (wordless && status) {
          return (
            <li key={comment.id}>
              <Group gap="xs" justify="center" py={4} wrap="wrap">
                <Box
                  aria-hidden="true"
                  w={8}
                  h={8}
                  style={{
                    borderRadius: '50%',
                    background: `var(--mantine-color-${STATUS_COLOR[status]}-6)`,
                  }}
                />
                <Text size="sm" c="dimmed">
                  {statusLine(comment, t)}
                </Text>
                <Text size="xs" c="dimmed">
                  · <RelativeTime iso={comment.createdAt} />
                </Text>
              </Group>
            </li>
          );
        }
        return (
          <li key={comment.id}>
            <Message
              author={comment.authorName}
              kind={comment.authorType === 'CUSTOMER' ? 'CUSTOMER' : 'AGENT'}
              internal={comment.internal}
              createdAt={comment.createdAt}
              statusChange={status}
            >
              {comment.body}
            </Message>
          </li>
        );
      })}
    </Stack>
  );
}

/** A label over a value in a request's sidebar. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Box fz="sm">{children}</Box>
    </Stack>
  );
}
