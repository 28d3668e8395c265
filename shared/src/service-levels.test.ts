import { DEFAULT_BUSINESS_HOURS, type BusinessClock } from './business-hours';
import {
  openingWeek,
  openSla,
  slaAfterStep,
  slaView,
  type SlaState,
  type SlaStep,
} from './service-levels';

const clock: BusinessClock = {
  timeZone: 'Europe/Budapest',
  isHoliday: () => false,
  ...DEFAULT_BUSINESS_HOURS,
};
const at = (iso: string) => new Date(iso);
// Mon 2026-11-16 09:00 local (08:00Z); targets 4 h to first response, 10 h to resolution.
const opened = openSla(at('2026-11-16T08:00:00Z'), { firstResponseHours: 4, resolutionHours: 10 });
const step = (s: SlaState, partial: Omit<SlaStep, 'agentResponse'> & { agentResponse?: boolean }) =>
  slaAfterStep(s, { agentResponse: false, ...partial }, clock);

describe('service-level clocks', () => {
  it('gives due times from the opening and the targets', () => {
    const view = slaView(opened, at('2026-11-16T09:00:00Z'), clock);
    expect(view.firstResponseDueAt.toISOString()).toBe('2026-11-16T12:00:00.000Z'); // 13:00 local
    // 10 h: 7 h on Monday (09:00-16:00), 3 h on Tuesday -> 11:00 local
    expect(view.resolutionDueAt?.toISOString()).toBe('2026-11-17T10:00:00.000Z');
    expect(view.breached).toBe(false);
    expect(view.nextDueAt?.toISOString()).toBe('2026-11-16T12:00:00.000Z');
  });

  it('records the first response and breaches a late one', () => {
    const onTime = step(opened, {
      from: 'WAITING_FOR_SUPPORT',
      to: 'WAITING_FOR_SUPPORT',
      agentResponse: true,
      at: at('2026-11-16T10:00:00Z'),
    });
    expect(onTime.firstResponseSeconds).toBe(2 * 3600);
    expect(onTime.firstResponseBreached).toBe(false);
    const late = step(opened, {
      from: 'WAITING_FOR_SUPPORT',
      to: 'IN_PROGRESS',
      agentResponse: true,
      at: at('2026-11-17T08:00:00Z'), // Tue 09:00 local: 7 h + 1 h
    });
    expect(late.firstResponseSeconds).toBe(8 * 3600);
    expect(late.firstResponseBreached).toBe(true);
    expect(slaView(late, at('2026-11-17T08:00:00Z'), clock).breached).toBe(true);
  });

  it('shows a running clock past its due time as breached before any step', () => {
    expect(slaView(opened, at('2026-11-16T12:30:00Z'), clock).breached).toBe(true);
  });

  it('pauses while waiting for the customer and moves the due time by the pause', () => {
    const answered = step(opened, {
      from: 'WAITING_FOR_SUPPORT',
      to: 'WAITING_FOR_CUSTOMER',
      agentResponse: true,
      at: at('2026-11-16T09:00:00Z'), // 1 h after opening
    });
    expect(answered.pausedSince?.toISOString()).toBe('2026-11-16T09:00:00.000Z');
    const waiting = slaView(answered, at('2026-11-18T09:00:00Z'), clock);
    expect(waiting.paused).toBe(true);
    expect(waiting.nextDueAt).toBeNull();
    expect(waiting.breached).toBe(false); // 10 h target, 1 h used: the pause does not count
    // The customer answers on Wednesday 10:00 local: 16 h of pause (Mon 10-16, Tue 08-16, Wed 08-10)
    const back = step(answered, {
      from: 'WAITING_FOR_CUSTOMER',
      to: 'WAITING_FOR_SUPPORT',
      at: at('2026-11-18T09:00:00Z'),
    });
    expect(back.pausedSeconds).toBe(16 * 3600);
    expect(back.pausedSince).toBeNull();
    const view = slaView(back, at('2026-11-18T09:00:00Z'), clock);
    // 9 h left from Wed 10:00 local: 6 h Wed, 3 h Thu -> Thu 11:00 local
    expect(view.resolutionDueAt?.toISOString()).toBe('2026-11-19T10:00:00.000Z');
    // The first response stays due when it was: 13:00 Monday.
    expect(view.firstResponseDueAt.toISOString()).toBe('2026-11-16T12:00:00.000Z');
    expect(view.nextDueAt?.toISOString()).toBe('2026-11-19T10:00:00.000Z');
  });

  it('stops at resolution and goes on after a reopen', () => {
    const resolved = step(opened, {
      from: 'WAITING_FOR_SUPPORT',
      to: 'RESOLVED',
      agentResponse: true,
      at: at('2026-11-16T11:00:00Z'),
    });
    expect(resolved.resolutionSeconds).toBe(3 * 3600);
    expect(slaView(resolved, at('2026-11-20T11:00:00Z'), clock).resolutionDueAt).toBeNull();
    expect(slaView(resolved, at('2026-11-20T11:00:00Z'), clock).breached).toBe(false);
    const reopened = step(resolved, {
      from: 'RESOLVED',
      to: 'WAITING_FOR_SUPPORT',
      at: at('2026-11-17T08:00:00Z'), // Tue 09:00 local: paused Mon 12-16 + Tue 08-09 = 5 h
    });
    expect(reopened.resolutionSeconds).toBeNull();
    expect(reopened.pausedSeconds).toBe(5 * 3600);
    // 7 h left from Tue 09:00 local -> Tue 16:00 local
    expect(
      slaView(reopened, at('2026-11-17T08:00:00Z'), clock).resolutionDueAt?.toISOString(),
    ).toBe('2026-11-17T15:00:00.000Z');
  });

  it('breaches a resolution after the target and keeps a closed request as it was', () => {
    const resolved = step(opened, {
      from: 'IN_PROGRESS',
      to: 'RESOLVED',
      agentResponse: true,
      at: at('2026-11-18T08:00:00Z'), // 7 + 8 + 1 = 16 h
    });
    expect(resolved.resolutionSeconds).toBe(16 * 3600);
    expect(resolved.resolutionBreached).toBe(true);
    const closed = step(resolved, {
      from: 'RESOLVED',
      to: 'CLOSED',
      at: at('2026-11-25T08:00:00Z'),
    });
    expect(closed.stopped).toBe(true);
    expect(closed.resolutionSeconds).toBe(16 * 3600);
    expect(step(closed, { from: 'CLOSED', to: 'CLOSED', at: at('2026-12-01T08:00:00Z') })).toBe(
      closed,
    );
  });
});

describe('openingWeek', () => {
  it('is the Monday of the local date in the portal time zone', () => {
    expect(openingWeek(at('2025-03-05T08:00:00Z'), 'Europe/Budapest')).toBe('2025-03-03');
    // Sunday 23:30 UTC is Monday 00:30 in Budapest: the next week there, not in UTC.
    expect(openingWeek(at('2025-03-09T23:30:00Z'), 'Europe/Budapest')).toBe('2025-03-10');
    expect(openingWeek(at('2025-03-09T23:30:00Z'), 'UTC')).toBe('2025-03-03');
    // Across a year end.
    expect(openingWeek(at('2027-01-01T10:00:00Z'), 'Europe/Warsaw')).toBe('2026-12-28');
  });
});
