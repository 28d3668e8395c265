import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '../../../shared/src/locales';

/** Where the chosen language is remembered in the browser. */
export const LOCALE_STORAGE_KEY = 'portal.locale';

/**
 * Each locale's texts are a chunk of their own: the browser loads only the language in use
 * (about 20 KiB gzipped each), and another one when the user switches to it.
 */
const bundles: Record<Locale, () => Promise<{ default: ResourceKey }>> = {
  en: () => import('../locales/en.json'),
  uk: () => import('../locales/uk.json'),
  hu: () => import('../locales/hu.json'),
  pl: () => import('../locales/pl.json'),
};

const localeBundles: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    if (!isLocale(language)) return callback(new Error(`no texts for ${language}`), false);
    bundles[language]().then(
      (bundle) => callback(null, bundle.default),
      (error: Error) => callback(error, false),
    );
  },
};

/**
 * Every locale has exactly the English keys (locales.test.ts), so a supported language needs
 * no fallback texts loaded; English stands in only for a language the portal does not speak.
 */
const fallbackLng = (code?: string): string[] => (isLocale(code) ? [] : [DEFAULT_LOCALE]);

/** "uk-UA" -> "uk"; anything the portal does not speak is passed on for i18next to skip. */
function toLocale(tag: string): string {
  const base = tag.split('-')[0]?.toLowerCase();
  return isLocale(base) ? base : tag;
}

function setDocumentLanguage(lng: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

i18n.on('languageChanged', setDocumentLanguage);

/**
 * Settles when the detected language's texts are loaded: the app renders after it, so no
 * untranslated key ever shows. Changing language later loads the new texts before switching.
 */
export const i18nReady: Promise<unknown> = i18n
  .use(LanguageDetector)
  .use(localeBundles)
  .use(initReactI18next)
  .init({
    supportedLngs: [...LOCALES],
    fallbackLng,
    load: 'languageOnly',
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
