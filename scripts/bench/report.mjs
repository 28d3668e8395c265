// The markdown report: the table of ratios, SQL statements, memory, the lifecycle and the
// EXPLAIN (ANALYZE, BUFFERS) plans of the hot queries.
import { dashboardText } from './dashboard.mjs';
import { explain } from './explain.mjs';

/** The scenarios whose main statement is explained. */
const HOT = [
  'list Mine p1',
  'list Mine deep',
  'list Company p1',
  'list Company deep',
  'search word',
  'search key',
  'search fragment',
  'returns list',
];

const MiB = (/** @type {number} */ b) => `${(b / 2 ** 20).toFixed(0)} MiB`;
const f = (/** @type {number} */ x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const ratio = (/** @type {number} */ a, /** @type {number} */ b) =>
  b > 0 ? (a / b).toFixed(2) : '–';

/**
 * The product's main statement of a scenario (the first that is not the viewer's).
 * @param {Array<{ text: string, values: unknown[] }>} statements
 */
function mainStatement(statements) {
  return statements.find((s) => !/FROM session/.test(s.text) && /^\s*SELECT/i.test(s.text));
}

/** @param {import('pg').Pool} pool @param {any[]} results */
export async function explainHot(pool, results) {
  const plans = [];
  for (const r of results) {
    if (!HOT.includes(r.scenario.name)) continue;
    const main = mainStatement(r.productSql);
    if (!main) continue;
    plans.push({
      name: r.scenario.name,
      sql: main.text,
      values: main.values,
      plan: await explain(pool, main.text, main.values),
    });
  }
  return plans;
}

/** @param {any[]} results */
function loadTable(results) {
  const lines = [
    '| scenario | conns | req/s product | req/s raw | ratio | p99 product (ms) | p99 raw (ms) | ratio | CPU/req product (ms) | CPU/req raw (ms) | ratio | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results)
    for (const run of r.runs) {
      const p = run.product;
      const w = run.raw;
      const errors = p.non2xx + p.errors + p.timeouts + w.non2xx + w.errors + w.timeouts;
      lines.push(
        `| ${r.scenario.name} | ${run.connections} | ${f(p.rps)} | ${f(w.rps)} | ${ratio(p.rps, w.rps)} | ${p.p99} | ${w.p99} | ${ratio(p.p99, w.p99)} | ${f(p.cpuMs, 2)} | ${f(w.cpuMs, 2)} | ${ratio(p.cpuMs, w.cpuMs)} | ${errors} |`,
      );
    }
  return lines.join('\n');
}

/** @param {any[]} results */
function statementTable(results) {
  const lines = [
    '| scenario | rows | SQL statements product | SQL statements raw | same JSON | note |',
    '| --- | ---: | ---: | ---: | --- | --- |',
  ];
  for (const r of results)
    lines.push(
      `| ${r.scenario.name} | ${r.rows} | ${r.productSql.length} | ${r.rawSql.length} | ${r.equal} | ${r.scenario.note ?? ''} |`,
    );
  return lines.join('\n');
}

/** @param {any[]} results @param {number} rssIdle */
function memory(results, rssIdle) {
  const peak = (/** @type {'product' | 'raw'} */ who) =>
    Math.max(
      0,
      ...results.flatMap((r) =>
        r.runs
          .filter((/** @type {any} */ x) => x.connections === 32)
          .map((/** @type {any} */ x) => x[who].rssPeak),
      ),
    );
  if (!peak('product'))
    return `RSS of the bench process (both servers in one process): idle ${MiB(rssIdle)}; after all runs ${MiB(process.memoryUsage.rss())}.`;
  return [
    `RSS of the bench process (both servers and the product's in one process): idle ${MiB(rssIdle)};`,
    `peak during the product's 32-connection runs ${MiB(peak('product'))} (${ratio(peak('product'), rssIdle)}× idle);`,
    `peak during the raw handler's 32-connection runs ${MiB(peak('raw'))}; after all runs ${MiB(process.memoryUsage.rss())}.`,
  ].join('\n');
}

/** @param {any} l */
function lifecycleText(l) {
  const lines = [
    `${l.due.resolve + l.due.close} requests due (${l.due.resolve} to auto-resolve, ${l.due.close} to auto-close; ${l.microsecondRows} written with microsecond timestamps).`,
    `One run of runTicketLifecycle: ${l.changed} changed in ${f(l.wallMs / 1000, 2)} s; RSS +${f(l.rssDeltaMiB, 0)} MiB (peak during the run);`,
    `V8 heap in use ${f(l.heapStartMiB, 0)} MiB at the start, at most ${f(l.heapPeakMiB, 0)} MiB during the run (garbage included);`,
    `longest event-loop stall ${f(l.maxStallMs, 0)} ms; status changes audited outside the due set: ${l.otherStatusChanges}.`,
    '',
    '| due to | status after | requests | with exactly 1 audit event | with exactly 1 history entry |',
    '| --- | --- | ---: | ---: | ---: |',
    ...l.check.map(
      (/** @type {any} */ c) =>
        `| ${c.step} | ${c.status} | ${c.n} | ${c.oneAudit} | ${c.oneEntry} |`,
    ),
  ];
  return lines.join('\n');
}

/**
 * The report of `BENCH_ONLY=lifecycle`: the volume and the lifecycle section only.
 * @param {{ started: Date, scale: number, volume: import('./seed.mjs').VOLUME_T, lifecycle: any }} o
 */
export function lifecycleReport(o) {
  const v = o.volume;
  return [
    `Measured ${o.started.toISOString().slice(0, 16).replace('T', ' ')} UTC, \`DATABASE_URL=… BENCH_SCALE=${o.scale} BENCH_ONLY=lifecycle npm run bench\`,`,
    `${v.companies} companies, ${v.representatives} representatives, ${v.tickets} requests (${v.bigCompanyTickets} of one company),`,
    `${v.tickets * v.commentsPerTicket} comments.`,
    '',
    '### Lifecycle',
    '',
    lifecycleText(o.lifecycle),
  ].join('\n');
}

/** @param {{ started: Date, scale: number, volume: import('./seed.mjs').VOLUME_T, dashboard: any }} o */
export function dashboardReport(o) {
  const v = o.volume;
  return [
    `Measured ${o.started.toISOString().slice(0, 16).replace('T', ' ')} UTC, \`DATABASE_URL=… BENCH_SCALE=${o.scale} BENCH_ONLY=dashboard npm run bench\`,`,
    `${v.companies} companies, ${v.representatives} representatives, ${v.tickets} requests.`,
    '',
    '### Service-level dashboard',
    '',
    dashboardText(o.dashboard),
  ].join('\n');
}

/** @param {{ started: Date, scale: number, duration: number, volume: import('./seed.mjs').VOLUME_T, rssIdle: number, results: any[], lifecycle: any, plans: any[] }} o */
export function report(o) {
  const v = o.volume;
  return [
    `Measured ${o.started.toISOString().slice(0, 16).replace('T', ' ')} UTC, \`DATABASE_URL=… BENCH_SCALE=${o.scale} BENCH_DURATION=${o.duration}${process.env.BENCH_ONLY ? ` BENCH_ONLY=${process.env.BENCH_ONLY}` : ''} npm run bench\`,`,
    `${v.companies} companies, ${v.representatives} representatives, ${v.tickets} requests (${v.bigCompanyTickets} of one company),`,
    `${v.tickets * v.commentsPerTicket} comments, ${v.returns} returns, ${v.orders} orders and invoices (2 lines each), ${v.products} products.`,
    'Pages of 50; the request lists with every status. autocannon in a child process; product and raw alternate.',
    '',
    loadTable(o.results),
    '',
    statementTable(o.results),
    '',
    memory(o.results, o.rssIdle),
    '',
    ...(o.lifecycle ? ['### Lifecycle', '', lifecycleText(o.lifecycle), ''] : []),
    ...(o.plans.length ? ['### EXPLAIN (ANALYZE, BUFFERS) of the hot queries', ''] : []),
    ...o.plans.flatMap((p) => [
      `#### ${p.name}`,
      '',
      '```sql',
      p.sql.replace(/\s+/g, ' ').trim(),
      `-- ${JSON.stringify(p.values).slice(0, 400)}`,
      '```',
      '',
      '```',
      p.plan,
      '```',
      '',
    ]),
  ].join('\n');
}
