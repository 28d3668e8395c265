import fs from 'node:fs';
import path from 'node:path';
import {
  Kind,
  parse,
  print,
  visit,
  type DefinitionNode,
  type FragmentDefinitionNode,
} from 'graphql';
import { addTypenameToDocument } from '@apollo/client/utilities';
import type { Plugin } from 'vite';
import { VIEWER_DOCUMENT_FILE } from '../shared/src/spa-page';

function graphqlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return graphqlFiles(file);
    return entry.name.endsWith('.graphql') ? [file] : [];
  });
}

/**
 * The SPA's Viewer query with every fragment it spreads, from the .graphql files under `src`,
 * as Apollo Client sends it (with `__typename` on every object, which its cache needs).
 */
export function viewerDocumentText(src: string): string {
  const definitions = graphqlFiles(src).flatMap(
    (file) => parse(fs.readFileSync(file, 'utf8')).definitions,
  );
  const fragments = new Map(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const operation = definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === 'Viewer',
  );
  if (!operation) throw new Error(`no "query Viewer" in the .graphql files under ${src}`);
  const needed: DefinitionNode[] = [operation];
  for (let i = 0; i < needed.length; i++) {
    visit(needed[i]!, {
      FragmentSpread(node) {
        const fragment = fragments.get(node.name.value);
        if (fragment && !needed.includes(fragment)) needed.push(fragment);
      },
    });
  }
  const document = addTypenameToDocument({ kind: Kind.DOCUMENT, definitions: needed });
  return `${document.definitions.map((d) => print(d)).join('\n\n')}\n`;
}

/**
 * Writes the Viewer query beside index.html (dist/client/viewer.graphql). The server runs it for
 * a signed-in page load and puts the answer into the page (server/src/http/spa-page.ts), so the
 * app's cache starts with the same data the query would have fetched.
 */
export function viewerDocument(options: { root: string }): Plugin {
  return {
    name: 'portal-viewer-document',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: VIEWER_DOCUMENT_FILE,
        source: viewerDocumentText(path.join(options.root, 'src')),
      });
    },
  };
}
