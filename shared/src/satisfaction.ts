import type { TicketStatus } from './tickets';

/** How a customer rates a resolved request: 1 (poor) to 5 (excellent). */
export const SATISFACTION_RATINGS = [1, 2, 3, 4, 5] as const;
export type SatisfactionRating = (typeof SATISFACTION_RATINGS)[number];

export const SATISFACTION_LIMITS = { comment: 2000 } as const;

export const isSatisfactionRating = (value: unknown): value is SatisfactionRating =>
  typeof value === 'number' && (SATISFACTION_RATINGS as readonly number[]).includes(value);

/**
 * Who may rate a request, and when: its reporter, once, while it is resolved (until it
 * closes). A refusal names why; null means the rating is allowed.
 */
export function ratingRefusal(request: {
  status: TicketStatus;
  byReporter: boolean;
  rated: boolean;
}): 'NOT_REPORTER' | 'ALREADY_RATED' | 'NOT_RESOLVED' | null {
  if (!request.byReporter) return 'NOT_REPORTER';
  if (request.rated) return 'ALREADY_RATED';
  if (request.status !== 'RESOLVED') return 'NOT_RESOLVED';
  return null;
}
