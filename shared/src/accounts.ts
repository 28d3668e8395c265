/** Field limits of accounts, the same on both sides (characters, counted as code points). */
export const ACCOUNT_LIMITS = {
  password: { min: 8, max: 128 },
  email: 254,
  personName: { min: 1, max: 120 },
  companyName: { min: 2, max: 200 },
  taxId: { min: 4, max: 40 },
  address: { line: 200, postalCode: 20, city: 100 },
} as const;

/** Characters as a person counts them: code points, not UTF-16 units. */
export const charLength = (value: string): number => [...value].length;

/** A plausible e-mail address: something@domain.tld, no spaces. */
export const isEmail = (value: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());

/** The form an e-mail address is compared and stored in. */
export const normalizeEmail = (value: string): string => value.trim().toLowerCase();

/** A request to join a company stands this many days after its e-mail is confirmed. */
export const JOIN_REQUEST_DAYS = 14;

/** The link that confirms the e-mail of a request to join works this many hours, once. */
export const JOIN_CONFIRM_HOURS = 24;

/** What a person writes when asking to join, and an administrator when declining. */
export const JOIN_LIMITS = { declineReason: 1000 } as const;

/** When a request to join confirmed at `confirmedAt` expires (disappears, cannot be approved). */
export const joinRequestExpiresAt = (confirmedAt: Date): Date =>
  new Date(confirmedAt.getTime() + JOIN_REQUEST_DAYS * 86_400_000);

/**
 * A request to join a company: UNCONFIRMED until the person opens the e-mailed link; then
 * PENDING (for the company's administrators, or the agents when it has none) or UNMATCHED
 * (no company has that tax ID: nobody sees it, and the person is told the same either way);
 * an administrator or agent decides: APPROVED (an invitation follows) or DECLINED.
 */
export const JOIN_REQUEST_STATUSES = [
  'UNCONFIRMED',
  'PENDING',
  'UNMATCHED',
  'APPROVED',
  'DECLINED',
] as const;
export type JoinRequestStatus = (typeof JOIN_REQUEST_STATUSES)[number];

const JOIN_TRANSITIONS: Record<JoinRequestStatus, readonly JoinRequestStatus[]> = {
  UNCONFIRMED: ['PENDING', 'UNMATCHED'],
  PENDING: ['APPROVED', 'DECLINED'],
  UNMATCHED: [],
  APPROVED: [],
  DECLINED: [],
};

/** Whether a request to join may move from one status to another. */
export const canMoveJoinRequest = (from: JoinRequestStatus, to: JoinRequestStatus): boolean =>
  JOIN_TRANSITIONS[from].includes(to);
