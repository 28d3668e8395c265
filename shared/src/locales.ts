/** The languages of the portal, in the order the language switcher shows them. */
export const LOCALES = ['en', 'uk', 'hu', 'pl'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  uk: 'Українська',
  hu: 'Magyar',
  pl: 'Polski',
};

/** Where a browser remembers the language chosen in it (the SPA and its boot script). */
export const LOCALE_STORAGE_KEY = 'portal.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The header in which the SPA names the language its page is shown in. It wins over the
 * viewer's saved language, so every name a page shows (portals, request types, statuses) comes
 * in the page's language even when an agent reads in another language than their profile's.
 */
export const PAGE_LOCALE_HEADER = 'x-portal-locale';

/** The best supported locale for a BCP 47 tag or Accept-Language value ("hu-HU,hu;q=0.9"). */
export function pickLocale(tags: string | null | undefined): Locale {
  if (!tags) return DEFAULT_LOCALE;
  const ranked = tags
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split('-')[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}

/**
 * The language a browser shows the portal in: the signed-in representative's own (`own`), else
 * the one chosen before in this browser (`chosen`), else the first of the browser's languages
 * the portal speaks ("uk-UA" is Ukrainian), else `fallback`. One rule for the SPA's boot script,
 * which runs this function's source text before any module has loaded
 * (client/vite.first-route.mts), and for i18next (client/src/app/i18n.ts), so the texts the page
 * preloads are the ones it shows. It names nothing from outside its body.
 */
export function browserLocale(
  speaks: readonly string[],
  fallback: string,
  own: unknown,
  chosen: unknown,
  languages: readonly string[],
): string {
  for (const saved of [own, chosen]) {
    if (typeof saved === 'string' && speaks.includes(saved)) return saved;
  }
  for (const tag of languages) {
    const base = String(tag).split('-')[0]?.toLowerCase() ?? '';
    if (speaks.includes(base)) return base;
  }
  return fallback;
}
