import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { migrations } from '../src/db/migrations';
import { LOG_IN, newEmail, newNip, PASSWORD, REGISTER, VIEWER } from './accounts-helpers';
import { createIsolatedDatabase, freePort } from './harness';
import { startPgBouncer, type PgBouncer } from './pgbouncer';
import { requireRealPostgres } from './real-postgres';
import {
  buildServer,
  killAllServers,
  startServer,
  stopServer,
  waitFor,
  type Started,
} from './server-process';
import { startSink, type Sink } from './smtp-sink';

/**
 * The portal scaled out: two server processes on one PostgreSQL, started together on an empty
 * database, first connected directly, then through PgBouncer in transaction pooling mode (with
 * DATABASE_DIRECT_URL for the set-up lock). Whatever a user does on one process holds on the
 * other: sessions, sign-in throttling, emails sent once, scheduled jobs run once.
 */
requireRealPostgres();
beforeAll(buildServer, 120_000);
afterAll(killAllServers);

async function sql<T>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

interface Answer<T> {
  data?: T | null;
  errors?: Array<{ extensions?: { code?: string } }>;
  cookie: string | null;
}

/** One GraphQL request to the process on `port`, as a browser with `cookie` would send it. */
async function gql<T = Record<string, unknown>>(
  port: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  const res = await fetch(`http://localhost:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const set = res.headers.getSetCookie()[0]?.split(';')[0] ?? null;
  const body = (await res.json()) as { data?: T; errors?: Answer<T>['errors'] };
  return { ...body, cookie: set };
}

const codeOf = (a: Answer<unknown>) => a.errors?.[0]?.extensions?.code ?? 'OK';
const tally = (codes: string[]) =>
  codes.reduce<Record<string, number>>((acc, c) => ({ ...acc, [c]: (acc[c] ?? 0) + 1 }), {});

let sourceSeed = 1;
/** A fresh client address (TEST-NET-3), sent as X-Forwarded-For through the loopback proxy rule. */
const newSource = () => ({ 'x-forwarded-for': `203.0.113.${sourceSeed++}` });

async function register(port: string): Promise<{ email: string; cookie: string }> {
  const email = newEmail('scale');
  const input = {
    taxId: newNip(),
    country: 'PL',
    companyName: 'Scale Out Sp. z o.o.',
    email,
    password: PASSWORD,
    name: 'Sam Scale',
    acceptResaleTerms: true,
  };
  const res = await gql(port, REGISTER, { input }, newSource());
  if (!res.data || !res.cookie) throw new Error(`registration failed: ${JSON.stringify(res)}`);
  return { email, cookie: res.cookie };
}

/** The value of a counter in the process's /metrics (0 when it has no such series yet). */
async function counter(port: string, series: string): Promise<number> {
  const text = await (await fetch(`http://localhost:${port}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.split(' ')[1]) : 0;
}

describe.each([
  ['directly', { viaPgBouncer: false }],
  ['through PgBouncer in transaction pooling mode', { viaPgBouncer: true }],
])('two server processes on one PostgreSQL, connected %s', (_how, { viaPgBouncer }) => {
  let db: { url: string; drop: () => Promise<void> };
  let bouncer: PgBouncer | null = null;
  let sink: Sink;
  const dataDirs: string[] = [];
  let servers: Started[] = [];
  let ports: string[] = [];

  beforeAll(async () => {
    db = await createIsolatedDatabase();
    if (viaPgBouncer) bouncer = await startPgBouncer(db.url);
    sink = await startSink();
    const envs = await Promise.all(
      [0, 1].map(async () => {
        const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-scale-'));
        dataDirs.push(dataDir);
        return {
          DATABASE_URL: bouncer ? bouncer.urlFor(db.url) : db.url,
          DATABASE_DIRECT_URL: db.url,
          SMTP_URL: sink.url,
          PORT: String(await freePort()),
          DATA_DIR: dataDir,
          SEED_DEMO: '0',
        };
      }),
    );
    ports = envs.map((e) => e.PORT);
    // Both at once, on the empty database.
    servers = await Promise.all(envs.map((env) => startServer(env, { readyWithinMs: 60_000 })));
  }, 150_000);

  afterAll(async () => {
    const exits = await Promise.all(servers.map((s) => stopServer(s, 'SIGTERM')));
    await sink?.close();
    await bouncer?.stop();
    await db?.drop();
    for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
    expect(exits.map((e) => e.code)).toEqual([0, 0]);
  });

  it('both started together on the empty database, which was set up once', async () => {
    for (const port of ports) {
      expect((await fetch(`http://localhost:${port}/readyz`)).status).toBe(200);
    }
    const [applied] = await sql<{ n: number }>(
      db.url,
      'SELECT count(*)::int AS n FROM typeorm_migrations',
    );
    expect(applied!.n).toBe(migrations.length);
    const [portals] = await sql<{ n: number }>(db.url, 'SELECT count(*)::int AS n FROM portal');
    expect(portals!.n).toBe(2);
    if (bouncer) {
      const name = new URL(db.url).pathname.slice(1);
      const clients = (await bouncer.clients()).filter((c) => c.database === name);
      // Each process's pool and job queue reach PostgreSQL through the pooler.
      expect(clients.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('a session made on one process works on the other, and ends on both', async () => {
    const [a, b] = ports as [string, string];
    const { email, cookie } = await register(a);
    const onB = await gql<{ viewer: { representative: { email: string } } }>(
      b,
      VIEWER,
      {},
      {
        cookie,
      },
    );
    expect(onB.data?.viewer.representative.email).toBe(email);
    expect(codeOf(await gql(b, 'mutation { logOut }', {}, { cookie }))).toBe('OK');
    expect((await gql(a, VIEWER, {}, { cookie })).data).toEqual({ viewer: null });
  });

  it('sign-in throttling counts attempts on both processes together', async () => {
    const [a, b] = ports as [string, string];
    const { email } = await register(a);
    const source = newSource();
    const codes = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        gql(i % 2 ? b : a, LOG_IN, { email, password: `Wrong-password-${i}` }, source).then(codeOf),
      ),
    );
    expect(tally(codes)).toEqual({ INVALID_CREDENTIALS: 5, TOO_MANY_ATTEMPTS: 11 });
    expect(codeOf(await gql(b, LOG_IN, { email, password: PASSWORD }, source))).toBe(
      'TOO_MANY_ATTEMPTS',
    );
  });

  it('sends every email once, whichever process delivers it', async () => {
    const EMAILS = 40;
    const before = sink.accepted.length;
    await sql(
      db.url,
      `INSERT INTO outbox_email ("to", template, locale, subject, text, html)
       SELECT 'many' || i || '@example.com', 'PASSWORD_RESET', 'en', 'Test ' || i, 'Body', '<p>Body</p>'
         FROM generate_series(1, ${EMAILS}) AS i`,
    );
    // A reset request on each process: each writes one more email and asks for delivery now.
    const reset = 'mutation R($email: String!) { requestPasswordReset(email: $email) }';
    for (const port of ports) {
      const { email } = await register(port);
      expect(codeOf(await gql(port, reset, { email }, newSource()))).toBe('OK');
    }
    const total = () => sink.accepted.length - before;
    await waitFor(
      async () => {
        const [pending] = await sql<{ n: number }>(
          db.url,
          `SELECT count(*)::int AS n FROM outbox_email WHERE status <> 'SENT'`,
        );
        return pending!.n === 0 && total() >= EMAILS + 2;
      },
      30_000,
      () => `${total()} accepted:\n${servers.map((s) => s.output()).join('\n')}`,
    );
    await new Promise((r) => setTimeout(r, 2_000)); // a second sender would have sent by now
    const mine = sink.accepted.slice(before);
    expect(mine).toHaveLength(EMAILS + 2);
    expect(new Set(mine).size).toBe(EMAILS + 2);
  });

  it('runs a scheduled job once per firing, on one of the two', async () => {
    const JOB = 'mail-deliver'; // scheduled every minute (and nudged after a commit)
    const runs = async () =>
      (
        await Promise.all(ports.map((p) => counter(p, `portal_job_runs_total{job="${JOB}"}`)))
      ).reduce((x, y) => x + y);
    // pg-boss turns each firing of the schedule into one job (its "send-it" queue, one per
    // minute however many processes watch the clock); one worker of one process runs it.
    const firings = () =>
      sql<{ minute: string; n: number }>(
        db.url,
        `SELECT singleton_on::text AS minute, count(*)::int AS n FROM pgboss.job
          WHERE name = '__pgboss__send-it' AND data->>'name' = $1 AND state = 'completed'
          GROUP BY singleton_on`,
        [JOB],
      );
    const completed = async () =>
      (
        await sql<{ n: number }>(
          db.url,
          `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state = 'completed'`,
          [JOB],
        )
      )[0]!.n;
    await waitFor(
      async () => (await firings()).length >= 1,
      150_000,
      () => 'no firing yet',
    );
    await waitFor(
      async () => (await completed()) === (await runs()),
      20_000,
      () => 'the jobs pg-boss completed and the runs the processes counted differ',
    );
    expect((await firings()).map((f) => f.n)).toEqual((await firings()).map(() => 1));
    expect(await runs()).toBeGreaterThanOrEqual((await firings()).length);
  }, 200_000);
});
