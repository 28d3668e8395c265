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
