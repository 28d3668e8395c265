import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '../../../shared/src/locales';
import en from '../locales/en.json';
import hu from '../locales/hu.json';
import pl from '../locales/pl.json';
import uk from '../locales/uk.json';

/** Where the chosen language is remembered in the browser. */
export const LOCALE_STORAGE_KEY = 'portal.locale';

export const resources = {
  en: { translation: en },
  uk: { translation: uk },
  hu: { translation: hu },
  pl: { translation: pl },
} as const satisfies Record<Locale, { translation: typeof en }>;

/** "uk-UA" -> "uk"; anything the portal does not speak is passed on for i18next to skip. */
function toLocale(tag: string): string {
  const base = tag.split('-')[0]?.toLowerCase();
  return isLocale(base) ? base : tag;
}

function setDocumentLanguage(lng: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

i18n.on('languageChanged', setDocumentLanguage);

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    supportedLngs: [...LOCALES],
    fallbackLng: DEFAULT_LOCALE,
    load: 'languageOnly',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LOCALE_STORAGE_KEY,
      caches: ['localStorage'],
      convertDetectedLanguage: toLocale,
    },
  });

export default i18n;
