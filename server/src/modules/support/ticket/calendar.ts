import Holidays from 'date-holidays';
import type { DataSource } from 'typeorm';
import type { BusinessCalendar } from '../../../../../shared/src/business-days';
import { autoCloseAt, autoResolveAt } from '../../../../../shared/src/tickets';
import { Portal } from '../request-type/request-type.entity';
import { TicketStatus, type Ticket } from './ticket.entity';

const cache = new Map<string, Set<string>>();

/** The public holidays of a country in a year, as local dates (date-holidays). */
function publicHolidays(country: string, year: number): Set<string> {
  const key = `${country}:${year}`;
  let set = cache.get(key);
  if (!set) {
    const holidays = new Holidays(country);
    set = new Set(
      (holidays.getHolidays(year) || [])
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    cache.set(key, set);
  }
  return set;
}

export function calendarOf(portal: Pick<Portal, 'calendarCountry' | 'timeZone'>): BusinessCalendar {
  return {
    timeZone: portal.timeZone,
    isHoliday: (localDate) =>
      publicHolidays(portal.calendarCountry, Number(localDate.slice(0, 4))).has(localDate),
  };
}

/**
 * Pays the calendars' one-time costs at start, before any request or job needs them: each
 * portal's time zone (ICU loads its data when the first formatter is made) and its public
 * holidays of this year and the next (date-holidays computes them from its rules). Cold, the
 * lifecycle job's first cutoff took 58 ms and the next portal's 25 ms of one synchronous
 * stretch; warm, 0.3 ms.
 */
export async function warmCalendars(db: DataSource, now = new Date()): Promise<void> {
  const year = now.getUTCFullYear();
  for (const portal of await db.getRepository(Portal).find()) {
    const calendar = calendarOf(portal);
    calendar.isHoliday(`${year + 1}-01-01`);
    autoCloseAt(now, calendar);
  }
}

/**
 * When a request will be resolved or closed automatically, in its portal's business days
 * (the shared deadline rules; the lifecycle job uses the same functions).
 */
export function automaticDeadlines(
  portal: Pick<Portal, 'calendarCountry' | 'timeZone'>,
  t: Pick<Ticket, 'status' | 'waitingSince' | 'resolvedAt'>,
): { autoResolveAt: Date | null; autoCloseAt: Date | null } {
  const calendar = calendarOf(portal);
  return {
    autoResolveAt:
      t.status === TicketStatus.WAITING_FOR_CUSTOMER && t.waitingSince
        ? autoResolveAt(t.waitingSince, calendar)
        : null,
    autoCloseAt:
      t.status === TicketStatus.RESOLVED && t.resolvedAt
        ? autoCloseAt(t.resolvedAt, calendar)
        : null,
  };
}
