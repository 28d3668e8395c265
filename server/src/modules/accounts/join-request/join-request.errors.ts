import { AppError } from '../../../common/errors';

/** What a confirmation link turned out to be (the page words each one). */
export enum JoinConfirmation {
  /** Sent on (the same answer whether a company has the tax ID or not). */
  CONFIRMED = 'CONFIRMED',
  /** The link is older than its hours: ask again. */
  EXPIRED = 'EXPIRED',
  /** The address already has an account: sign in or reset the password instead. */
  HAS_ACCOUNT = 'HAS_ACCOUNT',
}

/** A used or unknown confirmation link. */
export class JoinLinkInvalidError extends AppError {
  constructor() {
    super('INVALID_TOKEN', 'This link is not valid or has already been used.');
  }
}
