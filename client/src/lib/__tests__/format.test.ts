import { formatDate, formatDateTime, formatMoney, relativeTime } from '../format';

// The formatters are built once per locale and style: each call must still use its own locale.
describe('formatting in the UI language', () => {
  const iso = '2026-03-02T10:05:00Z';

  it('formats each call in the locale it is given, whichever came first', () => {
    const en = formatDate(iso, 'en');
    const hu = formatDate(iso, 'hu');
    expect(en).toBe(new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(iso)));
    expect(hu).toBe(new Intl.DateTimeFormat('hu', { dateStyle: 'medium' }).format(new Date(iso)));
    expect(en).not.toBe(hu);
    expect(formatDate(iso, 'en')).toBe(en);
    expect(formatDateTime(iso, 'pl')).toBe(
      new Intl.DateTimeFormat('pl', { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(iso),
      ),
    );
  });

  it('says how long ago in each language', () => {
    const now = Date.parse(iso) + 3 * 86_400_000;
    expect(relativeTime(iso, 'en', now)).toBe('3 days ago');
    expect(relativeTime(iso, 'uk', now)).toBe('3 дні тому');
    expect(relativeTime(iso, 'en', Date.parse(iso) + 86_400_000)).toBe('yesterday');
  });

  it('formats money per currency, and an unknown currency as it came', () => {
    expect(formatMoney('129.9', 'EUR', 'en')).toBe('€129.90');
    expect(formatMoney('129.9', 'USD', 'en')).toBe('$129.90');
    expect(formatMoney('129.9', 'not-a-currency', 'en')).toBe('129.9 not-a-currency');
  });
});
