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

export function localParts(instant: Date, timeZone: string): LocalParts {
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

/** The UTC instant of a local wall-clock time in a zone (the earlier one in an ambiguous hour). */
export function zonedToUtc(p: LocalParts, timeZone: string): Date {
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
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
  return new Date(guess);
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
