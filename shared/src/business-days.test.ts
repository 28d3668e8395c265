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
