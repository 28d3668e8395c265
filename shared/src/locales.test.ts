import { DEFAULT_LOCALE, isLocale, pickLocale } from './locales';

describe('pickLocale', () => {
  it.each([
    ['hu-HU,hu;q=0.9,en;q=0.8', 'hu'],
    ['de-DE,de;q=0.9,pl;q=0.5', 'pl'],
    ['en;q=0.2, uk;q=0.8', 'uk'],
    ['UK', 'uk'],
    ['fr-FR', DEFAULT_LOCALE],
    ['pl;q=0, hu;q=0.1', 'hu'],
    ['', DEFAULT_LOCALE],
    [null, DEFAULT_LOCALE],
  ])('%j -> %s', (header, expected) => {
    expect(pickLocale(header)).toBe(expected);
  });

  it('knows exactly the four portal languages', () => {
    expect(['en', 'uk', 'hu', 'pl'].every(isLocale)).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
