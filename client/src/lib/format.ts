import { currentLocale } from './locale';

/** A date in the UI language ("2 Mar 2026", "2026. márc. 2." …). */
export function formatDate(iso: string, locale: string = currentLocale()): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
}

/** "12 Mar 2026, 14:05" in the UI language. */
export function formatDateTime(iso: string, locale: string = currentLocale()): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/** A deadline people plan around: "Thursday, 12 March 2026 at 17:00". */
export function formatDeadline(iso: string, locale: string = currentLocale()): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "5 minutes ago", "yesterday", "in 2 days" … in the UI language. */
export function relativeTime(
  iso: string,
  locale: string = currentLocale(),
  now: number = Date.now(),
): string {
  const seconds = (new Date(iso).getTime() - now) / 1000;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'second');
}

/** A net amount ("129.90") in the UI language: "€129.90", "129,90 €", "129,90 EUR" … */
export function formatMoney(amount: string, currency: string, locale: string = currentLocale()) {
  const value = Number(amount);
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** A person as the portal names them: their name, else their e-mail address. */
export const personName = (person: { name?: string | null; email: string }) =>
  person.name?.trim() || person.email;
