// `npm run codegen:check`: fails when schema.graphql or the generated client code
// (client/src/gql/) differ from what the current sources produce. Fix: `npm run codegen`.
import fs from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import prettier from 'prettier';
import { parse } from 'yaml';
import { currentSchemaSdl, schemaFile } from './emit-schema.mjs';

const root = path.resolve(import.meta.dirname, '..');
const stale = [];

const sdl = await currentSchemaSdl();
if (!fs.existsSync(schemaFile) || fs.readFileSync(schemaFile, 'utf8') !== sdl) {
  stale.push('schema.graphql');
}

// Generate from the schema the code defines now, in memory, formatted as the hook would.
const config = parse(fs.readFileSync(path.join(root, 'codegen.yml'), 'utf8'));
delete config.hooks; // formatting is done below, as `npm run codegen` does it
config.schema = sdl;
const outputs = await generate({ ...config, cwd: root, silent: true }, false);
for (const output of outputs) {
  const file = path.resolve(root, output.filename);
  const options = (await prettier.resolveConfig(file)) ?? {};
  const expected = await prettier.format(output.content, { ...options, filepath: file });
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== expected) {
    stale.push(path.relative(root, file));
  }
}

if (stale.length) {
  console.error(
    `Stale generated files: ${stale.join(', ')}.\nRun "npm run codegen" and commit the result.`,
  );
  process.exit(1);
}
console.log('schema.graphql and client/src/gql are up to date.');
