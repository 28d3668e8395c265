// Load (autocannon in a child process), CPU per request (process.cpuUsage of this process,
// where both servers run, measured during each one's own run), SQL statements per operation
// (every pg query of this process while one request is in flight) and RSS.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import pg from 'pg';
import { productModules } from './app.mjs';

/**
 * @typedef {{ rps: number, total: number, p50: number, p99: number, non2xx: number, errors: number, timeouts: number }} LoadResult
 */

/**
 * One autocannon run; returns its figures and the CPU this process spent per request.
 * `heapGrowth`: V8's --heap-growing-percent during the run, as the server under load would have
 * it in its own process (the product's HEAP_GROWTH_PERCENT; 0, V8's own choice, for the raw
 * handler). Both servers share this process, so it is set for each run.
 * `profile`: a file to write a CPU profile of this process during the run to (BENCH_CPU_PROFILE).
 * @param {{ url: string, body: string, cookie: string, connections: number, duration: number, unique?: string, cookies?: string[], heapGrowth?: number, profile?: string }} o
 * @returns {Promise<LoadResult & { cpuMs: number, rssPeak: number }>}
 */
export async function load(o) {
  productModules().setHeapGrowth(o.heapGrowth ?? 0);
  const child = fork(path.join(import.meta.dirname, 'load-worker.mjs'), [], { stdio: 'inherit' });
  let rssPeak = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
  }, 200);
  const profiler = o.profile ? await startProfile() : null;
  const cpu = process.cpuUsage();
  /** @type {LoadResult} */
  const result = await new Promise((resolve, reject) => {
    child.once('message', (m) => resolve(/** @type {LoadResult} */ (m)));
    child.once('error', reject);
    child.send({
      url: o.url,
      body: o.body,
      unique: o.unique,
      cookies: o.cookies,
      headers: { 'content-type': 'application/json', cookie: o.cookie },
      connections: o.connections,
      duration: o.duration,
    });
  });
  const used = process.cpuUsage(cpu);
  clearInterval(sampler);
  if (profiler && o.profile) await profiler.stop(o.profile);
  return {
    ...result,
    cpuMs: (used.user + used.system) / 1000 / Math.max(1, result.total),
    rssPeak,
  };
}

/** A CPU profile of this process (both servers; only the one under load is busy). */
async function startProfile() {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  // 1 ms, as `node --cpu-prof`: fine enough for functions of a few µs each, summed over the
  // thousands of requests of a run.
  await session.post('Profiler.setSamplingInterval', { interval: 1000 });
  await session.post('Profiler.start');
  return {
    async stop(/** @type {string} */ file) {
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify(profile));
    },
  };
}

let counting = 0;
/** @type {Array<{ text: string, values: unknown[] }>} */
let seen = [];
const originalQuery = pg.Client.prototype.query;
/** Counts (and keeps the text of) every statement any pg client of this process sends. */
export function installStatementCounter() {
  /** @this {any} @param {...any} args */
  function countingQuery(...args) {
    if (counting)
      seen.push(
        typeof args[0] === 'string'
          ? { text: args[0], values: Array.isArray(args[1]) ? args[1] : [] }
          : { text: String(args[0]?.text ?? ''), values: args[0]?.values ?? [] },
      );
    return /** @type {any} */ (originalQuery).apply(this, args);
  }
  pg.Client.prototype.query = /** @type {any} */ (countingQuery);
}

/**
 * The statements one request takes (nothing else may run meanwhile).
 * @param {() => Promise<unknown>} request
 */
export async function statementsOf(request) {
  seen = [];
  counting++;
  try {
    await request();
  } finally {
    counting--;
  }
  return seen;
}
