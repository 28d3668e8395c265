import {
  OPEN_TICKET_STATUSES,
  TICKET_STATUSES,
  type TicketStatus,
} from '../../../../shared/src/tickets';

export const REQUESTS_PAGE_SIZE = 20;

/** A badge colour per status: blue while support works on it, orange when it waits for you. */
export const STATUS_COLOR: Record<TicketStatus, string> = {
  WAITING_FOR_SUPPORT: 'blue',
  IN_PROGRESS: 'indigo',
  WAITING_FOR_CUSTOMER: 'orange',
  RESOLVED: 'teal',
  CLOSED: 'gray',
  CANCELED: 'gray',
};

/** Statuses in their canonical order, unknown words dropped (from the address bar). */
export function parseStatuses(value: string | null): TicketStatus[] | null {
  if (value === null) return null;
  const wanted = new Set(value.split(','));
  return TICKET_STATUSES.filter((s) => wanted.has(s));
}

/** True when the chosen statuses are exactly the open ones: the server's default. */
export function isOpenOnly(statuses: readonly TicketStatus[]): boolean {
  return (
    statuses.length === OPEN_TICKET_STATUSES.length &&
    OPEN_TICKET_STATUSES.every((s) => statuses.includes(s))
  );
}

/**
 * The statuses to ask the server for: none (its default: open ones) for the open set, every
 * status when nothing is ticked, otherwise the ticked ones in canonical order.
 */
export function statusesVariable(statuses: readonly TicketStatus[]): TicketStatus[] | null {
  if (isOpenOnly(statuses)) return null;
  if (statuses.length === 0) return [...TICKET_STATUSES];
  return TICKET_STATUSES.filter((s) => statuses.includes(s));
}

/** A comment body the server uses when a step came without words. */
export const NO_TEXT = '—';
