// `node scripts/bench/page-load.mjs <base URL> [<base URL> ...]`: a signed-in first load of the
// request list in headless Chromium with the CPU 4x slower (CPU=n for another factor; SLOW_4G=1
// also throttles the network as Lighthouse's mobile profile: 150 ms round trips, 1.6 Mbit/s),
// N loads per server (5 by default), alternating between the servers given (say, two builds
// served side by side, so both meet the same moments of a noisy machine). Each load is a new
// browser context with the demo user's session (anna.kowalska@demo.example; signed in once per
// server, as servers throttle sign-ins); it measures, with the page's own Performance APIs, when
// the first row shows, FCP, LCP, and the blocking time after FCP (the sum of each long task's
// time over 50 ms, as Lighthouse's TBT counts it, but observed, not simulated). PAGE=/path loads
// another page (ROW=<selector> is what "shown" waits for).
// PROFILE=1 also records V8's CPU profile of each load (from navigation to 2.5 s after the first
// row) and prints, per server, the median self time of each script (by chunk name without the
// hash, so the chunks of one name add up; V8's own entries, "(program)", "(garbage collector)",
// as V8 names them) and of all scripts together.
// Prints each load and the medians per server. Needs Chromium (CHROMIUM_PATH or /usr/bin/chromium).
import { chromium } from 'playwright-core';

const bases = process.argv.slice(2);
if (!bases.length) {
  console.error('usage: node scripts/bench/page-load.mjs http://localhost:4000 [other server …]');
  process.exit(2);
}
const loads = Number(process.env.N ?? 5);
const cpu = Number(process.env.CPU ?? 4);
const slow4g = process.env.SLOW_4G === '1';
const pagePath = process.env.PAGE ?? '/requests';
const shown = process.env.ROW ?? 'tbody tr';
const profile = process.env.PROFILE === '1';

/**
 * Self time (ms) per script of a V8 CPU profile: a chunk by its name without the build's hash,
 * V8's own nodes ("(garbage collector)", "(program)") by theirs, and "all scripts".
 * @param {{ nodes: Array<{ id: number; callFrame: { url: string; functionName: string } }>; samples?: number[]; timeDeltas?: number[] }} p
 */
function selfTimeByScript(p) {
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  /** @type {Map<string, number>} */
  const out = new Map();
  const deltas = p.timeDeltas ?? [];
  (p.samples ?? []).forEach((id, i) => {
    const frame = nodes.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)') return;
    const file = frame.url
      .split('/')
      .pop()
      ?.replace(/-[\w-]{8}\.js$/, '.js');
    const key = file || (frame.functionName.startsWith('(') ? frame.functionName : '(native)');
    const ms = (deltas[i + 1] ?? 0) / 1000;
    out.set(key, (out.get(key) ?? 0) + ms);
    if (file) out.set('all scripts', (out.get('all scripts') ?? 0) + ms);
  });
  return out;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});

/**
 * Each server's session cookies: signed in once, as the server throttles sign-ins.
 * @type {Map<string, import('playwright-core').Cookie[]>}
 */
const sessions = new Map();

/** @param {import('playwright-core').BrowserContext} context @param {string} base */
async function signIn(context, base) {
  const saved = sessions.get(base);
  if (saved) return context.addCookies(saved);
  const response = await context.request.post(`${base}/graphql`, {
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    data: {
      query:
        'mutation { logIn(email: "anna.kowalska@demo.example", password: "Portal-demo-2026") { __typename } }',
    },
  });
  const answer = response.ok() ? await response.json() : null;
  if (!answer || answer.errors)
    throw new Error(
      `sign-in at ${base} failed: ${response.status()} ${JSON.stringify(answer?.errors ?? '')}`,
    );
  sessions.set(base, await context.cookies());
}

/**
 * @param {string} base
 * @returns {Promise<{ shown: number; fcp: number; lcp: number; blocking: number; scripts: Map<string, number> }>}
 */
async function load(base) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  await signIn(context, base);
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = /** @type {any} */ (globalThis);
    w.measured = { longTasks: [], lcp: 0, fcp: 0 };
    /** @param {any} type @param {(entry: any) => void} each */
    const observe = (type, each) =>
      new PerformanceObserver((list) => list.getEntries().forEach(each)).observe({
        type,
        buffered: true,
      });
    observe('longtask', (e) => w.measured.longTasks.push([e.startTime, e.duration]));
    observe('largest-contentful-paint', (e) => (w.measured.lcp = e.startTime));
    observe('paint', (e) => e.name === 'first-contentful-paint' && (w.measured.fcp = e.startTime));
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  if (slow4g)
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6e6 * 0.9) / 8,
      uploadThroughput: (750e3 * 0.9) / 8,
    });
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await page.goto(`${base}${pagePath}`);
  await page.locator(shown).first().waitFor({ timeout: 60_000 });
  const shownAt = await page.evaluate(() => performance.now());
  await page.waitForTimeout(2500); // the tasks that follow the first rows (prefetch, idle work)
  /** @type {{ longTasks: Array<[number, number]>; lcp: number; fcp: number }} */
  const m = await page.evaluate(() => /** @type {any} */ (globalThis).measured);
  const scripts = profile ? selfTimeByScript((await cdp.send('Profiler.stop')).profile) : new Map();
  await context.close();
  const blocking = m.longTasks
    .filter(([start]) => start >= m.fcp)
    .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
  return { shown: shownAt, fcp: m.fcp, lcp: m.lcp, blocking, scripts };
}

/** @type {Map<string, Array<Awaited<ReturnType<typeof load>>>>} */
const results = new Map(bases.map((b) => [b, []]));
for (let i = 0; i < loads; i++) {
  for (const base of bases) {
    const r = await load(base);
    results.get(base)?.push(r);
    const { scripts: _, ...times } = r;
    console.log(
      base,
      Object.entries(times)
        .map(([k, v]) => `${k}=${Math.round(v)}`)
        .join(' '),
    );
  }
}
await browser.close();

/** @param {number[]} values */
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
console.log(`\nmedians of ${loads} loads, CPU ${cpu}x slower, ${pagePath} (ms)`);
for (const [base, rs] of results) {
  const cells = /** @type {const} */ (['shown', 'fcp', 'lcp', 'blocking']).map(
    (k) => `${k} ${Math.round(median(rs.map((r) => r[k])))}`,
  );
  console.log(`${base}: ${cells.join(', ')}`);
}
if (profile) {
  const names = [
    ...new Set([...results.values()].flatMap((rs) => rs.flatMap((r) => [...r.scripts.keys()]))),
  ];
  const medianOf = (/** @type {string} */ base, /** @type {string} */ name) =>
    median((results.get(base) ?? []).map((r) => r.scripts.get(name) ?? 0));
  const rows = names
    .map((name) => ({ name, ms: bases.map((b) => medianOf(b, name)) }))
    .filter((row) => row.ms.some((ms) => ms >= 1))
    .sort((a, b) => (b.ms[0] ?? 0) - (a.ms[0] ?? 0));
  console.log(`\nmedian self time per load (ms), CPU ${cpu}x slower: ${bases.join(' | ')}`);
  for (const row of rows)
    console.log(`${row.ms.map((ms) => ms.toFixed(1).padStart(8)).join(' ')}  ${row.name}`);
}
