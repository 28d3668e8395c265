import {
  autoCloseAt,
  autoResolveAt,
  nextTicketStatus,
  reminderAt,
  TICKET_STATUSES,
  type TicketAction,
  type TicketStatus,
} from './tickets';

const table: Array<[TicketStatus, TicketAction, TicketStatus | null, TicketStatus?]> = [
  ['WAITING_FOR_CUSTOMER', 'CUSTOMER_COMMENT', 'WAITING_FOR_SUPPORT'],
  ['WAITING_FOR_SUPPORT', 'CUSTOMER_COMMENT', 'WAITING_FOR_SUPPORT'],
  ['IN_PROGRESS', 'CUSTOMER_COMMENT', 'IN_PROGRESS'],
  ['RESOLVED', 'CUSTOMER_COMMENT', null],
  ['CLOSED', 'CUSTOMER_COMMENT', null],
  ['CANCELED', 'CUSTOMER_COMMENT', null],
  ['WAITING_FOR_SUPPORT', 'AGENT_REPLY', 'WAITING_FOR_SUPPORT'],
  ['RESOLVED', 'AGENT_REPLY', null],
  ['CLOSED', 'AGENT_REPLY', null],
  ['WAITING_FOR_SUPPORT', 'ASSIGN', 'IN_PROGRESS'],
  ['WAITING_FOR_CUSTOMER', 'ASSIGN', 'WAITING_FOR_CUSTOMER'],
  ['CLOSED', 'ASSIGN', null],
  ['IN_PROGRESS', 'SET_STATUS', 'WAITING_FOR_CUSTOMER', 'WAITING_FOR_CUSTOMER'],
  ['WAITING_FOR_CUSTOMER', 'SET_STATUS', 'IN_PROGRESS', 'IN_PROGRESS'],
  ['IN_PROGRESS', 'SET_STATUS', null, 'RESOLVED'],
  ['IN_PROGRESS', 'SET_STATUS', null, 'CLOSED'],
  ['RESOLVED', 'SET_STATUS', null, 'IN_PROGRESS'],
  ['WAITING_FOR_SUPPORT', 'RESOLVE', 'RESOLVED'],
  ['IN_PROGRESS', 'RESOLVE', 'RESOLVED'],
  ['WAITING_FOR_CUSTOMER', 'RESOLVE', 'RESOLVED'],
  ['RESOLVED', 'RESOLVE', null],
  ['CLOSED', 'RESOLVE', null],
  ['RESOLVED', 'REOPEN', 'WAITING_FOR_SUPPORT'],
  ['CLOSED', 'REOPEN', null],
  ['CANCELED', 'REOPEN', null],
  ['IN_PROGRESS', 'REOPEN', null],
  ['WAITING_FOR_SUPPORT', 'CANCEL', 'CANCELED'],
  ['WAITING_FOR_CUSTOMER', 'CANCEL', 'CANCELED'],
  ['RESOLVED', 'CANCEL', null],
  ['CLOSED', 'CANCEL', null],
  ['WAITING_FOR_CUSTOMER', 'AUTO_RESOLVE', 'RESOLVED'],
  ['IN_PROGRESS', 'AUTO_RESOLVE', null],
  ['RESOLVED', 'AUTO_CLOSE', 'CLOSED'],
  ['WAITING_FOR_CUSTOMER', 'AUTO_CLOSE', null],
];

describe('nextTicketStatus', () => {
  it('follows the table of every transition', () => {
    for (const [from, action, expected, wanted] of table) {
      expect({ from, action, wanted, next: nextTicketStatus(from, action, wanted) }).toEqual({
        from,
        action,
        wanted,
        next: expected,
      });
    }
  });

  it('lets nothing out of CLOSED, for anyone', () => {
    const actions: TicketAction[] = [
      'CUSTOMER_COMMENT',
      'AGENT_REPLY',
      'ASSIGN',
      'SET_STATUS',
      'RESOLVE',
      'REOPEN',
      'CANCEL',
      'AUTO_RESOLVE',
      'AUTO_CLOSE',
    ];
    for (const action of actions)
      for (const wanted of TICKET_STATUSES)
        expect(nextTicketStatus('CLOSED', action, wanted)).toBeNull();
  });
});

describe('deadlines', () => {
  const calendar = { timeZone: 'Europe/Warsaw', isHoliday: (d: string) => d === '2026-11-11' };
  it('counts business days, skipping weekends and holidays', () => {
    // Friday 6 November 2026, 10:00 in Warsaw; Wednesday 11 November is a holiday.
    const friday = new Date('2026-11-06T09:00:00Z');
    expect(reminderAt(friday, calendar).toISOString()).toBe('2026-11-12T09:00:00.000Z');
    expect(autoResolveAt(friday, calendar).toISOString()).toBe('2026-11-13T09:00:00.000Z');
    expect(autoCloseAt(friday, calendar).toISOString()).toBe('2026-11-13T09:00:00.000Z');
  });
});
