/**
 * The texts a first visit needs: the shell (header, footer, errors) and the signed-out pages
 * (`signedOutPage` in routes.tsx). Each locale's file is built as two chunks, these top-level
 * sections and the rest (`localeParts` in vite.config.mts): the app renders once the first part
 * is there; every other page waits for the rest, which loads right after, in the background.
 * `first-texts.test.ts` checks that the shell and those pages use no other section.
 */
export const FIRST_TEXTS = [
  'app',
  'nav',
  'language',
  'footer',
  'common',
  'notFound',
  'routeError',
  'forbidden',
  'userMenu',
  'fields',
  'password',
  'validation',
  'errors',
  'auth',
  'join',
  'address',
] as const;

/**
 * The request list's own sections, a third part of each locale's texts: the list is the page
 * most visits open on, and with them it needs neither the rest (every other page's texts, 10
 * KiB gzipped in English) nor to wait for it (`pageOnRequestTexts` in routes.tsx;
 * `first-texts.test.ts` holds the list to the first part and these).
 */
export const REQUEST_TEXTS = ['requests'] as const;

/** The parts of a locale's texts, each a chunk of its own (`locales/xx.json?part`). */
export const TEXT_PARTS = ['first', 'rest', 'requests'] as const;
export type TextPart = (typeof TEXT_PARTS)[number];

/** The part a top-level section of the texts belongs to. */
export function textPartOf(section: string): TextPart {
  if ((FIRST_TEXTS as readonly string[]).includes(section)) return 'first';
  if ((REQUEST_TEXTS as readonly string[]).includes(section)) return 'requests';
  return 'rest';
}
