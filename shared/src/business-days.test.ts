import {
  addBusinessDays,
  isBusinessDay,
  localParts,
  zonedToUtc,
  type BusinessCalendar,
} from './business-days';

const holidays = (dates: string[]) => (d: string) => dates.includes(d);
const budapest: BusinessCalendar = {
  timeZone: 'Europe/Budapest',
  isHoliday: holidays(['2026-10-23', '2026-12-25', '2026-12-26', '2026-11-01']),
};
const warsaw: BusinessCalendar = { timeZone: 'Europe/Warsaw', isHoliday: holidays(['2026-11-11']) };
const kyiv: BusinessCalendar = { timeZone: 'Europe/Kyiv', isHoliday: () => false };

describe('addBusinessDays', () => {
  it('counts Monday to Friday', () => {
    // Mon 2026-11-16 10:00 Budapest (09:00Z) + 4 -> Fri 2026-11-20 10:00 local
    expect(addBusinessDays(new Date('2026-11-16T09:00:00Z'), 4, budapest).toISOString()).toBe(
      '2026-11-20T09:00:00.000Z',
    );
  });

  it('skips the weekend', () => {
    // Fri 2026-11-20 15:00 local + 4 -> Thu 2026-11-26 15:00 local
    expect(addBusinessDays(new Date('2026-11-20T14:00:00Z'), 4, budapest).toISOString()).toBe(
      '2026-11-26T14:00:00.000Z',
    );
  });

  it("skips public holidays of the calendar's country", () => {
    // Tue 2026-11-10 Warsaw + 1: Wed 11 Nov is Independence Day -> Thu 12 Nov
    expect(addBusinessDays(new Date('2026-11-10T09:00:00Z'), 1, warsaw).toISOString()).toBe(
      '2026-11-12T09:00:00.000Z',
    );
    // Wed 2026-12-23 + 2 in Budapest: 24 (Thu), then 25, 26 holidays, 27-28 weekend -> Mon 28? 26 is Sat anyway
    expect(addBusinessDays(new Date('2026-12-23T09:00:00Z'), 2, budapest).toISOString()).toBe(
      '2026-12-28T09:00:00.000Z',
    );
  });

  it('keeps the local time across the autumn daylight-saving change', () => {
    // Thu 2026-10-22 12:00 CEST (10:00Z) + 4 in Budapest: Fri 23 holiday, weekend, DST ends Sun 25
    // -> Mon 26, Tue 27, Wed 28, Thu 29 at 12:00 CET = 11:00Z
    expect(addBusinessDays(new Date('2026-10-22T10:00:00Z'), 4, budapest).toISOString()).toBe(
      '2026-10-29T11:00:00.000Z',
    );
  });

  it('keeps the local time across the spring change', () => {
    // Fri 2026-03-27 09:00 CET (08:00Z) + 1 -> Mon 30 09:00 CEST = 07:00Z
    expect(addBusinessDays(new Date('2026-03-27T08:00:00Z'), 1, warsaw).toISOString()).toBe(
      '2026-03-30T07:00:00.000Z',
    );
  });

  it('counts from the local date of the zone, not of UTC', () => {
    // 2026-11-20 23:30Z is already Saturday 01:30 in Kyiv: +1 -> Monday 23 at 01:30 local = Sun 23:30Z
    expect(addBusinessDays(new Date('2026-11-20T23:30:00Z'), 1, kyiv).toISOString()).toBe(
      '2026-11-22T23:30:00.000Z',
    );
    // The same instant in Warsaw is still Friday 00:30 on Saturday? no: 00:30 Sat -> Mon 00:30 local
    expect(addBusinessDays(new Date('2026-11-20T23:30:00Z'), 1, warsaw).toISOString()).toBe(
      '2026-11-22T23:30:00.000Z',
    );
    // 2026-11-20 21:30Z is Friday 22:30 in Warsaw: +1 -> Monday 22:30 local = 21:30Z
    expect(addBusinessDays(new Date('2026-11-20T21:30:00Z'), 1, warsaw).toISOString()).toBe(
      '2026-11-23T21:30:00.000Z',
    );
  });
});

describe('helpers', () => {
  it('knows working days', () => {
    expect(isBusinessDay(2026, 11, 21, warsaw)).toBe(false); // Saturday
    expect(isBusinessDay(2026, 11, 11, warsaw)).toBe(false); // holiday
    expect(isBusinessDay(2026, 11, 12, warsaw)).toBe(true);
  });

  it('round-trips local times through the zone', () => {
    const local = { year: 2026, month: 7, day: 1, hour: 8, minute: 15, second: 0 };
    expect(zonedToUtc(local, 'Europe/Kyiv').toISOString()).toBe('2026-07-01T05:15:00.000Z');
    expect(localParts(new Date('2026-07-01T05:15:00Z'), 'Europe/Kyiv')).toEqual(local);
  });
});

describe('localParts', () => {
  /** The local fields as Intl reads them, with no cache. */
  const intl = (instant: Date, timeZone: string) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      })
        .formatToParts(instant)
        .map((p) => [p.type, Number(p.value)]),
    ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
    const { year, month, day, hour, minute, second } = parts;
    return { year, month, day, hour, minute, second };
  };

  it.each([
    // daylight-saving changes, whole-hour, half-hour and 45-minute offsets, a 30-minute change
    ['Europe/Warsaw', '2026-03-29T00:00:00Z'],
    ['Europe/Warsaw', '2026-10-25T00:00:00Z'],
    ['Europe/Kyiv', '2026-10-25T00:00:00Z'],
    ['America/St_Johns', '2026-11-01T02:00:00Z'],
    ['Asia/Kathmandu', '2026-06-01T00:00:00Z'],
    ['Australia/Lord_Howe', '2026-04-04T14:00:00Z'],
    ['Australia/Lord_Howe', '2026-10-03T15:00:00Z'],
    // local mean time: offsets in seconds, changes off the quarter-hour
    ['Europe/Warsaw', '1915-08-04T21:00:00Z'],
    ['Europe/Amsterdam', '1937-06-30T23:00:00Z'],
  ])('reads %s around %s second by second as Intl does', (timeZone, around) => {
    const from = Date.parse(around) - 3 * 3_600_000;
    for (let ms = from; ms < from + 6 * 3_600_000; ms += 997) {
      const instant = new Date(ms);
      expect([timeZone, instant, localParts(instant, timeZone)]).toEqual([
        timeZone,
        instant,
        intl(instant, timeZone),
      ]);
    }
  });

  it.each([
    ['Europe/Warsaw', 2026, 3, 29],
    ['Europe/Warsaw', 2026, 10, 25],
    ['Australia/Lord_Howe', 2026, 4, 5],
    ['America/St_Johns', 2026, 3, 8],
  ])(
    'finds the instant of every local minute of %s on %i-%i-%i as Intl reads it',
    (tz, y, m, d) => {
      // The walk zonedToUtc did before its shortcut, on uncached Intl fields.
      const walk = (asUtc: number) => {
        let guess = asUtc;
        for (let i = 0; i < 3; i++) {
          const s = intl(new Date(guess), tz);
          const diff = asUtc - Date.UTC(s.year, s.month - 1, s.day, s.hour, s.minute, s.second);
          if (diff === 0) break;
          guess += diff;
        }
        return guess;
      };
      for (let minute = 0; minute < 24 * 60; minute += 5) {
        const local = {
          year: y,
          month: m,
          day: d,
          hour: Math.floor(minute / 60),
          minute: minute % 60,
          second: 0,
        };
        expect([local, zonedToUtc(local, tz).getTime()]).toEqual([
          local,
          walk(Date.UTC(y, m - 1, d, local.hour, local.minute)),
        ]);
      }
    },
  );

  it('refuses an unknown zone and an invalid date as Intl does', () => {
    expect(() => localParts(new Date(), 'Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => localParts(new Date(NaN), 'Europe/Warsaw')).toThrow(RangeError);
  });
});
