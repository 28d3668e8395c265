// The product's own memory (issue 11: "RSS after a minute at 32 connections at most 1.5× idle"):
// the built server started as `npm start` starts it, in a process of its own on the bench
// database (jobs included), its RSS read from /proc while autocannon (in another child) sends
// the request lists at 32 connections for a minute. The load scenarios cannot tell it: there the
// product and the raw handler share the bench process.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { load } from './load.mjs';

/** @typedef {{ heapTotal: number, heapUsed: number, external: number }} Heap */

const root = path.resolve(import.meta.dirname, '../..');

/** @returns {Promise<number>} a port nothing listens on now */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

/** The resident set of a process in bytes (Linux /proc). */
function rssOf(/** @type {number} */ pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
  if (!kb) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb) * 1024;
}

/**
 * Where the memory is, from the product's own /metrics (prom-client's process metrics): V8's
 * heap as sized and as used, and memory outside it (Buffers, native), in bytes.
 * @param {string} url
 */
async function heapOf(url) {
  // The product inherits this environment: with METRICS_TOKEN set, /metrics wants it.
  const token = process.env.METRICS_TOKEN;
  const headers = token ? { authorization: `Bearer ${token}` } : undefined;
  const text = await fetch(`${url}/metrics`, { headers }).then((r) => r.text());
  const value = (/** @type {string} */ name) =>
    Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
  return {
    heapTotal: value('nodejs_heap_size_total_bytes'),
    heapUsed: value('nodejs_heap_size_used_bytes'),
    external: value('nodejs_external_memory_bytes'),
  };
}

/**
 * The built server as `npm start` runs it, on a free port, ready.
 * @param {string} databaseUrl
 */
async function startServer(databaseUrl) {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-memory-'));
  const child = spawn(process.execPath, [path.join(root, 'dist/node/server/src/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      SEED_DEMO: '0',
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = async () => {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (child.exitCode !== null || i > 600) {
      await stop();
      throw new Error('the product did not become ready within 60 s');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, pid: /** @type {number} */ (child.pid), stop };
}

/**
 * @param {{ databaseUrl: string, cookie: string, scenarios: import('./scenarios.mjs').Scenario[], seconds: number }} o
 * @returns {Promise<{ idle: number, peak: number, end: number, requests: number, errors: number, seconds: number, scenarios: string[], idleHeap: Heap, endHeap: Heap }>}
 */
export async function memoryScenario(o) {
  if (!fs.existsSync('/proc/self/status'))
    throw new Error('the memory scenario reads /proc (Linux)');
  const server = await startServer(o.databaseUrl);
  try {
    const bodies = o.scenarios.map((s) =>
      JSON.stringify({ query: s.query, variables: s.variables }),
    );
    // Warm: every operation parsed, planned and cached; then idle as after a quiet moment.
    for (const body of bodies)
      for (let i = 0; i < 20; i++)
        await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: o.cookie },
          body,
        }).then((r) => r.text());
    await new Promise((r) => setTimeout(r, 5000));
    const idle = rssOf(server.pid);
    const idleHeap = await heapOf(server.url);
    let peak = idle;
    const sampler = setInterval(() => {
      peak = Math.max(peak, rssOf(server.pid));
    }, 200);
    let requests = 0;
    let errors = 0;
    const each = Math.max(1, Math.round(o.seconds / bodies.length));
    try {
      for (const body of bodies) {
        const r = await load({
          url: `${server.url}/graphql`,
          body,
          cookie: o.cookie,
          connections: 32,
          duration: each,
        });
        requests += r.total;
        errors += r.errors + r.non2xx + r.timeouts;
      }
    } finally {
      clearInterval(sampler);
    }
    const end = rssOf(server.pid);
    const endHeap = await heapOf(server.url);
    const scenarios = o.scenarios.map((s) => s.name);
    return {
      idle,
      peak: Math.max(peak, end),
      end,
      requests,
      errors,
      seconds: each * bodies.length,
      scenarios,
      idleHeap,
      endHeap,
    };
  } finally {
    await server.stop();
  }
}

/** @param {Awaited<ReturnType<typeof memoryScenario>>} m */
export function memoryText(m) {
  const mib = (/** @type {number} */ b) => `${Math.round(b / 1048576)} MiB`;
  const heap = (/** @type {Heap} */ h) =>
    `${mib(h.heapTotal)} / ${mib(h.heapUsed)}, ${mib(h.external)}`;
  return [
    `The product alone in its own process (\`node dist/node/server/src/main.js\`, production, jobs on, HEAP_GROWTH_PERCENT ${process.env.HEAP_GROWTH_PERCENT ?? 'at its default, 50'}),`,
    `${m.scenarios.join(', ')} in turn at 32 connections for ${m.seconds} s (${m.requests} requests, ${m.errors} errors):`,
    `RSS idle ${mib(m.idle)}; peak ${mib(m.peak)} (${(m.peak / m.idle).toFixed(2)}× idle);`,
    `after the minute ${mib(m.end)} (${(m.end / m.idle).toFixed(2)}× idle).`,
    `V8 heap sized / used, and memory outside it: idle ${heap(m.idleHeap)}; after the minute ${heap(m.endHeap)}.`,
  ].join('\n');
}
