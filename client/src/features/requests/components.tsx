import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TicketStatus } from '../../../../shared/src/tickets';
import { STATUS_COLOR } from './format';
import { formatDateTime, relativeTime } from '../../lib/format';

// What the request lists show on every row (their texts are the request list's part of the
// texts: app/first-texts.ts); a request's page has its own parts in ./detail.tsx.

export function TicketStatusBadge({ status, ...props }: { status: TicketStatus } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge
      // The customer's move stands out: filled orange, with black text for contrast (8:1).
      color={status === 'WAITING_FOR_CUSTOMER' ? 'orange.6' : STATUS_COLOR[status]}
      c={status === 'WAITING_FOR_CUSTOMER' ? 'black' : undefined}
      variant={status === 'WAITING_FOR_CUSTOMER' ? 'filled' : 'light'}
      style={{ whiteSpace: 'nowrap', minWidth: 'max-content' }}
      {...props}
    >
      {t(`requests.status.${status}`)}
    </Badge>
  );
}

/**
 * "3 hours ago", the exact moment in `dateTime` and, on hover, as its tooltip. The tooltip is
 * worded when the pointer comes: the list's first date formatter cost 130-180 ms of its load
 * (CPU 4x slower), and a list shows a time on every row.
 */
export function RelativeTime({ iso }: { iso: string }) {
  const exact = (event: { currentTarget: HTMLElement }) => {
    event.currentTarget.title = formatDateTime(iso);
  };
  return (
    <time dateTime={iso} onPointerEnter={exact}>
      {relativeTime(iso)}
    </time>
  );
}
