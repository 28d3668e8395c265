import type { Plugin } from 'vite';

/** The parts of ESTree this plugin reads. */
type Node = { type: string; start: number; end: number; [key: string]: unknown };

const PREFIX = '\0portal-split:';

/** Every identifier name used inside a node (references and property keys alike). */
function identifiers(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const item of node) identifiers(item, found);
  } else if (node && typeof node === 'object') {
    const n = node as Node;
    if (n.type === 'Identifier' && typeof n.name === 'string') found.add(n.name);
    for (const [key, value] of Object.entries(n)) {
      if (key !== 'type' && value && typeof value === 'object') identifiers(value, found);
    }
  }
  return found;
}

/** The names a top-level statement declares (`const a = …, b = …`, `function f`). */
function declared(statement: Node): string[] | null {
  const declaration = (
    statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement
  ) as Node | null;
  if (!declaration) return null;
  if (declaration.type === 'FunctionDeclaration') {
    return [(declaration.id as { name: string }).name];
  }
  if (declaration.type === 'VariableDeclaration') {
    const names = (declaration.declarations as Array<{ id: Node }>).map((d) => d.id);
    return names.every((id) => id.type === 'Identifier')
      ? names.map((id) => id.name as string)
      : null;
  }
  return null;
}

/**
 * Splits a module of many independent declarations into one module per declaration, in the
 * build: the generated GraphQL module (client/src/gql/graphql.ts: every operation's document and
 * hook, 240 KB) stays one import for the code, while each page's chunk gets only the documents it
 * uses (a module is never split between chunks, so the whole file used to sit in the entry).
 *
 * The module becomes a list of re-exports; each declaration a module of its own that imports the
 * declarations and imports it refers to. A module with anything else at its top level (a
 * statement with effects, a default or re-export) is left as it is.
 */
export function splitModule(test: RegExp): Plugin {
  const parts = new Map<string, string>();
  return {
    name: 'portal-split-module',
    apply: 'build',
    // After TypeScript is stripped: only JavaScript declarations are left.
    transform: {
      order: 'post',
      handler(code, id) {
        if (!test.test(id)) return null;
        const program = this.parse(code) as unknown as { body: Node[] };
        const imports: Array<{ text: string; names: string[] }> = [];
        const pieces: Array<{ names: string[]; text: string; exported: boolean; node: Node }> = [];
        for (const statement of program.body) {
          if (statement.type === 'ImportDeclaration') {
            const specifiers = statement.specifiers as Array<{ local: { name: string } }>;
            imports.push({
              text: code.slice(statement.start, statement.end),
              names: specifiers.map((s) => s.local.name),
            });
            continue;
          }
          const names = declared(statement);
          if (!names) return null; // not a plain declaration: keep the module whole
          pieces.push({
            names,
            text: code.slice(statement.start, statement.end),
            exported: statement.type === 'ExportNamedDeclaration',
            node: statement,
          });
        }
        const home = new Map<string, string>();
        for (const piece of pieces) {
          for (const name of piece.names) home.set(name, `${PREFIX}${id}:${piece.names[0]}`);
        }
        const facade: string[] = [];
        for (const piece of pieces) {
          const used = identifiers(piece.node);
          const lines = imports
            .filter((i) => i.names.some((name) => used.has(name)))
            .map((i) => i.text);
          for (const name of used) {
            const from = home.get(name);
            if (from && !piece.names.includes(name))
              lines.push(`import { ${name} } from '${from}';`);
          }
          lines.push(
            piece.exported ? piece.text : `${piece.text}\nexport { ${piece.names.join(', ')} };`,
          );
          const moduleId = home.get(piece.names[0] ?? '') ?? '';
          parts.set(moduleId, lines.join('\n'));
          if (piece.exported)
            facade.push(`export { ${piece.names.join(', ')} } from '${moduleId}';`);
        }
        return { code: facade.join('\n'), map: null };
      },
    },
    resolveId(source) {
      return parts.has(source) ? source : null;
    },
    load(id) {
      return parts.get(id) ?? null;
    },
  };
}
