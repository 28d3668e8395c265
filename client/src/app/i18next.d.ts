import 'i18next';
import type en from '../locales/en.json';

// Type-checks translation keys against the English file (the other locales are held to the same
// keys by client/src/locales/__tests__/locales.test.ts).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
