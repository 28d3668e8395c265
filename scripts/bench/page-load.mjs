// `node scripts/bench/page-load.mjs <base URL> [<base URL> ...]`: a signed-in first load of the
// request list in headless Chromium with the CPU 4x slower (CPU=n for another factor; SLOW_4G=1
// also throttles the network as Lighthouse's mobile profile: 150 ms round trips, 1.6 Mbit/s), N loads
// per server (5 by default), alternating between the servers given (say, two builds served side
// by side, so both meet the same moments of a noisy machine). Each load is a new browser context
// signed in as the demo user (anna.kowalska@demo.example); it measures, with the page's own
// Performance APIs, when the first row shows, FCP, LCP, and the blocking time after FCP (the sum
// of each long task's time over 50 ms, as Lighthouse's TBT counts it, but observed, not
// simulated). PAGE=/path loads another page (ROW=<selector> is what "shown" waits for).
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

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});

/**
 * @param {string} base
 * @returns {Promise<{ shown: number; fcp: number; lcp: number; blocking: number }>}
 */
async function load(base) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const signIn = await context.request.post(`${base}/graphql`, {
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    data: {
      query:
        'mutation { logIn(email: "anna.kowalska@demo.example", password: "Portal-demo-2026") { __typename } }',
    },
  });
  if (!signIn.ok()) throw new Error(`sign-in at ${base} failed: ${signIn.status()}`);
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
  await page.goto(`${base}${pagePath}`);
  await page.locator(shown).first().waitFor({ timeout: 60_000 });
  const shownAt = await page.evaluate(() => performance.now());
  await page.waitForTimeout(2500); // the tasks that follow the first rows (prefetch, idle work)
  /** @type {{ longTasks: Array<[number, number]>; lcp: number; fcp: number }} */
  const m = await page.evaluate(() => /** @type {any} */ (globalThis).measured);
  await context.close();
  const blocking = m.longTasks
    .filter(([start]) => start >= m.fcp)
    .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
  return { shown: shownAt, fcp: m.fcp, lcp: m.lcp, blocking };
}

/** @type {Map<string, Array<Awaited<ReturnType<typeof load>>>>} */
const results = new Map(bases.map((b) => [b, []]));
for (let i = 0; i < loads; i++) {
  for (const base of bases) {
    const r = await load(base);
    results.get(base)?.push(r);
    console.log(
      base,
      Object.entries(r)
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
  const cells = ['shown', 'fcp', 'lcp', 'blocking'].map(
    (k) => `${k} ${Math.round(median(rs.map((r) => r[/** @type {keyof typeof r} */ (k)])))}`,
  );
  console.log(`${base}: ${cells.join(', ')}`);
}
