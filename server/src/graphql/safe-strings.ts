import type { MiddlewareFn } from 'type-graphql';
import { BadUserInputError } from '../common/errors';
import { isStorableText } from '../common/ids';

/**
 * The path of the first string in `value` that PostgreSQL could not store (a NUL byte, or a
 * lone UTF-16 surrogate, which is not valid UTF-8 nor JSON), or null.
 */
export function unsafeStringPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = unsafeStringPath(value[i], `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, v] of Object.entries(value)) {
      const found = unsafeStringPath(v, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Runs before every resolver that has arguments (global middleware), on the coerced values,
 * so variables, inline literals, nested inputs and lists are all seen: text with a NUL byte
 * or a lone surrogate is BAD_USER_INPUT naming the argument, before any service or SQL.
 */
export const refuseUnsafeStrings: MiddlewareFn = async ({ args }, next) => {
  if (args && Object.keys(args).length > 0) {
    const field = unsafeStringPath(args, '');
    if (field) {
      throw new BadUserInputError(
        `${field} contains a character that cannot be stored (a NUL byte or a lone surrogate).`,
        field,
        'UNSAFE_CHARACTER',
      );
    }
  }
  return next();
};
