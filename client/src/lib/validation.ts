/** Client-side checks that mirror the server's rules, so most mistakes are caught before sending. */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const isEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());

/** Characters as a person counts them (the server counts code points too). */
export const length = (value: string) => [...value].length;

export type PasswordProblem = 'required' | 'short' | 'long' | null;

export function passwordProblem(value: string): PasswordProblem {
  if (!value) return 'required';
  if (length(value) < PASSWORD_MIN) return 'short';
  if (length(value) > PASSWORD_MAX) return 'long';
  return null;
}

/** Where to go after signing in: only a path of this portal, never another site. */
export function safeNext(next: string | null | undefined): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return null;
  }
  return next;
}

/** The message under a new-password field, or null when the password may be sent. */
export function passwordError(
  value: string,
  t: (
    key:
      | 'validation.passwordRequired'
      | 'errors.reason.PASSWORD_TOO_SHORT'
      | 'errors.reason.PASSWORD_TOO_LONG',
  ) => string,
): string | null {
  switch (passwordProblem(value)) {
    case 'required':
      return t('validation.passwordRequired');
    case 'short':
      return t('errors.reason.PASSWORD_TOO_SHORT');
    case 'long':
      return t('errors.reason.PASSWORD_TOO_LONG');
    default:
      return null;
  }
}
