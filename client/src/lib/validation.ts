import type { TFunction } from 'i18next';
import { ACCOUNT_LIMITS, charLength, isEmail } from '../../../shared/src/accounts';
import { TICKET_LIMITS } from '../../../shared/src/tickets';

/**
 * Client-side checks of the portal's fields, so most mistakes are caught before sending. The
 * limits are the server's own (shared/src); the messages are in the user's language.
 */

/** Where to go after signing in: only a path of this portal, never another site. */
export function safeNext(next: string | null | undefined): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return null;
  }
  return next;
}

/** The message under a field, or null when its value may be sent. */
export type Check<T = string> = (value: T) => string | null;

/** The message under a new-password field, or null when the password may be sent. */
export function passwordError(value: string, t: TFunction): string | null {
  const { min, max } = ACCOUNT_LIMITS.password;
  if (!value) return t('validation.passwordRequired');
  if (charLength(value) < min) return t('errors.reason.PASSWORD_TOO_SHORT');
  if (charLength(value) > max) return t('errors.reason.PASSWORD_TOO_LONG');
  return null;
}

/** A trimmed text's length against a maximum: the "too long" message, or null. */
function tooLong(value: string, max: number, t: TFunction): string | null {
  return charLength(value.trim()) > max ? t('validation.tooLong', { max }) : null;
}

/** The checks of the fields people fill in across the portal. */
export function fieldChecks(t: TFunction) {
  return {
    email: (value: string) => {
      if (!value.trim()) return t('validation.emailRequired');
      if (!isEmail(value)) return t('validation.emailInvalid');
      return tooLong(value, ACCOUNT_LIMITS.email, t);
    },
    /** The password to sign in or to confirm a change with: only required. */
    password: (value: string) => (value ? null : t('validation.passwordRequired')),
    newPassword: (value: string) => passwordError(value, t),
    /** The repeated new password. */
    sameAs: (other: string) => (value: string) =>
      value === other ? null : t('validation.passwordMismatch'),
    personName: (value: string) =>
      value.trim()
        ? tooLong(value, ACCOUNT_LIMITS.personName.max, t)
        : t('validation.nameRequired'),
    companyName: (value: string) =>
      charLength(value.trim()) < ACCOUNT_LIMITS.companyName.min
        ? t('validation.companyNameRequired')
        : tooLong(value, ACCOUNT_LIMITS.companyName.max, t),
    taxId: (value: string) => {
      const taxId = value.replace(/\s/g, '');
      const { min, max } = ACCOUNT_LIMITS.taxId;
      if (!taxId) return t('validation.taxIdRequired');
      if (taxId.length < min || taxId.length > max) return t('errors.reason.TAX_ID_FORMAT');
      return null;
    },
    country: (value: string) => (value ? null : t('validation.countryRequired')),
    ticketSubject: (value: string) => {
      const words = value.trim();
      if (!words) return t('validation.ticketSubjectRequired');
      if (charLength(words) < TICKET_LIMITS.subject.min) return t('validation.ticketSubjectShort');
      if (charLength(words) > TICKET_LIMITS.subject.max) return t('validation.ticketSubjectLong');
      return null;
    },
    ticketDescription: (value: string) => {
      if (!value.trim()) return t('validation.ticketDescriptionRequired');
      return charLength(value) > TICKET_LIMITS.description.max
        ? t('validation.ticketDescriptionLong')
        : null;
    },
    /** A reply or comment: empty is checked by the page (it may mean "no words"). */
    ticketComment: (value: string) =>
      charLength(value) > TICKET_LIMITS.comment.max ? t('validation.ticketDescriptionLong') : null,
  } satisfies Record<string, Check | ((other: string) => Check)>;
}
