import { addBusinessDays, type BusinessCalendar } from './business-days';

/**
 * The support-request status model, shared by server and SPA. Closed is final for everyone,
 * agents included; a new problem goes into a new request.
 */
export const TICKET_STATUSES = [
  'WAITING_FOR_SUPPORT',
  'IN_PROGRESS',
  'WAITING_FOR_CUSTOMER',
  'RESOLVED',
  'CLOSED',
  'CANCELED',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const OPEN_TICKET_STATUSES: readonly TicketStatus[] = [
  'WAITING_FOR_SUPPORT',
  'IN_PROGRESS',
  'WAITING_FOR_CUSTOMER',
];

export type TicketAction =
  | 'CUSTOMER_COMMENT'
  | 'AGENT_REPLY'
  | 'ASSIGN'
  | 'SET_STATUS'
  | 'RESOLVE'
  | 'REOPEN'
  | 'CANCEL'
  | 'AUTO_RESOLVE'
  | 'AUTO_CLOSE';

export const AUTO_RESOLVE_BUSINESS_DAYS = 4;
export const AUTO_CLOSE_BUSINESS_DAYS = 4;
export const REMINDER_BUSINESS_DAYS = 3;

/** Field limits of a support request, in characters (code points), the same on both sides. */
export const TICKET_LIMITS = {
  subject: { min: 3, max: 200 },
  description: { min: 1, max: 20_000 },
  comment: { min: 1, max: 20_000 },
  search: { max: 100 },
} as const;

/** When a request waiting for the customer since `waitingSince` is resolved automatically. */
export function autoResolveAt(waitingSince: Date, calendar: BusinessCalendar): Date {
  return addBusinessDays(waitingSince, AUTO_RESOLVE_BUSINESS_DAYS, calendar);
}

/** When the customer waited on is reminded, one business day before auto-resolution. */
export function reminderAt(waitingSince: Date, calendar: BusinessCalendar): Date {
  return addBusinessDays(waitingSince, REMINDER_BUSINESS_DAYS, calendar);
}

/** When a request resolved at `resolvedAt` is closed automatically. */
export function autoCloseAt(resolvedAt: Date, calendar: BusinessCalendar): Date {
  return addBusinessDays(resolvedAt, AUTO_CLOSE_BUSINESS_DAYS, calendar);
}

export function isOpen(status: TicketStatus): boolean {
  return OPEN_TICKET_STATUSES.includes(status);
}

/**
 * The status after an action, or null when the action is not allowed in this status.
 * SET_STATUS takes the wanted status (agents: IN_PROGRESS or WAITING_FOR_CUSTOMER).
 */
export function nextTicketStatus(
  status: TicketStatus,
  action: TicketAction,
  wanted?: TicketStatus,
): TicketStatus | null {
  switch (action) {
    case 'CUSTOMER_COMMENT':
      if (status === 'WAITING_FOR_CUSTOMER') return 'WAITING_FOR_SUPPORT';
      return isOpen(status) ? status : null;
    case 'AGENT_REPLY':
      return isOpen(status) ? status : null;
    case 'ASSIGN':
      if (status === 'WAITING_FOR_SUPPORT') return 'IN_PROGRESS';
      return isOpen(status) ? status : null;
    case 'SET_STATUS':
      if (!isOpen(status)) return null;
      return wanted === 'IN_PROGRESS' ||
        wanted === 'WAITING_FOR_CUSTOMER' ||
        wanted === 'WAITING_FOR_SUPPORT'
        ? wanted
        : null;
    case 'RESOLVE':
      return isOpen(status) ? 'RESOLVED' : null;
    case 'REOPEN':
      return status === 'RESOLVED' ? 'WAITING_FOR_SUPPORT' : null;
    case 'CANCEL':
      return isOpen(status) ? 'CANCELED' : null;
    case 'AUTO_RESOLVE':
      return status === 'WAITING_FOR_CUSTOMER' ? 'RESOLVED' : null;
    case 'AUTO_CLOSE':
      return status === 'RESOLVED' ? 'CLOSED' : null;
  }
}

/** KEY-123: CS for Customer service, TA for Technical assistance. */
export const TICKET_KEY = /^(CS|TA)-\d+$/;
