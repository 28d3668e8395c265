import { GraphQLError } from 'graphql';

/**
 * The codes every client can rely on (errors[].extensions.code). Domain modules add their
 * own codes (TAX_ID_ALREADY_REGISTERED, OUT_OF_STOCK …) by subclassing AppError.
 */
export type ErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | (string & {});

/** An error the user or tool is meant to see: a stable code and a clear message. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'AppError';
  }

  get code(): string {
    return String(this.extensions.code);
  }
}

/** "Does not exist" and "not yours" give the same answer, so nothing can be enumerated. */
export class NotFoundError extends AppError {
  constructor(what = 'Record') {
    super('NOT_FOUND', `${what} not found.`);
  }
}

/** Bad input: `field` names the input field, `reason` a machine-readable cause. */
export class BadUserInputError extends AppError {
  constructor(message: string, field?: string, reason?: string) {
    super('BAD_USER_INPUT', message, {
      ...(field ? { field } : {}),
      ...(reason ? { reason } : {}),
    });
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You are not allowed to do this.') {
    super('FORBIDDEN', message);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Please sign in.') {
    super('UNAUTHENTICATED', message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super('CONFLICT', message);
  }
}
