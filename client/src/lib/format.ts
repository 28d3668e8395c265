import { currentLocale } from './locale';

const formatters = new Map<string, { format: (...args: never[]) => string }>();

/**
 * An Intl formatter, built once per kind, locale and options: building one costs about as much
 * as formatting a hundred values, and a list formats several per row.
 */
function formatter<F extends { format: (...args: never[]) => string }>(
  key: string,
  build: () => F,
): F {
  let found = formatters.get(key) as F | undefined;
  if (!found) {
    found = build();
    formatters.set(key, found);
  }
  return found;
}

const dateTimeFormat = (locale: string, dateStyle: 'medium' | 'full', timeStyle?: 'short') =>
  formatter(
    `date|${locale}|${dateStyle}|${timeStyle ?? ''}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle, timeStyle }),
  );

/** A date in the UI language ("2 Mar 2026", "2026. márc. 2." …). */
export function formatDate(iso: string, locale: string = currentLocale()): string {
  return dateTimeFormat(locale, 'medium').format(new Date(iso));
}

/** "12 Mar 2026, 14:05" in the UI language. */
export function formatDateTime(iso: string, locale: string = currentLocale()): string {
  return dateTimeFormat(locale, 'medium', 'short').format(new Date(iso));
}

/** A deadline people plan around: "Thursday, 12 March 2026 at 17:00". */
export function formatDeadline(iso: string, locale: string = currentLocale()): string {
  return dateTimeFormat(locale, 'full', 'short').format(new Date(iso));
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
  const format = formatter(
    `relative|${locale}`,
    () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
  );
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'second');
}

/** A net amount ("129.90") in the UI language: "€129.90", "129,90 €", "129,90 EUR" … */
export function formatMoney(amount: string, currency: string, locale: string = currentLocale()) {
  const value = Number(amount);
  try {
    return formatter(
      `money|${locale}|${currency}`,
      () => new Intl.NumberFormat(locale, { style: 'currency', currency }),
    ).format(value);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** A person as the portal names them: their name, else their e-mail address. */
export const personName = (person: { name?: string | null; email: string }) =>
  person.name?.trim() || person.email;
