// `npm run bench`: the product against a raw node-postgres handler running the same SQL and
// answering the same JSON, at the volume of issue 11, on the PostgreSQL of DATABASE_URL (a
// fresh database portal_bench_<random>, dropped at the end). Environment: DATABASE_URL
// (required), BENCH_SCALE (volume factor, default 1), BENCH_DURATION (seconds per load run,
// default 5), BENCH_OUT (the markdown report, default .data/benchmarks-latest.md), BENCH_ONLY
// (`lifecycle`: the volume and the lifecycle scenario only, no load runs; about 3 minutes;
// with BENCH_HEAP_PROFILE=<file>, a sampling heap profile of the lifecycle's run is written there;
// `memory`: the volume and the product's own RSS in a process of its own, about 3 minutes;
// `dashboard`: the volume and the service-level dashboard only; otherwise a comma-separated
// list of scenario names, `writes` for createTicket, commentOnTicket and placeOrder: those
// scenarios only, without the lifecycle, the dashboard and the EXPLAIN plans), BENCH_CPU_PROFILE
// (a folder: a CPU profile of each load run written there, to open in Chrome DevTools or read
// with scripts/bench/profile-summary.mjs; the profiler's own cost is in that run's figures).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ensureBuilt } from './ensure-built.mjs';
import { benchSession, createBenchDatabase, productModules, startProduct } from './bench/app.mjs';
import { dropHelpers, seed, volumeAt } from './bench/seed.mjs';
import { installStatementCounter } from './bench/load.mjs';
import { startRaw } from './bench/raw.mjs';
import { readScenarios } from './bench/scenarios.mjs';
import { writeScenarios } from './bench/writes.mjs';
import { measureScenario, idleRss } from './bench/measure.mjs';
import { lifecycleScenario } from './bench/lifecycle.mjs';
import { memoryScenario, memoryText } from './bench/memory.mjs';
import { dashboardScenario, dashboardText } from './bench/dashboard.mjs';
import { dashboardReport, explainHot, lifecycleReport, report } from './bench/report.mjs';

const adminUrl = process.env.DATABASE_URL;
if (!adminUrl) {
  console.error(
    'npm run bench needs a real PostgreSQL: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test).\n' +
      'It creates a database portal_bench_<random> there and drops it at the end.',
  );
  process.exit(2);
}
const scale = Number(process.env.BENCH_SCALE ?? 1);
const duration = Number(process.env.BENCH_DURATION ?? 5);
const out =
  process.env.BENCH_OUT ?? path.resolve(import.meta.dirname, '../.data/benchmarks-latest.md');
const only = process.env.BENCH_ONLY ?? '';
if (!(scale > 0) || !(duration > 0))
  throw new Error('BENCH_SCALE and BENCH_DURATION must be positive');
const WRITES = ['createTicket', 'commentOnTicket', 'placeOrder'];
/** The scenarios BENCH_ONLY names (null: all of them). */
const selected =
  only === '' || only === 'lifecycle' || only === 'dashboard'
    ? null
    : new Set(only.split(',').flatMap((n) => (n.trim() === 'writes' ? WRITES : [n.trim()])));

ensureBuilt(['server']);
installStatementCounter();
const started = new Date();
const db = await createBenchDatabase(adminUrl);
console.log(
  `Database ${db.name}; scale ${scale}; ${duration} s per load run; ${os.cpus().length} cores.`,
);
/** @type {Awaited<ReturnType<typeof startProduct>> | null} */
let product = null;
/** @type {Awaited<ReturnType<typeof startRaw>> | null} */
let raw = null;
const pool = new pg.Pool({ connectionString: db.url, max: 10, application_name: 'bench-raw' });
try {
  let t = performance.now();
  product = await startProduct(db.url, 'production');
  console.log(`Migrated by starting the product: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const volume = volumeAt(scale);
  console.log('Writing the volume:');
  await seed(client, volume);
  await client.end();
  /** @param {number} count */
  const runLifecycle = async (count) => {
    console.log('Lifecycle:');
    // The job runs in the product's process, with its heap growth.
    productModules().setHeapGrowth(product?.heapGrowthPercent ?? 0);
    return lifecycleScenario(pool, product?.app, count);
  };
  const lifecycleCount = Math.round(10_000 * Math.min(1, scale * 5));
  /**
   * The product alone in its own process, the request lists at 32 connections for a minute.
   * @param {{ cookie: string }} me @param {import('./bench/scenarios.mjs').Scenario[]} scenarios
   */
  const productMemory = (me, scenarios) => {
    console.log('Memory of the product in its own process:');
    const lists = scenarios.filter((s) => s.name.startsWith('list '));
    return memoryScenario({
      databaseUrl: db.url,
      cookie: me.cookie,
      scenarios: lists,
      seconds: 60,
    });
  };
  let md;
  if (only === 'dashboard') {
    await dropHelpers(pool);
    console.log('Service-level dashboard:');
    const dashboard = await dashboardScenario(pool, product.url);
    md = dashboardReport({ started, scale, volume, dashboard });
  } else if (only === 'memory') {
    const me = await benchSession(pool);
    const scenarios = await readScenarios(pool, me, scale);
    await dropHelpers(pool);
    md = memoryText(await productMemory(me, scenarios));
  } else if (only === 'lifecycle') {
    await dropHelpers(pool);
    md = lifecycleReport({ started, scale, volume, lifecycle: await runLifecycle(lifecycleCount) });
  } else {
    const me = await benchSession(pool);
    raw = await startRaw(pool);
    const all = [
      ...(await readScenarios(pool, me, scale)),
      ...(await writeScenarios(pool, me, product.url)),
    ];
    const scenarios = selected ? all.filter((s) => selected.has(s.name)) : all;
    if (!scenarios.length) throw new Error(`BENCH_ONLY names no scenario: ${only}`);
    await dropHelpers(pool);
    const rssIdle = await idleRss(product.url, raw.url, me.cookie, scenarios);
    const results = [];
    for (const [i, s] of scenarios.entries()) {
      t = performance.now();
      results.push(
        await measureScenario({
          scenario: s,
          productUrl: product.url,
          rawUrl: raw.url,
          cookie: me.cookie,
          duration,
          flip: i % 2 === 1,
          heapGrowth: product.heapGrowthPercent,
          profileDir: process.env.BENCH_CPU_PROFILE,
        }),
      );
      console.log(`  ${s.name}: ${((performance.now() - t) / 1000).toFixed(0)} s`);
    }
    if (selected) {
      md = report({
        started,
        scale,
        duration,
        volume,
        rssIdle,
        results,
        lifecycle: null,
        plans: [],
      });
    } else {
      const plans = await explainHot(pool, results);
      const lifecycle = await runLifecycle(lifecycleCount);
      const dashboard = await dashboardScenario(pool, product.url);
      const memory = await productMemory(me, all);
      md = `${report({ started, scale, duration, volume, rssIdle, results, lifecycle, plans })}\n\n### The product's own memory\n\n${memoryText(memory)}\n\n### Service-level dashboard\n\n${dashboardText(dashboard)}`;
    }
  }
  console.log(`\n${md}`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, md);
  console.log(`\nReport written to ${out}`);
} finally {
  await raw?.stop();
  await product?.stop();
  // pool.end() resolves once its clients are told to end, not once their sockets close: the drop
  // (WITH FORCE) can still reach one, whose error an idle pool would throw (seen at 07:31).
  pool.on('error', () => undefined);
  await pool.end();
  await db.drop();
  console.log(`Database ${db.name} dropped.`);
}
