import type { BusinessCalendar } from './business-days';
import {
  addBusinessHours,
  addBusinessMs,
  businessMsBetween,
  DEFAULT_BUSINESS_HOURS,
  minuteOfDayLabel,
  type BusinessClock,
} from './business-hours';

const HOUR = 3_600_000;
const calendar: BusinessCalendar = {
  timeZone: 'Europe/Budapest',
  isHoliday: (d) => ['2026-10-23', '2026-12-24', '2026-12-25'].includes(d),
};
const budapest: BusinessClock = { ...calendar, ...DEFAULT_BUSINESS_HOURS };
const at = (iso: string) => new Date(iso);

describe('addBusinessHours (08:00-16:00 Europe/Budapest)', () => {
  it('adds within the same working day', () => {
    // Mon 2026-11-16 09:00 local (08:00Z) + 3 h -> 12:00 local
    expect(addBusinessHours(at('2026-11-16T08:00:00Z'), 3, budapest).toISOString()).toBe(
      '2026-11-16T11:00:00.000Z',
    );
  });

  it('carries the rest into the next working morning', () => {
    // Mon 15:00 local + 3 h -> 1 h on Monday, 2 h on Tuesday: Tue 10:00 local
    expect(addBusinessHours(at('2026-11-16T14:00:00Z'), 3, budapest).toISOString()).toBe(
      '2026-11-17T09:00:00.000Z',
    );
  });

  it('ends at 16:00 when the target uses the last minute of a day', () => {
    expect(addBusinessHours(at('2026-11-16T07:00:00Z'), 8, budapest).toISOString()).toBe(
      '2026-11-16T15:00:00.000Z',
    );
  });

  it('starts counting at 08:00 when opened at night, and skips the weekend', () => {
    // Fri 2026-11-20 22:00 local + 2 h -> Mon 2026-11-23 10:00 local
    expect(addBusinessHours(at('2026-11-20T21:00:00Z'), 2, budapest).toISOString()).toBe(
      '2026-11-23T09:00:00.000Z',
    );
  });

  it('skips public holidays', () => {
    // Thu 2026-10-22 15:00 local + 2 h: Fri 23 Oct is a holiday -> Mon 26 Oct 09:00 local
    expect(addBusinessHours(at('2026-10-22T13:00:00Z'), 2, budapest).toISOString()).toBe(
      '2026-10-26T08:00:00.000Z',
    );
  });

  it('keeps local hours across the change to winter time', () => {
    // Fri 2026-10-23 is a holiday; Sun 25 Oct the clocks go back. Thu 22 Oct 14:00 local
    // (12:00Z, UTC+2) + 4 h -> 2 h Thursday, 2 h Monday: Mon 26 Oct 10:00 local = 09:00Z (UTC+1).
    expect(addBusinessHours(at('2026-10-22T12:00:00Z'), 4, budapest).toISOString()).toBe(
      '2026-10-26T09:00:00.000Z',
    );
  });

  it('adds zero to an instant outside the hours: the next opening', () => {
    expect(addBusinessMs(at('2026-11-21T10:00:00Z'), 0, budapest).toISOString()).toBe(
      '2026-11-23T07:00:00.000Z',
    );
  });

  it('follows configured hours (09:30-17:00)', () => {
    const late: BusinessClock = { ...calendar, startMinute: 570, endMinute: 1020 };
    // Mon 16:30 local + 1 h -> 0.5 h Monday, Tue 10:00 local
    expect(addBusinessHours(at('2026-11-16T15:30:00Z'), 1, late).toISOString()).toBe(
      '2026-11-17T09:00:00.000Z',
    );
    expect(minuteOfDayLabel(570)).toBe('09:30');
  });

  it('refuses a calendar without working time', () => {
    const never: BusinessClock = { ...budapest, isHoliday: () => true };
    expect(() => addBusinessHours(at('2026-11-16T08:00:00Z'), 1, never)).toThrow(RangeError);
  });
});

describe('businessMsBetween', () => {
  it('counts only working hours', () => {
    // Mon 10:00 local to Tue 10:00 local: 6 h + 2 h
    expect(
      businessMsBetween(at('2026-11-16T09:00:00Z'), at('2026-11-17T09:00:00Z'), budapest),
    ).toBe(8 * HOUR);
  });

  it('is zero over a weekend and a holiday, and for a reversed range', () => {
    expect(
      businessMsBetween(at('2026-11-21T08:00:00Z'), at('2026-11-22T20:00:00Z'), budapest),
    ).toBe(0);
    expect(
      businessMsBetween(at('2026-10-23T08:00:00Z'), at('2026-10-23T12:00:00Z'), budapest),
    ).toBe(0);
    expect(
      businessMsBetween(at('2026-11-17T09:00:00Z'), at('2026-11-16T09:00:00Z'), budapest),
    ).toBe(0);
  });

  it('counts a full week around Christmas Eve and Day as three days', () => {
    // Mon 2026-12-21 00:00 local to Mon 2026-12-28 00:00 local: Mon, Tue, Wed working
    expect(
      businessMsBetween(at('2026-12-20T23:00:00Z'), at('2026-12-27T23:00:00Z'), budapest),
    ).toBe(3 * 8 * HOUR);
  });

  it('is the inverse of addBusinessMs', () => {
    const start = at('2026-11-19T13:17:00Z');
    for (const hours of [0.5, 1, 7, 8, 9, 40, 123]) {
      const end = addBusinessHours(start, hours, budapest);
      expect(businessMsBetween(start, end, budapest)).toBe(hours * HOUR);
    }
  });
});
