import Holidays from 'date-holidays';
import { addBusinessDays, type BusinessCalendar } from '../../../../../shared/src/business-days';
import type { Portal } from './ticket.entity';

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

export function businessDaysAfter(
  portal: Pick<Portal, 'calendarCountry' | 'timeZone'>,
  start: Date,
  days: number,
): Date {
  return addBusinessDays(start, days, calendarOf(portal));
}
