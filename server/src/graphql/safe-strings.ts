import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { BREAK, Kind, visit, type ValueNode } from 'graphql';
import type { RequestContext } from '../context/request-context';
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

/** The first argument path (`input.subject`, `search`) whose value holds unsafe text, or null. */
function unsafeInValue(
  node: ValueNode,
  path: string,
  variables: Record<string, unknown>,
): string | null {
  switch (node.kind) {
    case Kind.STRING:
      return isStorableText(node.value) ? null : path;
    case Kind.VARIABLE:
      return unsafeStringPath(variables[node.name.value], path);
    case Kind.LIST:
      for (let i = 0; i < node.values.length; i++) {
        const found = unsafeInValue(node.values[i]!, `${path}.${i}`, variables);
        if (found) return found;
      }
      return null;
    case Kind.OBJECT:
      for (const field of node.fields) {
        const found = unsafeInValue(field.value, `${path}.${field.name.value}`, variables);
        if (found) return found;
      }
      return null;
    default:
      return null;
  }
}

/**
 * Once per operation, before execution (an Apollo plugin, so no field pays for it): text with
 * a NUL byte or a lone surrogate anywhere in an argument, written inline or passed as a
 * variable, nested inputs and lists included, is BAD_USER_INPUT naming the argument.
 */
export const refuseUnsafeStrings: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        const variables = request.variables ?? {};
        let field: string | null = null;
        visit(document, {
          Argument(node) {
            field = unsafeInValue(node.value, node.name.value, variables);
            return field ? BREAK : undefined;
          },
        });
        if (field) {
          const error = new BadUserInputError(
            `${field} contains a character that cannot be stored (a NUL byte or a lone surrogate).`,
            field,
            'UNSAFE_CHARACTER',
          );
          error.extensions.http = { status: 200, headers: new HeaderMap() };
          throw error;
        }
      },
    };
  },
};
