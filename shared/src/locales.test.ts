import { browserLocale, DEFAULT_LOCALE, isLocale, LOCALES, pickLocale } from './locales';

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

type Pick = typeof browserLocale;

/** The function as the SPA's boot script runs it: from its source text, with nothing around it. */
const fromSource = new Function(`return (${browserLocale.toString()});`)() as Pick;

describe.each([
  ['as i18next calls it', browserLocale],
  ['from its source text, as the boot script runs it', fromSource],
])('browserLocale, %s', (_how, pick: Pick) => {
  const speaks = [...LOCALES];

  it("puts the signed-in representative's own language first", () => {
    expect(pick(speaks, DEFAULT_LOCALE, 'hu', 'pl', ['uk-UA'])).toBe('hu');
  });

  it('then the language chosen before in this browser', () => {
    expect(pick(speaks, DEFAULT_LOCALE, undefined, 'pl', ['uk-UA'])).toBe('pl');
    expect(pick(speaks, DEFAULT_LOCALE, 'de', 'pl', ['uk-UA'])).toBe('pl');
  });

  it("then the first of the browser's languages the portal speaks, by its base", () => {
    expect(pick(speaks, DEFAULT_LOCALE, null, null, ['de-AT', 'UK-ua', 'pl'])).toBe('uk');
    expect(pick(speaks, DEFAULT_LOCALE, null, 'xx', ['hu'])).toBe('hu');
  });

  it('else the fallback', () => {
    expect(pick(speaks, DEFAULT_LOCALE, 42, '', ['de-DE', 'fr'])).toBe('en');
    expect(pick(speaks, DEFAULT_LOCALE, null, null, [])).toBe('en');
  });
});
