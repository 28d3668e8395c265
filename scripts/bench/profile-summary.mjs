// Where a CPU profile's time went: self time by package (or the product's own folder) and by
// function, as shares of the busy time (idle and the profiler's own samples left out).
//   node scripts/bench/profile-summary.mjs <file.cpuprofile> [top functions, default 40]
// With a second profile (the raw handler's run of the same scenario), the packages of both side
// by side, in ms per request when each run's request count follows (autocannon's total: req/s
// times BENCH_DURATION), else in ms of the run:
//   node scripts/bench/profile-summary.mjs product.cpuprofile raw.cpuprofile [1962 3604]
import fs from 'node:fs';

/** @typedef {{ id: number, callFrame: { functionName: string, url: string, lineNumber: number }, children?: number[] }} Node */

const IDLE = new Set(['(idle)', '(program)', '(root)']);

/** Where a script's code comes from: an npm package, the product's folder, or Node itself. */
function origin(/** @type {string} */ url) {
  if (!url) return '(native)';
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg?.[1]) return pkg[1];
  const own = url.match(/dist\/node\/(?:server\/src|shared\/src)\/([^/]+(?:\/[^/.]+)?)/);
  if (own?.[1]) return `product: ${own[1]}`;
  if (url.startsWith('node:')) return `node: ${url.slice(5).split('/')[0]}`;
  if (url.includes('/scripts/bench/')) return 'bench (raw handler)';
  return url;
}

/** @param {string} file */
export function summarize(file) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  /** @type {Map<number, Node>} */
  const nodes = new Map(profile.nodes.map((/** @type {Node} */ n) => [n.id, n]));
  /** @type {Map<number, number>} */
  const hits = new Map();
  for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  const total = profile.samples.length;
  const µsPerSample = (profile.endTime - profile.startTime) / Math.max(1, total);
  let busy = 0;
  /** @type {Map<string, number>} */
  const byOrigin = new Map();
  /** @type {Map<string, number>} */
  const byFunction = new Map();
  for (const [id, n] of hits) {
    const frame = /** @type {Node} */ (nodes.get(id)).callFrame;
    if (IDLE.has(frame.functionName)) continue;
    busy += n;
    const where = frame.functionName === '(garbage collector)' ? '(gc)' : origin(frame.url);
    byOrigin.set(where, (byOrigin.get(where) ?? 0) + n);
    const fn = `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + n);
  }
  return { total, busy, µsPerSample, byOrigin, byFunction };
}

const sorted = (/** @type {Map<string, number>} */ m) => [...m].sort((a, b) => b[1] - a[1]);
const pct = (/** @type {number} */ n, /** @type {number} */ of) =>
  `${((100 * n) / of).toFixed(1).padStart(5)}%`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, second] = process.argv.slice(2);
  if (!file) {
    console.error(
      'usage: profile-summary.mjs <file.cpuprofile> [top] | <product.cpuprofile> <raw.cpuprofile> [requests requests]',
    );
    process.exit(2);
  }
  const a = summarize(file);
  const top = second && /^\d+$/.test(second) ? Number(second) : 40;
  const ms = (/** @type {number} */ n, /** @type {typeof a} */ s) =>
    `${((n * s.µsPerSample) / 1000).toFixed(0).padStart(6)} ms`;
  if (second && !/^\d+$/.test(second)) {
    const b = summarize(second);
    const [na, nb] = process.argv.slice(4).map(Number);
    const [ca, cb] = na && nb ? [na, nb] : [1, 1];
    const per = (/** @type {number} */ n, /** @type {typeof a} */ s, /** @type {number} */ count) =>
      ((n * s.µsPerSample) / 1000 / count).toFixed(na && nb ? 3 : 0).padStart(8);
    console.log(na && nb ? 'ms per request, product | raw' : 'ms of each run, product | raw');
    console.log(`${per(a.busy, a, ca)} ${per(b.busy, b, cb)}  all (busy)`);
    const names = new Set([...a.byOrigin.keys(), ...b.byOrigin.keys()]);
    const rows = [...names].map((k) => [k, a.byOrigin.get(k) ?? 0, b.byOrigin.get(k) ?? 0]);
    rows.sort((x, y) => Number(y[1]) - Number(x[1]));
    for (const [k, x, y] of rows)
      console.log(`${per(Number(x), a, ca)} ${per(Number(y), b, cb)}  ${k}`);
  } else {
    console.log(`busy ${ms(a.busy, a)} of ${ms(a.total, a)} sampled\n\nby origin:`);
    for (const [k, n] of sorted(a.byOrigin).slice(0, 30))
      console.log(`${pct(n, a.busy)} ${ms(n, a)}  ${k}`);
    console.log('\nby function (self time):');
    for (const [k, n] of sorted(a.byFunction).slice(0, top))
      console.log(`${pct(n, a.busy)} ${ms(n, a)}  ${k}`);
  }
}
