import '@testing-library/jest-dom';
import { TextDecoder, TextEncoder } from 'node:util';
import { cleanup, configure } from '@testing-library/react';
import i18n, { i18nReady } from '../src/app/i18n';
import en from '../src/locales/en.json';
import hu from '../src/locales/hu.json';
import pl from '../src/locales/pl.json';
import uk from '../src/locales/uk.json';

// The browser loads one locale's texts when needed; tests get all four at once, so a component
// renders its texts on the first render and a language switch needs no loading.
for (const [lng, texts] of Object.entries({ en, uk, hu, pl })) {
  i18n.addResourceBundle(lng, 'translation', texts);
}

// CI machines are loaded (two cores, four suites): give findBy* and waitFor more than the
// default second (a lazily loaded page is compiled on first import) before a missing element counts as a failure.
configure({ asyncUtilTimeout: 10_000 });

// jsdom lacks what Mantine and Apollo expect from a browser.
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}

class ResizeObserverStub implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (!window.ResizeObserver) window.ResizeObserver = ResizeObserverStub;
if (!window.HTMLElement.prototype.scrollIntoView) {
  window.HTMLElement.prototype.scrollIntoView = () => undefined;
}
if (!globalThis.TextEncoder) {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
}

// Every test starts in English with nothing remembered.
beforeEach(async () => {
  await i18nReady;
  await i18n.changeLanguage('en');
  window.localStorage.clear();
});

afterEach(() => {
  cleanup();
  jest.useRealTimers();
});
