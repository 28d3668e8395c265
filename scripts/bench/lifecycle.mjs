// The lifecycle scenario: 10,000 requests due to auto-resolve (waiting for the customer since
// 10 days, half of them written with microsecond timestamps) and 10,000 due to close
// (resolved 10 days ago); the job runs once; each must change exactly once.
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { productModules } from './app.mjs';

/**
 * With BENCH_HEAP_PROFILE=<file>: V8's sampling heap profiler over the run, objects the
 * collector has freed included (every allocation, garbage too), written to <file> when it ends
 * (a .heapprofile: Chrome DevTools' Memory panel opens it). Null otherwise.
 */
async function startHeapProfile() {
  const file = process.env.BENCH_HEAP_PROFILE;
  if (!file) return null;
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 16_384,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  return {
    async stop() {
      const { profile } = await session.post('HeapProfiler.stopSampling');
      fs.writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}

/**
 * @param {import('pg').Pool} pool @param {any} app the running product
 * @param {number} count requests due per step
 */
export async function lifecycleScenario(pool, app, count) {
  // Requests of the small companies (the big one's lists stay as measured), half and half.
  await pool.query(
    `CREATE TABLE bench_due AS
     SELECT id, CASE WHEN row_number() OVER (ORDER BY id) % 2 = 1 THEN 'RESOLVE' ELSE 'CLOSE' END AS step
       FROM (SELECT t.id FROM ticket t JOIN company c ON c.id = t."companyId"
              WHERE c.name <> 'Big Distributor Kft.' AND t.status NOT IN ('WAITING_FOR_CUSTOMER', 'RESOLVED')
              ORDER BY t.id LIMIT $1 * 2) x`,
    [count],
  );
  await pool.query(`UPDATE ticket t SET status = 'WAITING_FOR_CUSTOMER',
       "waitingSince" = now() - interval '10 days' - CASE WHEN hashtext(t.id::text) % 2 = 0
         THEN make_interval(secs => abs(hashtext(t.id::text) % 1000000) / 1000000.0) ELSE interval '0' END,
       "lastActivityAt" = now() - interval '10 days', "reminderSentAt" = NULL, "resolvedAt" = NULL, "closedAt" = NULL
     FROM bench_due d WHERE d.id = t.id AND d.step = 'RESOLVE'`);
  await pool.query(`UPDATE ticket t SET status = 'RESOLVED',
       "resolvedAt" = now() - interval '10 days' - make_interval(secs => abs(hashtext(t.id::text) % 1000000) / 1000000.0),
       "lastActivityAt" = now() - interval '10 days', "waitingSince" = NULL, "closedAt" = NULL
     FROM bench_due d WHERE d.id = t.id AND d.step = 'CLOSE'`);
  const {
    rows: [due],
  } = await pool.query(`SELECT count(*) FILTER (WHERE step = 'RESOLVE')::int AS resolve,
       count(*) FILTER (WHERE step = 'CLOSE')::int AS close FROM bench_due`);
  const {
    rows: [micro],
  } = await pool.query(`SELECT count(*)::int AS n FROM ticket t JOIN bench_due d ON d.id = t.id
     WHERE extract(microseconds FROM coalesce(t."waitingSince", t."resolvedAt"))::bigint % 1000 <> 0`);
  await pool.query('ANALYZE ticket');
  const { runTicketLifecycle } = productModules();
  global.gc?.();
  const start = process.memoryUsage();
  let rssPeak = start.rss;
  let heapPeak = start.heapUsed;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    rssPeak = Math.max(rssPeak, now.rss);
    heapPeak = Math.max(heapPeak, now.heapUsed);
  }, 50);
  const profiler = await startHeapProfile();
  let maxStall = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    maxStall = Math.max(maxStall, now - last - 10);
    last = now;
  }, 10);
  const t = performance.now();
  const result = await runTicketLifecycle({
    config: app.config,
    logger: app.logger,
    db: app.db.dataSource,
    now: () => new Date(),
  });
  const wallMs = performance.now() - t;
  clearInterval(sampler);
  clearInterval(ticker);
  // After the samplers: writing the profile (megabytes of JSON) is neither memory nor a stall of the run.
  await profiler?.stop();
  const { rows: check } = await pool.query(`SELECT d.step, t.status, count(*)::int AS n,
       count(*) FILTER (WHERE (SELECT count(*) FROM audit_event a WHERE a."subjectType" = 'Ticket'
         AND a."subjectId" = t.id::text AND a.action = 'ticket.status_changed') = 1)::int AS "oneAudit",
       count(*) FILTER (WHERE (SELECT count(*) FROM ticket_comment c WHERE c."ticketId" = t.id
         AND c."statusChange" IS NOT NULL AND c."authorType" = 'SYSTEM') = 1)::int AS "oneEntry"
     FROM bench_due d JOIN ticket t ON t.id = d.id GROUP BY 1, 2 ORDER BY 1, 2`);
  const {
    rows: [others],
  } = await pool.query(`SELECT count(*)::int AS n FROM audit_event a
     WHERE a.action = 'ticket.status_changed' AND NOT EXISTS (SELECT 1 FROM bench_due d WHERE d.id::text = a."subjectId")`);
  await pool.query('DROP TABLE bench_due');
  return {
    due,
    microsecondRows: micro.n,
    changed: result.changed,
    wallMs,
    rssDeltaMiB: (rssPeak - start.rss) / 2 ** 20,
    heapStartMiB: start.heapUsed / 2 ** 20,
    heapPeakMiB: heapPeak / 2 ** 20,
    maxStallMs: maxStall,
    check,
    otherStatusChanges: others.n,
  };
}
