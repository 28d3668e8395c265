import Holidays from 'date-holidays';
import type { BusinessCalendar } from '../../../../../shared/src/business-days';
import { autoCloseAt, autoResolveAt } from '../../../../../shared/src/tickets';
import type { Portal } from '../request-type/request-type.entity';
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
