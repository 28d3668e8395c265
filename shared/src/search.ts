/**
 * How search compares what a person typed with document numbers and texts, the same for
 * customers and agents, on the server and in the SPA: letters are lower-cased and spaces and
 * ASCII punctuation (the separators of `ZAM/2026/000014`, `FV-2026-000001`, `RMA 2026 42`)
 * are dropped, so `zam 2026 000014`, `ZAM/2026/000014` and `zam-2026-000014` are one number.
 * The server stores texts normalized this way and indexes them with trigrams; its SQL twin is
 * `normalizedSql` (server/src/common/search.ts), checked against this function by a test.
 */
export const SEARCH_SEPARATORS = /[\s!-/:-@[-`{-~]+/g;

/** The text as search compares it: lower case, without spaces and ASCII punctuation. */
export function normalizeForSearch(text: string): string {
  return text.toLowerCase().replace(SEARCH_SEPARATORS, '');
}

/** Fragments shorter than this are not looked for inside words (trigrams need three). */
export const SEARCH_FRAGMENT_MIN = 3;

/** The normalized fragment to look for, or null when it is too short to search inside words. */
export function searchFragment(text: string): string | null {
  const fragment = normalizeForSearch(text);
  return [...fragment].length >= SEARCH_FRAGMENT_MIN ? fragment : null;
}
