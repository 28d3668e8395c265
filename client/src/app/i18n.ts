import i18n, { type BackendModule, type LanguageDetectorModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  DEFAULT_LOCALE,
  LOCALE_STORAGE_KEY,
  LOCALES,
  browserLocale,
  isLocale,
  type Locale,
} from '../../../shared/src/locales';
import type { TextPart } from './first-texts';
import { pageViewerLocale } from './page-viewer';

export { LOCALE_STORAGE_KEY };

type Texts = { default: Record<string, unknown> };

/**
 * Each locale's texts are chunks of their own (app/first-texts.ts): what the shell and the
 * signed-out pages use, the request list's sections, and the rest. The browser loads only the
 * language in use, and another one when the user switches to it.
 */
const bundles: Record<Locale, Record<TextPart, () => Promise<Texts>>> = {
  en: {
    first: () => import('../locales/en.json?first'),
    requests: () => import('../locales/en.json?requests'),
    rest: () => import('../locales/en.json?rest'),
  },
  uk: {
    first: () => import('../locales/uk.json?first'),
    requests: () => import('../locales/uk.json?requests'),
    rest: () => import('../locales/uk.json?rest'),
  },
  hu: {
    first: () => import('../locales/hu.json?first'),
    requests: () => import('../locales/hu.json?requests'),
    rest: () => import('../locales/hu.json?rest'),
  },
  pl: {
    first: () => import('../locales/pl.json?first'),
    requests: () => import('../locales/pl.json?requests'),
    rest: () => import('../locales/pl.json?rest'),
  },
};

/** Per language and part after the first: settles when that part is in i18next's store too. */
const parts = new Map<string, Promise<void>>();

/** Loads a part of a language's texts once; the parts' sections are disjoint. */
function loadPart(language: Locale, part: Exclude<TextPart, 'first'>): Promise<void> {
  let loaded = parts.get(`${language}:${part}`);
  if (!loaded) {
    loaded = bundles[language][part]().then(
      (texts) => void i18n.addResourceBundle(language, 'translation', texts.default, true),
    );
    parts.set(`${language}:${part}`, loaded);
  }
  return loaded;
}

/** Loads every text of a language beyond the first part. */
function loadRest(language: Locale): Promise<void> {
  return Promise.all([loadPart(language, 'requests'), loadPart(language, 'rest')]).then(
    () => undefined,
  );
}

let started = false;

/**
 * The first language loads in steps: the app renders with the first part; the others come when
 * a page needs them (`requestTexts`, `allTexts`) or the browser is idle. A language switched to
 * later loads whole before the switch, so the page on screen never shows a key.
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

/** The language in use, when the portal speaks it. */
function currentLocale(): Locale | null {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(language) ? language : null;
}

/** Settles when every text of the language in use is loaded (at once if it already is). */
export function allTexts(): Promise<void> {
  const language = currentLocale();
  return language ? loadRest(language) : Promise.resolve();
}

/** Settles when the request list's texts of the language in use are loaded. */
export function requestTexts(): Promise<void> {
  const language = currentLocale();
  return language ? loadPart(language, 'requests') : Promise.resolve();
}

/**
 * Every locale has exactly the English keys (locales.test.ts), so a supported language needs
 * no fallback texts loaded; English stands in only for a language the portal does not speak.
 */
const fallbackLng = (code?: string): string[] => (isLocale(code) ? [] : [DEFAULT_LOCALE]);

function setDocumentLanguage(lng: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

i18n.on('languageChanged', setDocumentLanguage);

/** The language chosen before in this browser; a private window may refuse the storage. */
function stored(): string | null {
  try {
    return localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}

function remember(language: string): void {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, language);
  } catch {
    // Not remembered: the next visit picks the language again.
  }
}

/**
 * The language the boot script has preloaded (the same rule, `browserLocale`): the signed-in
 * representative's own, which comes with the page (app/page-viewer.ts), then the one chosen
 * before in this browser, then the browser's. The language in use is remembered as chosen.
 */
const detector: LanguageDetectorModule = {
  type: 'languageDetector',
  init: () => undefined,
  detect: () =>
    browserLocale(
      LOCALES,
      DEFAULT_LOCALE,
      pageViewerLocale(),
      stored(),
      typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]),
    ),
  cacheUserLanguage: remember,
};

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
