import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { inputRejectedByDatabase } from '../common/db-errors';
import { AppError } from '../common/errors';
import { currentRequestId, type Logger } from '../logger';

/**
 * The one place that decides what an error looks like to a client. Known errors keep their
 * code and message; anything unexpected is logged with the request id and reaches the
 * client as a generic message carrying that id, never a stack or an SQL text.
 */
export function createFormatError(logger: Logger, { production = false } = {}) {
  const format = knownOrMasked(logger);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = format(formatted, error);
    // graphql-js's own "Did you mean …?" (fields, arguments, enum values) would map the schema.
    return production ? { ...result, message: withoutSuggestions(result.message) } : result;
  };
}

const SUGGESTION = /\s*Did you mean [\s\S]*$/;

function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

function knownOrMasked(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const { stacktrace: _stack, ...extensions } = (formatted.extensions ?? {}) as Record<
      string,
      unknown
    >;
    if (original instanceof AppError) {
      return { ...formatted, message: original.message, extensions };
    }
    const rejected = inputRejectedByDatabase(original);
    if (rejected) {
      logger.warn({ err: original, path: formatted.path }, 'input rejected by the database');
      return {
        message: rejected.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: rejected.code },
      };
    }
    const code = extensions.code;
    // type-graphql says UNAUTHORIZED for "signed in without the role"; our contract says FORBIDDEN.
    if (code === 'UNAUTHORIZED') {
      return {
        ...formatted,
        message: 'You are not allowed to do this.',
        extensions: { ...extensions, code: 'FORBIDDEN' },
      };
    }
    // class-validator's report carries the whole input (passwords included): keep field and messages.
    if (code === 'BAD_USER_INPUT' && Array.isArray(extensions.validationErrors)) {
      const fields = (extensions.validationErrors as ValidationReport[]).flatMap((v) =>
        flattenValidation(v),
      );
      const first = fields[0];
      return {
        ...formatted,
        message: first ? first.messages[0]! : formatted.message,
        extensions: { code, field: first?.field, fields },
      };
    }
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      return { ...formatted, extensions };
    }
    const requestId = currentRequestId() ?? 'none';
    logger.error({ err: original, path: formatted.path }, 'unexpected error');
    return {
      message: `Something went wrong on our side. If it happens again, contact support and quote request id ${requestId}.`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };
}

interface ValidationReport {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationReport[];
}

function flattenValidation(
  v: ValidationReport,
  prefix = '',
): Array<{ field: string; messages: string[] }> {
  const field = prefix ? `${prefix}.${v.property}` : v.property;
  const own = v.constraints ? [{ field, messages: Object.values(v.constraints) }] : [];
  return [...own, ...(v.children ?? []).flatMap((c) => flattenValidation(c, field))];
}
