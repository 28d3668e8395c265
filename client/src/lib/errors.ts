import { CombinedGraphQLErrors } from '@apollo/client';
import type { TFunction } from 'i18next';

/** One error of a GraphQL answer, as the portal's server words it (see API-CONTRACT.md). */
export interface ApiError {
  message: string;
  code: string | null;
  extensions: Record<string, unknown>;
}

/** The GraphQL errors inside whatever a hook or a rejected mutation gave us (none: network). */
export function apiErrors(error: unknown): ApiError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.map((e) => {
    const extensions = (e.extensions ?? {}) as Record<string, unknown>;
    return {
      message: e.message,
      code: typeof extensions.code === 'string' ? extensions.code : null,
      extensions,
    };
  });
}

/** The first error with a code, if the answer had one. */
export function firstApiError(error: unknown): ApiError | null {
  return apiErrors(error)[0] ?? null;
}

export function hasCode(error: unknown, code: string): boolean {
  return apiErrors(error).some((e) => e.code === code);
}

/** Reasons the server gives for a bad field that the portal words in every language. */
const REASONS = [
  'TAX_ID_FORMAT',
  'TAX_ID_CHECKSUM',
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_LONG',
  'PASSWORD_TOO_COMMON',
  'UNSAFE_CHARACTER',
  'COUNTRY',
  'LINE_TOO_LARGE',
] as const;
type Reason = (typeof REASONS)[number];
const isReason = (value: unknown): value is Reason =>
  typeof value === 'string' && (REASONS as readonly string[]).includes(value);

/**
 * BAD_USER_INPUT errors by input field ("taxId", "password" …), in the user's language where
 * the server names a reason, otherwise in the server's words.
 */
export function fieldErrors(error: unknown, t: TFunction): Record<string, string> {
  const result: Record<string, string> = {};
  for (const e of apiErrors(error)) {
    if (e.code !== 'BAD_USER_INPUT') continue;
    const reason = e.extensions.reason;
    const field = typeof e.extensions.field === 'string' ? e.extensions.field : null;
    if (field && !result[field]) {
      result[field] = isReason(reason) ? t(`errors.reason.${reason}`) : e.message;
    }
    const fields = e.extensions.fields;
    if (Array.isArray(fields)) {
      for (const f of fields as Array<{ field?: unknown; messages?: unknown }>) {
        if (typeof f.field !== 'string' || result[f.field]) continue;
        const first = Array.isArray(f.messages) ? f.messages[0] : undefined;
        result[f.field] = typeof first === 'string' ? first : e.message;
      }
    }
  }
  return result;
}

/** Codes with a message of their own in the locale files. */
const WORDED = [
  'INVALID_CREDENTIALS',
  'EMAIL_ALREADY_REGISTERED',
  'INVALID_TOKEN',
  'TOKEN_EXPIRED',
  'FORBIDDEN',
  'LAST_ADMINISTRATOR',
  'UNAUTHENTICATED',
  'NOT_FOUND',
  'CONFLICT',
  'TICKET_CLOSED',
  'RETURN_CLOSED',
  'TAX_ID_NOT_CONFIRMED',
] as const;
type Worded = (typeof WORDED)[number];
const isWorded = (value: unknown): value is Worded =>
  typeof value === 'string' && (WORDED as readonly string[]).includes(value);

/** A sentence for the summary alert of a form: what went wrong, in the user's language. */
export function describeError(error: unknown, t: TFunction): string {
  const errors = apiErrors(error);
  if (errors.length === 0) return t('errors.network');
  const first = errors[0]!;
  if (first.code === 'TOO_MANY_ATTEMPTS') {
    const seconds = Number(first.extensions.retryAfterSeconds) || 60;
    return t('errors.TOO_MANY_ATTEMPTS', { minutes: Math.max(1, Math.ceil(seconds / 60)) });
  }
  if (first.code === 'BAD_USER_INPUT') {
    const reason = first.extensions.reason;
    return isReason(reason) ? t(`errors.reason.${reason}`) : first.message;
  }
  if (isWorded(first.code)) return t(`errors.${first.code}`);
  if (first.code === 'INTERNAL_SERVER_ERROR' && typeof first.extensions.requestId === 'string') {
    return t('errors.internal', { requestId: first.extensions.requestId });
  }
  return t('errors.generic');
}
