// `npm run bench`: keyset pagination against OFFSET pagination, on 20,000 products.
// Both are measured in the same run on the same database (the machines are noisy), and
// reported as ratios: how much a page deep in the list costs against the first page.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt } from './ensure-built.mjs';

const root = path.resolve(import.meta.dirname, '..');
ensureBuilt(['server']);
const require = createRequire(import.meta.url);
require('reflect-metadata');
const { startApp } = require(path.join(root, 'dist/node/server/src/app.js'));
const { loadConfig } = require(path.join(root, 'dist/node/server/src/config.js'));

const ROWS = Number(process.env.BENCH_ROWS ?? 20_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const PAGE = 50;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-'));
const config = {
  ...loadConfig({
    PORT: '0',
    DATA_DIR: dataDir,
    SEED_DEMO: '0',
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
  }),
  databaseUrl: null,
};
const app = await startApp(config, { inMemoryDatabase: true, jobs: false });
const db = app.db.dataSource;

try {
  await db.query(
    `INSERT INTO product (sku, name, description, "priceMinor", currency, stock, active)
     SELECT 'BEN-' || lpad(i::text, 6, '0'), 'Bench product ' || md5(i::text), 'Benchmark row ' || i, 1000 + i % 500, 'EUR', 10, true
     FROM generate_series(1, $1) AS i`,
    [ROWS],
  );
  await db.query('ANALYZE product');
  /** @param {string} query @param {Record<string, unknown>} variables @param {string} [cookie] */
  const post = async (query, variables, cookie) => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { res, body: await res.json() };
  };
  const reg = await post(
    'mutation R($input: RegisterCompanyInput!) { registerCompany(input: $input) { kind } }',
    {
      input: {
        taxId: '7740001454',
        country: 'PL',
        companyName: 'Bench Sp. z o.o.',
        email: 'bench@example.com',
        password: 'Bench-password-1',
        name: 'Bench',
        acceptResaleTerms: true,
      },
    },
  );
  const cookie = String(reg.res.headers.getSetCookie()[0]).split(';')[0];

  const deepRow = ROWS - PAGE * 2;
  const [{ name, id }] = await db.query(
    'SELECT name, id FROM product ORDER BY name, id OFFSET $1 LIMIT 1',
    [deepRow - 1],
  );
  const deepCursor = Buffer.from(JSON.stringify([name, id]), 'utf8').toString('base64url');
  const QUERY =
    'query P($after: String) { products(first: 50, after: $after) { edges { node { sku name price stock } } pageInfo { hasNextPage endCursor } } }';

  const median = (/** @type {number[]} */ xs) =>
    Number([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);
  const time = async (/** @type {() => Promise<unknown>} */ fn) => {
    for (let i = 0; i < 3; i++) await fn(); // warm-up
    const samples = [];
    for (let i = 0; i < RUNS; i++) {
      const t = process.hrtime.bigint();
      await fn();
      samples.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    return median(samples);
  };

  const keysetFirst = await time(() => post(QUERY, {}, cookie));
  const keysetDeep = await time(() => post(QUERY, { after: deepCursor }, cookie));
  const sqlKeysetFirst = await time(() =>
    db.query('SELECT * FROM product WHERE active ORDER BY name, id LIMIT 51'),
  );
  const sqlKeysetDeep = await time(() =>
    db.query(
      'SELECT * FROM product WHERE active AND (name, id) > ($1, $2) ORDER BY name, id LIMIT 51',
      [name, id],
    ),
  );
  const sqlOffsetFirst = await time(() =>
    db.query('SELECT * FROM product WHERE active ORDER BY name, id LIMIT 51 OFFSET 0'),
  );
  const sqlOffsetDeep = await time(() =>
    db.query('SELECT * FROM product WHERE active ORDER BY name, id LIMIT 51 OFFSET $1', [deepRow]),
  );

  const row = (
    /** @type {string} */ label,
    /** @type {number} */ first,
    /** @type {number} */ deep,
  ) =>
    `| ${label.padEnd(34)} | ${first.toFixed(2).padStart(8)} | ${deep.toFixed(2).padStart(8)} | ${(deep / first).toFixed(2).padStart(6)} |`;
  console.log(
    `\n${ROWS} products, page of ${PAGE}, deep page starts at row ${deepRow}; median of ${RUNS} runs (ms)\n`,
  );
  console.log('| measurement                        | page 1   | deep     | ratio  |');
  console.log('| ---------------------------------- | -------- | -------- | ------ |');
  console.log(row('GraphQL products (keyset cursor)', keysetFirst, keysetDeep));
  console.log(row('SQL keyset (what the API runs)', sqlKeysetFirst, sqlKeysetDeep));
  console.log(row('SQL OFFSET (baseline, not used)', sqlOffsetFirst, sqlOffsetDeep));
  console.log(
    `\nDeep page vs page 1: keyset x${(sqlKeysetDeep / sqlKeysetFirst).toFixed(2)}, OFFSET x${(sqlOffsetDeep / sqlOffsetFirst).toFixed(2)}.`,
  );
} finally {
  await app.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
