// The service-level dashboard at volume: every request of the seed gets its clocks (opened
// within the last year, so one report covers all of them), then the dashboard's SQL (the
// product's REPORT_SQL, percentile_cont per week, portal and request type) runs over the
// whole year: directly, and as a staff user would ask for it (GraphQL and the CSV route).
import { createHash, randomBytes } from 'node:crypto';
import { productModules } from './app.mjs';

const RUNS = 7;

/** @param {number[]} ms */
const stats = (ms) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], max: sorted.at(-1) };
};

/** @param {() => Promise<unknown>} fn */
async function timed(fn) {
  await fn(); // warm-up
  const ms = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return stats(ms);
}

/** @param {import('pg').Pool} pool */
async function clocksForEveryRequest(pool) {
  // Deterministic, varied figures: first responses up to ~11 business hours, resolutions up
  // to ~80 for resolved and closed requests, a share of breaches, running clocks for open ones.
  await pool.query(`
    INSERT INTO ticket_sla ("ticketId", "portalKey", "requestTypeId", "openedAt", "openedWeek", "firstResponseTargetSeconds", "resolutionTargetSeconds",
        "pausedSeconds", "pausedSince", "firstResponseAt", "firstResponseSeconds", "resolutionSeconds",
        "firstResponseBreached", "resolutionBreached", stopped, "nextDueAt")
    SELECT t.id, t."portalKey", t."requestTypeId", o.opened,
           date_trunc('week', o.opened AT TIME ZONE p."timeZone")::date, 28800, 144000, 0, NULL,
           CASE WHEN t.status <> 'WAITING_FOR_SUPPORT' THEN o.opened + make_interval(secs => f.fr) END,
           CASE WHEN t.status <> 'WAITING_FOR_SUPPORT' THEN f.fr END,
           CASE WHEN t.status IN ('RESOLVED', 'CLOSED') THEN f.res END,
           t.status <> 'WAITING_FOR_SUPPORT' AND f.fr > 28800,
           t.status IN ('RESOLVED', 'CLOSED') AND f.res > 144000,
           t.status IN ('CLOSED', 'CANCELED'),
           CASE WHEN t.status IN ('WAITING_FOR_SUPPORT', 'IN_PROGRESS') THEN o.opened + interval '2 days' END
      FROM (SELECT id, status, "portalKey", "requestTypeId", row_number() OVER (ORDER BY "createdAt", id) AS n FROM ticket) t
      JOIN portal p ON p.key = t."portalKey"
      CROSS JOIN LATERAL (SELECT now() - make_interval(secs => t.n * 31536000 / (SELECT count(*) FROM ticket) + 60) AS opened) o
      CROSS JOIN LATERAL (SELECT abs(hashtext(t.id::text)) % 40000 + 300 AS fr,
                                 abs(hashtext(t.id::text || 'r')) % 290000 + 1800 AS res) f
    ON CONFLICT ("ticketId") DO NOTHING`);
  // As autovacuum would soon after: the visibility map lets the report scan the index only.
  await pool.query('VACUUM ANALYZE ticket_sla');
}

/** A staff session (an agent of the seed), as the product writes one. @param {import('pg').Pool} pool */
async function staffCookie(pool) {
  const token = randomBytes(32).toString('base64url');
  const hash = createHash('sha256').update(token, 'utf8').digest('hex');
  await pool.query(
    `INSERT INTO session ("tokenHash", "principalType", "principalId", "lastSeenAt", "expiresAt", "userAgent")
     SELECT $1, 'AGENT', id, now(), now() + interval '8 hours', 'bench' FROM agent ORDER BY email LIMIT 1`,
    [hash],
  );
  return `portal_session=${token}`;
}

/**
 * @param {import('pg').Pool} pool @param {string} productUrl
 * @returns {Promise<any>}
 */
export async function dashboardScenario(pool, productUrl) {
  const { reportSql } = productModules();
  let t = performance.now();
  await clocksForEveryRequest(pool);
  const fillSeconds = (performance.now() - t) / 1000;
  const to = new Date(Date.now() + 3_600_000);
  const from = new Date(to.getTime() - 371 * 86_400_000);
  const params = [from, to, new Date(), null];
  const {
    rows: [covered],
  } = await pool.query(
    'SELECT count(*)::int AS n FROM ticket_sla WHERE "openedAt" >= $1 AND "openedAt" < $2',
    [from, to],
  );
  let groups = 0;
  const sql = await timed(async () => {
    groups = (await pool.query(reportSql, params)).rowCount ?? 0;
  });
  const cookie = await staffCookie(pool);
  const query = `query R($from: DateTimeISO!, $to: DateTimeISO!) { serviceLevelReport(from: $from, to: $to) {
    week portalKey requestTypeName requests firstResponseMedianHours firstResponseP90Hours
    resolutionMedianHours resolutionP90Hours breaches averageRating } }`;
  const graphql = await timed(async () => {
    const res = await fetch(`${productUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables: { from, to } }),
    });
    const body = /** @type {{ data?: unknown, errors?: unknown }} */ (await res.json());
    if (!body.data) throw new Error(JSON.stringify(body.errors));
  });
  const csvUrl = `${productUrl}/staff/service-levels.csv?from=${from.toISOString()}&to=${to.toISOString()}`;
  let csvBytes = 0;
  const csv = await timed(async () => {
    const res = await fetch(csvUrl, { headers: { cookie } });
    if (res.status !== 200) throw new Error(`CSV: ${res.status}`);
    csvBytes = (await res.arrayBuffer()).byteLength;
  });
  const { rows: plan } = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${reportSql}`, params);
  return {
    requests: covered.n,
    groups,
    fillSeconds,
    sql,
    graphql,
    csv,
    csvBytes,
    plan: plan.map((r) => r['QUERY PLAN']).join('\n'),
  };
}

/** @param {any} d */
export function dashboardText(d) {
  const ms = (/** @type {{ median: number, max: number }} */ s) =>
    `${s.median.toFixed(0)} ms (max ${s.max.toFixed(0)} ms)`;
  return [
    `${d.requests} requests with clocks in the year reported (written in ${d.fillSeconds.toFixed(1)} s); ${d.groups} rows (week × portal × request type).`,
    `Median of ${RUNS} runs after a warm-up:`,
    '',
    '| Path | Time |',
    '| --- | --- |',
    `| Dashboard SQL (percentile_cont), PostgreSQL alone | ${ms(d.sql)} |`,
    `| GraphQL \`serviceLevelReport\`, staff session | ${ms(d.graphql)} |`,
    `| CSV download \`/staff/service-levels.csv\` (${d.csvBytes} bytes) | ${ms(d.csv)} |`,
    '',
    '<details><summary>Plan of the dashboard SQL</summary>',
    '',
    '```',
    d.plan,
    '```',
    '',
    '</details>',
  ].join('\n');
}
