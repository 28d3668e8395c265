import i18n from 'i18next';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../shared/src/locales';

/** The current language as one of the portal's locales (i18next is set up by app/i18n.ts). */
export function currentLocale(): Locale {
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(lng) ? lng : DEFAULT_LOCALE;
}
