import { QueryFailedError } from 'typeorm';

/** The constraint a unique violation (SQLSTATE 23505) hit, or null for any other error. */
export function uniqueViolation(err: unknown): string | null {
  if (!(err instanceof QueryFailedError)) return null;
  const driver = err.driverError as { code?: string; constraint?: string };
  return driver.code === '23505' ? (driver.constraint ?? '') : null;
}

/** SQLSTATEs after which the whole transaction may simply run again. */
const RETRYABLE = new Set(['40P01', '40001']);

/** A deadlock (40P01) or serialization failure (40001): the transaction can be retried. */
export function isRetryableTransactionError(err: unknown): boolean {
  const e = err as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' && RETRYABLE.has(code);
}

/**
 * The safety net for input PostgreSQL could not take (checks come first; this catches what
 * they missed): a value that is not of the column's type, too long, out of range, badly
 * encoded or over a limit. A text that is not a uuid means the record does not exist.
 * Returns null for any other error. The transaction that hit it was rolled back.
 */
export function inputRejectedByDatabase(
  err: unknown,
): { code: 'NOT_FOUND' | 'BAD_USER_INPUT'; message: string } | null {
  if (!(err instanceof QueryFailedError)) return null;
  const driver = err.driverError as { code?: string; message?: string };
  switch (driver.code) {
    case '22P02': // invalid text representation (a uuid, a number)
      return { code: 'NOT_FOUND', message: 'Record not found.' };
    case '22003': // numeric value out of range
      return { code: 'BAD_USER_INPUT', message: 'A number is out of the accepted range.' };
    case '22001': // string data right truncation
      return { code: 'BAD_USER_INPUT', message: 'A text is longer than accepted.' };
    case '22021': // character not in repertoire
    case '22P05': // untranslatable character
    case '22025': // invalid escape sequence
      return {
        code: 'BAD_USER_INPUT',
        message: 'A text contains a character that cannot be stored.',
      };
    case '22007': // invalid datetime format
    case '22008': // datetime field overflow
      return { code: 'BAD_USER_INPUT', message: 'A date is out of the accepted range.' };
    case '54000': // program limit exceeded (e.g. an index row too large)
    case '54001': // statement too complex
      return { code: 'BAD_USER_INPUT', message: 'The input is too large.' };
    default:
      return null;
  }
}
