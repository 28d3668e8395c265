// The bench database (created fresh, dropped at the end) and the product started in-process
// from the build in dist/ (scripts/ensure-built.mjs builds it first when sources changed).
import { createRequire } from 'node:module';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

/** The product's modules from dist (loaded once the build is fresh). */
export function productModules() {
  require('reflect-metadata');
  const dist = (/** @type {string} */ p) => require(path.join(root, 'dist/node/server/src', p));
  return {
    /** @type {(config: unknown, options?: { jobs?: boolean }) => Promise<any>} */
    startApp: dist('app.js').startApp,
    /** @type {(env: Record<string, string>) => Record<string, unknown>} */
    loadConfig: dist('config.js').loadConfig,
    /** @type {(deps: unknown) => Promise<{ changed: number }>} */
    runTicketLifecycle: dist('modules/support/ticket/lifecycle.job.js').runTicketLifecycle,
    /** @type {(branches: unknown[], common: string[], order: { seek: string | null, limit: number }) => string} */
    listSql: dist('modules/support/ticket/ticket.list-sql.js').listSql,
    /** @type {string} the service-level dashboard's SQL ($1 from, $2 to, $3 now, $4 portal) */
    reportSql: dist('modules/support/sla/sla.report.js').REPORT_SQL,
    /** @type {(percent: number) => void} HEAP_GROWTH_PERCENT as the server's main.ts applies it */
    setHeapGrowth: dist('observability/heap.js').setHeapGrowth,
  };
}

/** A fresh database portal_bench_<random> on the server of DATABASE_URL. */
export async function createBenchDatabase(/** @type {string} */ adminUrl) {
  const name = `portal_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * Starts the product against the bench database (its migrations run at start-up), without
 * the scheduled jobs (the lifecycle scenario runs the job itself).
 * @param {string} databaseUrl @param {'production' | 'development'} env
 */
export async function startProduct(databaseUrl, env) {
  // As `npm start` runs it: the libraries read NODE_ENV from the process when they load
  // (graphql-js drops its development-only checks in production, express its debug paths).
  process.env.NODE_ENV = env;
  const { startApp, loadConfig } = productModules();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-'));
  const config = loadConfig({
    PORT: '0',
    NODE_ENV: env,
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    SEED_DEMO: '0',
    LOG_LEVEL: 'silent',
    APP_URL: 'http://localhost:4000',
    ...(process.env.HEAP_GROWTH_PERCENT
      ? { HEAP_GROWTH_PERCENT: process.env.HEAP_GROWTH_PERCENT }
      : {}),
  });
  const app = await startApp(config, { jobs: false });
  return {
    app,
    // The V8 heap growth its own process would set (main.ts); the load runs set it.
    heapGrowthPercent: /** @type {number} */ (config.heapGrowthPercent),
    /** @type {string} */
    url: app.url,
    async stop() {
      await app.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A session of the bench user (representative 1 of the big company), written as the product
 * writes one: only the SHA-256 of the token is stored. Returns the cookie.
 * @param {pg.Pool} pool
 */
export async function benchSession(pool) {
  const token = randomBytes(32).toString('base64url');
  const hash = createHash('sha256').update(token, 'utf8').digest('hex');
  const {
    rows: [me],
  } = await pool.query(
    `SELECT r.id, r."companyId" FROM representative r WHERE r.email = 'rep1@bench.example'`,
  );
  await pool.query(
    `INSERT INTO session ("tokenHash", "principalType", "principalId", "lastSeenAt", "expiresAt", "userAgent")
     VALUES ($1, 'REPRESENTATIVE', $2, now(), now() + interval '8 hours', 'bench')`,
    [hash, me.id],
  );
  return {
    cookie: `portal_session=${token}`,
    token,
    /** @type {string} */ representativeId: me.id,
    /** @type {string} */ companyId: me.companyId,
  };
}
