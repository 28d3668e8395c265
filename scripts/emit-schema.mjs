// Writes schema.graphql from the server's code (type-graphql), sorted for clean diffs.
// `npm run codegen` runs it before generating the client's typed hooks.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ensureBuilt } from './ensure-built.mjs';

const root = path.resolve(import.meta.dirname, '..');

/** @returns {Promise<string>} the SDL as the current server code defines it */
export async function currentSchemaSdl() {
  ensureBuilt(['server']);
  const require = createRequire(import.meta.url);
  require('reflect-metadata');
  const { buildAppSchema, printAppSchema } = require(
    path.join(root, 'dist/node/server/src/graphql/schema.js'),
  );
  return printAppSchema(await buildAppSchema());
}

export const schemaFile = path.join(root, 'schema.graphql');

if (import.meta.url === `file://${process.argv[1]}`) {
  fs.writeFileSync(schemaFile, await currentSchemaSdl());
  console.log(`Wrote ${path.relative(root, schemaFile)}`);
}
