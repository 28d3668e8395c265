import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createIsolatedDatabase, freePort } from './harness';
import { requireRealPostgres } from './real-postgres';
import { startSink, type Sink } from './smtp-sink';
import {
  buildServer,
  killAllServers,
  startServer,
  stopServer,
  waitFor,
  type Started,
} from './server-process';

/**
 * Every committed email goes out: the real server as a child process, SMTP to a slow local
 * sink, killed (SIGKILL) or stopped (SIGTERM) in the middle of delivering 100 emails, then
 * started again. A kill may cost one duplicate (the email in flight, same Message-ID), never a
 * lost email; a SIGTERM costs neither.
 */
requireRealPostgres();
beforeAll(buildServer, 120_000);
afterAll(killAllServers);

const EMAILS = 100;
/** How long the sink takes to accept each message: delivery of 100 takes ~6 s. */
const SINK_DELAY_MS = 60;
const LEASE_SECONDS = 3;

async function sql<T>(url: string, text: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

const queueEmails = (url: string) =>
  sql(
    url,
    `INSERT INTO outbox_email ("to", template, locale, subject, text, html)
     SELECT 'user' || i || '@example.com', 'PASSWORD_RESET', 'en', 'Test ' || i, 'Body ' || i, '<p>Body</p>'
       FROM generate_series(1, ${EMAILS}) AS i`,
  );

const statuses = async (url: string) =>
  Object.fromEntries(
    (
      await sql<{ status: string; n: number }>(
        url,
        'SELECT status, count(*)::int AS n FROM outbox_email GROUP BY status',
      )
    ).map((r) => [r.status, r.n]),
  ) as Record<string, number>;

const distinct = (ids: string[]) => new Set(ids).size;

interface Setup {
  db: { url: string; drop: () => Promise<void> };
  dataDir: string;
  port: string;
}

let setup: Setup;
let sink: Sink;
const running: Started[] = [];

async function start(): Promise<Started> {
  const server = await startServer({
    DATABASE_URL: setup.db.url,
    SMTP_URL: sink.url,
    MAIL_LEASE_SECONDS: String(LEASE_SECONDS),
    PORT: setup.port,
    DATA_DIR: setup.dataDir,
    SEED_DEMO: '0',
  });
  running.push(server);
  return server;
}

beforeAll(async () => {
  setup = {
    db: await createIsolatedDatabase(),
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'portal-delivery-')),
    port: String(await freePort()),
  };
  // A first start migrates the empty database; emails are queued while no server runs.
  sink = await startSink({ delayMs: SINK_DELAY_MS });
  await stopServer(await start(), 'SIGTERM');
  await sink.close();
}, 60_000);

afterAll(async () => {
  await setup?.db.drop();
  if (setup) fs.rmSync(setup.dataDir, { recursive: true, force: true });
});

beforeEach(async () => {
  sink = await startSink({ delayMs: SINK_DELAY_MS });
  await sql(setup.db.url, 'TRUNCATE outbox_email');
  await queueEmails(setup.db.url);
});

afterEach(async () => {
  for (const server of running.splice(0)) await stopServer(server, 'SIGKILL');
  await sink.close();
});

/** Starts the server and waits until the sink has accepted at least `count` messages. */
async function deliverUntil(count: number): Promise<Started> {
  const server = await start();
  await waitFor(
    () => sink.accepted.length >= count,
    20_000,
    () => `the sink accepted ${sink.accepted.length} of ${count}:\n${server.output()}`,
  );
  return server;
}

/** Starts the server again and waits until every email has reached the sink. */
async function restartAndFinish(): Promise<number> {
  const began = Date.now();
  const server = await start();
  await waitFor(
    () => distinct(sink.accepted) === EMAILS,
    30_000,
    () => `${distinct(sink.accepted)} of ${EMAILS} delivered:\n${server.output()}`,
  );
  const ms = Date.now() - began;
  await waitFor(
    async () => (await statuses(setup.db.url)).SENT === EMAILS,
    10_000,
    () => 'not every email was marked SENT',
  );
  expect((await stopServer(server, 'SIGTERM')).code).toBe(0);
  return ms;
}

describe('e-mail delivery across a crash (real server, real PostgreSQL, SMTP sink)', () => {
  it('kill -9 mid-delivery: all 100 arrive after a restart, at most one twice', async () => {
    const first = await deliverUntil(25);
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    const atKill = sink.accepted.length;
    expect(atKill).toBeLessThan(EMAILS);

    const ms = await restartAndFinish();
    const duplicates = sink.accepted.length - distinct(sink.accepted);
    console.log(
      `kill -9 after ${atKill} of ${EMAILS} accepted; after restart all ${EMAILS} arrived in ${ms} ms, ${duplicates} twice`,
    );
    expect(distinct(sink.accepted)).toBe(EMAILS);
    expect(duplicates).toBeLessThanOrEqual(1);
  }, 90_000);

  it('SIGTERM mid-delivery: the email in flight completes, the rest go out after a restart', async () => {
    const first = await deliverUntil(25);
    const exit = await stopServer(first, 'SIGTERM');
    expect(exit.code).toBe(0);
    const atStop = sink.accepted.length;
    expect(atStop).toBeLessThan(EMAILS);
    // Nothing was left half-sent: what the sink accepted is SENT, the rest untouched.
    expect(await statuses(setup.db.url)).toEqual({ SENT: atStop, PENDING: EMAILS - atStop });

    const ms = await restartAndFinish();
    console.log(
      `SIGTERM after ${atStop} of ${EMAILS} accepted; after restart all ${EMAILS} arrived in ${ms} ms, ${sink.accepted.length - EMAILS} twice`,
    );
    expect(sink.accepted).toHaveLength(EMAILS);
    expect(distinct(sink.accepted)).toBe(EMAILS);
  }, 90_000);
});
