/**
 * The texts a first visit needs: the shell (header, footer, errors) and the signed-out pages
 * (`pageOnFirstTexts` in routes.tsx). Each locale's file is built as three chunks (TEXT_PARTS):
 * these top-level sections, the request list's texts (REQUEST_TEXTS) and the rest (`localeParts`
 * in vite.config.mts). The app renders once the first part is there; the request list waits for
 * its own part too, every other page for all, and what is not waited for loads when the browser
 * is idle. `first-texts.test.ts` checks that the shell and those pages use no other section.
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
 * The request list's own texts, a third part of each locale's: the list is the page most visits
 * open on, and with them it needs neither the rest (every other page's texts) nor to wait for
 * it (`pageOnRequestTexts` in routes.tsx). Subsections of `requests`: the list shows statuses,
 * portals, its heading, filters and columns (and who reported a request when they have left),
 * not a request's conversation, its form or the staff queue's texts. `first-texts.test.ts` holds
 * the list (and the parts it loads on intent) to the first part and these.
 */
export const REQUEST_TEXTS = [
  'requests.status',
  'requests.portals',
  'requests.list',
  'requests.filters',
  'requests.columns',
  'requests.reporterGone',
] as const;

/** The parts of a locale's texts, each a chunk of its own (`locales/xx.json?part`). */
export const TEXT_PARTS = ['first', 'rest', 'requests'] as const;
export type TextPart = (typeof TEXT_PARTS)[number];

const isFirst = (section: string) => (FIRST_TEXTS as readonly string[]).includes(section);
const inRequestTexts = (key: string) =>
  REQUEST_TEXTS.some((path) => key === path || key.startsWith(`${path}.`));
/** A section some of whose subsections are the request list's part and the others the rest. */
const isSplit = (section: string) => REQUEST_TEXTS.some((path) => path.startsWith(`${section}.`));

/** The part a text belongs to, by its key ("requests.list.title"), a subsection or a section. */
export function textPartOf(key: string): TextPart {
  if (isFirst(key.split('.')[0] ?? '')) return 'first';
  return inRequestTexts(key) ? 'requests' : 'rest';
}

/**
 * A locale's texts of one part: whole sections, and of a split section (`requests`) the
 * subsections the part holds. The parts are disjoint and together the whole file
 * (`first-texts.test.ts`); i18next merges them deeply as they arrive (app/i18n.ts).
 */
export function textsOfPart(
  texts: Record<string, unknown>,
  part: TextPart,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [section, value] of Object.entries(texts)) {
    if (isSplit(section) && value && typeof value === 'object') {
      const kept = Object.entries(value).filter(
        ([sub]) => textPartOf(`${section}.${sub}`) === part,
      );
      if (kept.length) out[section] = Object.fromEntries(kept);
    } else if (textPartOf(section) === part) {
      out[section] = value;
    }
  }
  return out;
}
