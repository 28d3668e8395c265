import { isBusinessDay, localParts, zonedToUtcMs, type BusinessCalendar } from './business-days';

/**
 * Business-hour arithmetic in a portal's calendar (time zone and public holidays, as the
 * business days of the lifecycle): the working window of every business day, e.g. 08:00 to
 * 16:00 local time. Service-level clocks count only the time inside these windows.
 */
export interface BusinessHours {
  /** Minutes after local midnight when the working day starts (480 = 08:00). */
  startMinute: number;
  /** Minutes after local midnight when it ends (960 = 16:00); after startMinute. */
  endMinute: number;
}

export const DEFAULT_BUSINESS_HOURS: BusinessHours = { startMinute: 8 * 60, endMinute: 16 * 60 };

export type BusinessClock = BusinessCalendar & BusinessHours;

const HOUR_MS = 3_600_000;
/** Never loop for ever on a calendar without working days (about 30 years of days). */
const MAX_DAYS = 11_000;

/** "08:00" for 480. */
export function minuteOfDayLabel(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

interface Day {
  year: number;
  month: number;
  day: number;
}

function dayOf(instant: Date, timeZone: string): Day {
  const { year, month, day } = localParts(instant, timeZone);
  return { year, month, day };
}

function nextDay(d: Day): Day {
  const next = new Date(Date.UTC(d.year, d.month - 1, d.day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/** The working window of a local date as UTC instants, or null on a weekend or holiday. */
function windowOf(d: Day, clock: BusinessClock): { start: number; end: number } | null {
  if (!isBusinessDay(d.year, d.month, d.day, clock)) return null;
  const at = (minute: number) =>
    zonedToUtcMs(Date.UTC(d.year, d.month - 1, d.day, 0, minute), clock.timeZone);
  return { start: at(clock.startMinute), end: at(clock.endMinute) };
}

/** Business time between two instants in milliseconds (0 when `to` is not after `from`). */
export function businessMsBetween(from: Date, to: Date, clock: BusinessClock): number {
  const a = from.getTime();
  const b = to.getTime();
  if (!(b > a)) return 0;
  let total = 0;
  let d = dayOf(from, clock.timeZone);
  for (let i = 0; i < MAX_DAYS; i++) {
    const w = windowOf(d, clock);
    if (w) {
      if (w.start >= b) break;
      total += Math.max(0, Math.min(w.end, b) - Math.max(w.start, a));
    }
    d = nextDay(d);
  }
  return total;
}

/**
 * The instant after `ms` milliseconds of business time from `start`. A deadline that uses a
 * day's last minute falls on that day's end (16:00), not on the next morning.
 */
export function addBusinessMs(start: Date, ms: number, clock: BusinessClock): Date {
  let left = Math.max(0, ms);
  const t = start.getTime();
  let d = dayOf(start, clock.timeZone);
  for (let i = 0; i < MAX_DAYS; i++) {
    const w = windowOf(d, clock);
    if (w && w.end > t) {
      const from = Math.max(w.start, t);
      if (left <= w.end - from) return new Date(from + left);
      left -= w.end - from;
    }
    d = nextDay(d);
  }
  throw new RangeError('The calendar has no working time ahead.');
}

/** N business hours after `start`. */
export function addBusinessHours(start: Date, hours: number, clock: BusinessClock): Date {
  return addBusinessMs(start, hours * HOUR_MS, clock);
}
