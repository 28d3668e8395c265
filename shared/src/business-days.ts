/**
 * Business-day arithmetic in a time zone, without dependencies. Public holidays come from the
 * caller (the server uses the date-holidays library) as a predicate on local dates
 * ("2026-11-11"). "N business days after T" is the same local time of day on the N-th working
 * day after T's local date; daylight-saving changes move the UTC offset, not the local time.
 */
export interface BusinessCalendar {
  timeZone: string;
  /** True for a public holiday, given the local date as YYYY-MM-DD. */
  isHoliday(localDate: string): boolean;
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The local wall-clock fields of an instant, read by Intl (the slow, always-right way). */
function intlParts(instant: Date, timeZone: string): LocalParts {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/**
 * UTC offsets (ms) per zone and quarter-hour of UTC. A zone changes its offset at a local
 * whole or half hour, which is a UTC quarter-hour for every offset in use today, so one
 * quarter has one offset; a quarter whose two ends disagree (a change inside it, as with
 * historical local mean time) is not cached and read from Intl instant by instant.
 * formatToParts costs microseconds and the service-level clocks call this a hundred times per
 * step; the cache makes it a map lookup. Bounded: cleared past MAX_CACHED quarters.
 */
const QUARTER_MS = 15 * 60_000;
const MAX_CACHED = 100_000;
const offsets = new Map<string, Map<number, number | null>>();
let cached = 0;

function offsetAt(ms: number, timeZone: string): number {
  const localMs = (p: LocalParts) =>
    Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return localMs(intlParts(new Date(ms), timeZone)) - ms;
}

/** The zone's offset during the quarter-hour of `ms`, or null when it changes inside it. */
function quarterOffset(ms: number, timeZone: string): number | null {
  const quarter = Math.floor(ms / QUARTER_MS);
  const known = offsets.get(timeZone)?.get(quarter);
  if (known !== undefined) return known;
  const start = quarter * QUARTER_MS;
  const first = offsetAt(start, timeZone); // an unknown zone throws here, before it is kept
  const offset = offsetAt(start + QUARTER_MS - 1000, timeZone) === first ? first : null;
  if (++cached > MAX_CACHED) {
    offsets.clear();
    cached = 1;
  }
  let zone = offsets.get(timeZone);
  if (!zone) offsets.set(timeZone, (zone = new Map()));
  zone.set(quarter, offset);
  return offset;
}

export function localParts(instant: Date, timeZone: string): LocalParts {
  const ms = instant.getTime();
  // An invalid date or zone gets Intl's own RangeError.
  const offset = Number.isFinite(ms) ? quarterOffset(ms, timeZone) : null;
  if (offset === null) return intlParts(instant, timeZone);
  const local = new Date(Math.floor(ms / 1000) * 1000 + offset);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

/** The UTC instant of a local wall-clock time in a zone (the earlier one in an ambiguous hour). */
export function zonedToUtc(p: LocalParts, timeZone: string): Date {
  return new Date(
    zonedToUtcMs(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second), timeZone),
  );
}

/**
 * `zonedToUtc` for a local time given as if it were UTC (Date.UTC of its fields), in ms. The
 * common case, one offset around the answer, takes two cached look-ups; otherwise (a local
 * time in or next to a daylight-saving change) it walks as Intl reads the zone.
 */
export function zonedToUtcMs(asUtc: number, timeZone: string): number {
  const first = Number.isFinite(asUtc) ? quarterOffset(asUtc, timeZone) : null;
  if (first !== null && quarterOffset(asUtc - first, timeZone) === first) return asUtc - first;
  let guess = asUtc;
  for (let i = 0; i < 3; i++) {
    const seen = localParts(new Date(guess), timeZone);
    const seenAsUtc = Date.UTC(
      seen.year,
      seen.month - 1,
      seen.day,
      seen.hour,
      seen.minute,
      seen.second,
    );
    const diff = asUtc - seenAsUtc;
    if (diff === 0) break;
    guess += diff;
  }
  return guess;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether a local calendar date is a working day: Monday to Friday and not a holiday. */
export function isBusinessDay(
  year: number,
  month: number,
  day: number,
  calendar: BusinessCalendar,
): boolean {
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !calendar.isHoliday(isoDate(year, month, day));
}

export function addBusinessDays(start: Date, days: number, calendar: BusinessCalendar): Date {
  const local = localParts(start, calendar.timeZone);
  const cursor = new Date(Date.UTC(local.year, local.month - 1, local.day));
  let counted = 0;
  while (counted < days) {
    cursor.setUTCDate(cursor.getUTCDate() + 1);
    if (
      isBusinessDay(
        cursor.getUTCFullYear(),
        cursor.getUTCMonth() + 1,
        cursor.getUTCDate(),
        calendar,
      )
    )
      counted++;
  }
  return zonedToUtc(
    {
      ...local,
      year: cursor.getUTCFullYear(),
      month: cursor.getUTCMonth() + 1,
      day: cursor.getUTCDate(),
    },
    calendar.timeZone,
  );
}
