import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startApp, type RunningApp, type StartOptions } from '../src/app';
import { loadConfig, type Config } from '../src/config';
import type { ThrottleLimits } from '../src/context/throttle';

/**
 * Boots the real app on a random port against an isolated database: a fresh database on
 * the server of DATABASE_URL when it is set (dropped afterwards), otherwise an in-memory
 * embedded PostgreSQL. Tests talk to it over HTTP only.
 */
export interface TestApp extends RunningApp {
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { headers?: Record<string, string> },
  ): Promise<GqlResponse<T>>;
  /** A client that keeps its session cookie, like one browser. */
  browser(headers?: Record<string, string>): TestBrowser;
  close(): Promise<void>;
}

export interface TestBrowser {
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResponse<T>>;
  cookie: string | null;
}

export interface GqlResponse<T> {
  status: number;
  headers: Headers;
  data: T | null | undefined;
  errors:
    | Array<{ message: string; extensions?: { code?: string } & Record<string, unknown> }>
    | undefined;
}

const ADMIN_URL = process.env.DATABASE_URL;

/** A new, empty database on the server of DATABASE_URL, and how to drop it. */
export async function createIsolatedDatabase(): Promise<{
  url: string;
  drop: () => Promise<void>;
}> {
  if (!ADMIN_URL) throw new Error('DATABASE_URL is not set');
  const name = `portal_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** A config on a free port, so links in emails (APP_URL) point at the test server. */
export async function testConfig(overrides: Partial<Config> = {}): Promise<Config> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-test-'));
  const port = String(await freePort());
  return {
    ...loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      PORT: port,
      SEED_DEMO: '0',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL,
    }),
    ...overrides,
  };
}

/**
 * Tests register dozens of companies from 127.0.0.1; the real per-address limit (10 an hour)
 * is tested in server/test/throttle.pg.test.ts, which passes THROTTLE_LIMITS.
 */
export const TEST_THROTTLE_LIMITS: Partial<ThrottleLimits> = {
  registrationPerSource: { points: 100_000, seconds: 3600 },
};

/**
 * `overrides.databaseUrl` set: the app uses that database as it is (a second instance on
 * the database of a first one); it is neither created nor dropped here.
 */
export async function startTestApp(
  overrides: Partial<Config> = {},
  options: StartOptions = {},
): Promise<TestApp> {
  const isolated = ADMIN_URL && !overrides.databaseUrl ? await createIsolatedDatabase() : null;
  let config = await testConfig({ databaseUrl: isolated?.url ?? null, ...overrides });
  let app: RunningApp | null = null;
  // The free port can be taken by a parallel test file between the check and the listen.
  for (let attempt = 1; !app; attempt++) {
    try {
      app = await startApp(config, {
        inMemoryDatabase: true,
        jobs: false,
        throttleLimits: TEST_THROTTLE_LIMITS,
        ...options,
      });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE' && attempt < 5) {
        config = {
          ...config,
          ...(await testConfig({ databaseUrl: config.databaseUrl, ...overrides })),
        };
        continue;
      }
      await isolated?.drop();
      throw err;
    }
  }
  return {
    ...app,
    async gql(query, variables, opts = {}) {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...opts.headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: never; errors?: never };
      return { status: res.status, headers: res.headers, data: body.data, errors: body.errors };
    },
    browser(headers = {}) {
      const client: TestBrowser = {
        cookie: null,
        async gql(query, variables) {
          const res = await fetch(`${app.url}/graphql`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              ...(client.cookie ? { cookie: client.cookie } : {}),
              ...headers,
            },
            body: JSON.stringify({ query, variables }),
          });
          for (const c of res.headers.getSetCookie()) {
            const pair = c.split(';')[0]!;
            client.cookie = /=$/.test(pair) || /Expires=Thu, 01 Jan 1970/i.test(c) ? null : pair;
          }
          const body = (await res.json()) as { data?: never; errors?: never };
          return { status: res.status, headers: res.headers, data: body.data, errors: body.errors };
        },
      };
      return client;
    },
    async close() {
      await app.stop();
      await isolated?.drop();
      fs.rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The SQL statements one browser's request sends (the `X-Sql-Statements` header, outside
 * production), with its answer. The viewer is kept 3 s per session, so a request that finds it
 * expired sends one statement more: the fewer of two tries in a row is the request's own count.
 */
export async function statementsOf<T = Record<string, unknown>>(
  browser: TestBrowser,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ statements: number; data: T }> {
  const once = async () => {
    const res = await browser.gql<T>(query, variables);
    if (res.errors) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
    return { statements: Number(res.headers.get('x-sql-statements')), data: res.data as T };
  };
  const [first, second] = [await once(), await once()];
  return first.statements <= second.statements ? first : second;
}
