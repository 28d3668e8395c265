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
