// `npm run db:migration:generate -- AddTickets`: compares the entities with a database that
// has every committed migration applied (a throw-away embedded PostgreSQL) and writes the
// difference as a new migration in server/src/db/migrations/. Review it, then add it to
// server/src/db/migrations.ts.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ensureBuilt } from './ensure-built.mjs';

const root = path.resolve(import.meta.dirname, '..');
const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
  console.error('Usage: npm run db:migration:generate -- PascalCaseName');
  process.exit(1);
}
ensureBuilt(['server']);
const require = createRequire(import.meta.url);
require('reflect-metadata');
const { pendingSchemaChanges } = require(path.join(root, 'dist/node/server/src/db/schema-diff.js'));
const { up, down } = await pendingSchemaChanges();
if (!up.length) {
  console.log('The entities match the migrations: nothing to generate.');
  process.exit(0);
}
const stamp = Date.now();
const className = `${name}${stamp}`;
const q = (/** @type {string} */ sql) => `    await queryRunner.query(${JSON.stringify(sql)});`;
const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up.map(q).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down.map(q).join('\n')}
  }
}
`;
const file = path.join(
  root,
  'server/src/db/migrations',
  `${stamp}-${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.ts`,
);
fs.writeFileSync(file, source);
console.log(
  `Wrote ${path.relative(root, file)}. Review it, then list ${className} in server/src/db/migrations.ts.`,
);
