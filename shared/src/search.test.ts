import { normalizeForSearch, searchFragment } from './search';

describe('normalizeForSearch', () => {
  it.each(['zam 2026 000014', 'ZAM/2026/000014', 'zam-2026-000014', ' Zam_2026.000014 '])(
    '%s is the number ZAM/2026/000014',
    (typed) => expect(normalizeForSearch(typed)).toBe(normalizeForSearch('ZAM/2026/000014')),
  );

  it('keeps letters of every language and digits', () => {
    expect(normalizeForSearch('Рахунок FV/2026/1 Számla')).toBe('рахунокfv20261számla');
  });

  it('finds a fragment of three characters or more, not shorter', () => {
    expect(searchFragment('1142')).toBe('1142');
    expect(searchFragment('/ 1 2 /')).toBeNull();
    expect(searchFragment('a-b-c')).toBe('abc');
  });
});
