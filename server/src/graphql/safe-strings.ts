import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type ArgumentNode, type DocumentNode, type ValueNode } from 'graphql';
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
 * The arguments of a document, found once: Apollo keeps parsed documents, so a repeated
 * operation is the same object and is not walked again.
 */
const argumentsOf = new WeakMap<DocumentNode, readonly ArgumentNode[]>();
function argumentNodes(document: DocumentNode): readonly ArgumentNode[] {
  let found = argumentsOf.get(document);
  if (!found) {
    const nodes: ArgumentNode[] = [];
    visit(document, { Argument: (node) => void nodes.push(node) });
    argumentsOf.set(document, (found = nodes));
  }
  return found;
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
        for (const node of argumentNodes(document)) {
          field = unsafeInValue(node.value, node.name.value, variables);
          if (field) break;
        }
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
