import { isSatisfactionRating, ratingRefusal } from './satisfaction';

describe('satisfaction rules', () => {
  it('accepts the whole numbers 1 to 5 only', () => {
    expect([1, 2, 3, 4, 5].every(isSatisfactionRating)).toBe(true);
    for (const bad of [0, 6, 2.5, -1, '3', null, Number.NaN])
      expect(isSatisfactionRating(bad)).toBe(false);
  });

  it('lets the reporter rate a resolved request once', () => {
    expect(ratingRefusal({ status: 'RESOLVED', byReporter: true, rated: false })).toBeNull();
    expect(ratingRefusal({ status: 'RESOLVED', byReporter: true, rated: true })).toBe(
      'ALREADY_RATED',
    );
    expect(ratingRefusal({ status: 'RESOLVED', byReporter: false, rated: false })).toBe(
      'NOT_REPORTER',
    );
    for (const status of ['WAITING_FOR_SUPPORT', 'IN_PROGRESS', 'CLOSED', 'CANCELED'] as const)
      expect(ratingRefusal({ status, byReporter: true, rated: false })).toBe('NOT_RESOLVED');
  });
});
