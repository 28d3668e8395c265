import i18n, { type BackendModule } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '../../../shared/src/locales';
import { pageViewerLocale } from './page-viewer';

/** Where the chosen language is remembered in the browser. */
export const LOCALE_STORAGE_KEY = 'portal.locale';

type Texts = { default: Record<string, unknown> };

/**
 * Each locale's texts are two chunks of their own (app/first-texts.ts): what the shell and the
 * signed-out pages use, and the rest. The browser loads only the language in use, and another
 * one when the user switches to it.
 */
const bundles: Record<Locale, { first: () => Promise<Texts>; rest: () => Promise<Texts> }> = {
  en: {
    first: () => import('../locales/en.json?first'),
    rest: () => import('../locales/en.json?rest'),
  },
  uk: {
    first: () => import('../locales/uk.json?first'),
    rest: () => import('../locales/uk.json?rest'),
  },
  hu: {
    first: () => import('../locales/hu.json?first'),
    rest: () => import('../locales/hu.json?rest'),
  },
  pl: {
    first: () => import('../locales/pl.json?first'),
    rest: () => import('../locales/pl.json?rest'),
  },
};

/** Per language: settles when the rest of its texts is in i18next's store too. */
const rests = new Map<Locale, Promise<void>>();

/** Loads the rest of a language's texts once; the sections are disjoint from the first part's. */
function loadRest(language: Locale): Promise<void> {
  let loaded = rests.get(language);
  if (!loaded) {
    loaded = bundles[language]
      .rest()
      .then((texts) => void i18n.addResourceBundle(language, 'translation', texts.default, true));
    rests.set(language, loaded);
  }
  return loaded;
}

let started = false;

/**
 * The first language loads in two steps: the app renders with the first part; the rest comes
 * when a page needs it (`allTexts`) or the browser is idle. A language switched to later loads
 * whole before the switch, so the page on screen never shows a key.
 */
const localeBundles: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    if (!isLocale(language)) return callback(new Error(`no texts for ${language}`), false);
    const initial = !started;
    started = true;
    const first = bundles[language].first();
    // The rest joins the store by itself (loadRest); the first part is i18next's answer.
    const ready = initial ? first : Promise.all([first, loadRest(language)]).then(([a]) => a);
    ready.then(
      (texts) => callback(null, texts.default),
      (error: Error) => callback(error, false),
    );
  },
};

/** Settles when every text of the language in use is loaded (at once if it already is). */
export function allTexts(): Promise<void> {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(language) ? loadRest(language) : Promise.resolve();
}

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

const detector = new LanguageDetector();
// A signed-in representative's own language comes with the page (app/page-viewer.ts).
detector.addDetector({ name: 'pageViewer', lookup: pageViewerLocale });

/**
 * Settles when the detected language's texts are loaded: the app renders after it, so no
 * untranslated key ever shows. Changing language later loads the new texts before switching.
 */
export const i18nReady: Promise<unknown> = i18n
  .use(detector)
  .use(localeBundles)
  .use(initReactI18next)
  .init({
    supportedLngs: [...LOCALES],
    fallbackLng,
    load: 'languageOnly',
    interpolation: { escapeValue: false },
    returnNull: false,
    detection: {
      order: ['pageViewer', 'localStorage', 'navigator'],
      lookupLocalStorage: LOCALE_STORAGE_KEY,
      caches: ['localStorage'],
      convertDetectedLanguage: toLocale,
    },
  });

/**
 * Back to the first language before its rest had come (English, Polish, English within the first
 * seconds): the rest loads before the switch, as a new language does, so the page on screen
 * never shows a key. Every switch goes through here (the switcher, the profile, the session).
 */
const switchLanguage = i18n.changeLanguage.bind(i18n);
i18n.changeLanguage = async (...args: Parameters<typeof i18n.changeLanguage>) => {
  const [language] = args;
  if (isLocale(language) && i18n.hasResourceBundle(language, 'translation')) {
    await loadRest(language);
  }
  return switchLanguage(...args);
};

// The rest of the texts, once the first page has had the network and the main thread to itself.
void i18nReady.then(() => {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(() => void allTexts(), { timeout: 3000 });
  } else {
    setTimeout(() => void allTexts(), 1000);
  }
});

export default i18n;
