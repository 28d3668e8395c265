import { Affix, Alert } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTicketUpdatedSubscription, type TicketDetailFieldsFragment } from '../../gql/graphql';
import { useViewer } from '../../lib/session';

type Ticket = TicketDetailFieldsFragment;

/**
 * Keeps an open request page up to date without a reload: the ticketUpdated subscription
 * writes each new state of the request into the Apollo cache, where the page reads it. Says
 * "New reply" when a comment from the other side arrives (an agent's for the customer, the
 * customer's for agents).
 */
export function useLiveTicket(ticketKey: string, ticket: Ticket | null) {
  const { representative } = useViewer();
  const replyFrom = representative ? 'AGENT' : 'CUSTOMER';
  const seen = useRef<Set<string> | null>(null);
  // What the page showed before listening counts as read.
  useEffect(() => {
    if (ticket && !seen.current) seen.current = new Set(ticket.comments.map((c) => c.id));
  }, [ticket]);
  const [newReply, setNewReply] = useState<{ name: string } | null>(null);

  useTicketUpdatedSubscription({
    variables: { key: ticketKey },
    skip: !ticket,
    onData: ({ data }) => {
      const comments = data.data?.ticketUpdated.comments ?? [];
      const known = (seen.current ??= new Set());
      const fresh = comments.filter(
        (c) => !known.has(c.id) && c.authorType === replyFrom && !c.internal,
      );
      for (const c of comments) known.add(c.id);
      const last = fresh[fresh.length - 1];
      if (last) setNewReply({ name: last.authorName });
    },
  });
  return { newReply, dismiss: () => setNewReply(null) };
}

/** The "New reply" notice, in a corner of the page until closed. */
export function NewReplyNotice({ name, onClose }: { name: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Affix position={{ bottom: 20, right: 20 }} zIndex={300}>
      <Alert
        role="status"
        aria-live="polite"
        color="blue"
        variant="filled"
        title={t('requests.live.newReply')}
        withCloseButton
        closeButtonLabel={t('requests.live.close')}
        onClose={onClose}
        maw={360}
        mx="md"
        style={{ boxShadow: 'var(--mantine-shadow-md)' }}
      >
        {t('requests.live.newReplyText', { name })}
      </Alert>
    </Affix>
  );
}
