import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { freePort, startTestApp, type TestApp } from './harness';
import { newEmail, registerCompany } from './accounts-helpers';
import { buildServer, killAllServers, startServer, stopServer, waitFor } from './server-process';

/**
 * What an operator watches: /metrics (Prometheus text) after a few requests, /livez and
 * /readyz (503 while draining, before the listener closes), who may read /metrics, and
 * OpenTelemetry traces reaching a collector when OTEL_EXPORTER_OTLP_ENDPOINT is set.
 */

/** The value of one series, e.g. sample(text, 'portal_http_requests_total', {route: '/graphql'}). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | null {
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries(
      [...(m[3] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]),
    );
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[4]);
  }
  return null;
}

const metricsOf = async (app: TestApp, headers: Record<string, string> = {}) => {
  const res = await fetch(`${app.url}/metrics`, { headers });
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
};

/** The /metrics text once `check` holds of it (counting happens as responses finish). */
async function metricsWhen(
  app: TestApp,
  check: (text: string) => boolean,
  withinMs: number,
  failure: string,
): Promise<string> {
  let text = '';
  await waitFor(
    async () => check((text = (await metricsOf(app)).text)),
    withinMs,
    () => `${failure} in:\n${text}`,
  );
  return text;
}

/** This machine's first address outside loopback: a request "from elsewhere". */
function outsideAddress(): string {
  const found = Object.values(os.networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal);
  if (!found) throw new Error('this test needs a network interface besides loopback');
  return found.address;
}

describe('/metrics, /livez and /readyz', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({}, { jobs: true });
  }, 180_000);
  afterAll(() => app?.close());

  it('serves every series an operator needs after a few requests', async () => {
    const admin = await registerCompany(app);
    let statements = 0;
    for (let i = 0; i < 3; i++) {
      const res = await admin.browser.gql('query Me { viewer { kind } }');
      expect(res.data).toEqual({ viewer: { kind: 'REPRESENTATIVE' } });
      statements += Number(res.headers.get('x-sql-statements'));
    }
    const refused = await app.gql('query Nobody { representatives { id } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // An email due in an hour, written 90 s ago: the backlog and its age.
    await app.db.dataSource.query(
      `INSERT INTO outbox_email ("to", template, locale, subject, text, html, "nextAttemptAt", "createdAt")
       VALUES ($1, 'PASSWORD_RESET', 'en', 'Later', 'Body', '<p>Body</p>', now() + interval '1 hour', now() - interval '90 seconds')`,
      [newEmail('later')],
    );
    app.jobs.nudge('mail-deliver');
    const text = await metricsWhen(
      app,
      (t) => (sample(t, 'portal_job_runs_total', { job: 'mail-deliver' }) ?? 0) >= 1,
      60_000,
      'no mail-deliver run',
    );

    const { status, type } = await metricsOf(app);
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    const post = { method: 'POST', route: '/graphql', status: '200' };
    expect(sample(text, 'portal_http_requests_total', post)).toBeGreaterThanOrEqual(5);
    expect(sample(text, 'portal_http_request_duration_seconds_count', post)).toBeGreaterThanOrEqual(
      5,
    );
    const me = { operation: 'Me', type: 'query', outcome: 'ok' };
    expect(sample(text, 'portal_graphql_operations_total', me)).toBe(3);
    expect(sample(text, 'portal_graphql_operation_duration_seconds_count', me)).toBe(3);
    expect(
      sample(text, 'portal_graphql_operations_total', {
        operation: 'Nobody',
        outcome: 'UNAUTHENTICATED',
      }),
    ).toBe(1);
    expect(sample(text, 'portal_graphql_operations_total', { operation: 'Register' })).toBe(1);
    // SQL statements per operation: what each response reported in X-Sql-Statements.
    expect(sample(text, 'portal_graphql_operation_sql_statements_count', { operation: 'Me' })).toBe(
      3,
    );
    expect(sample(text, 'portal_graphql_operation_sql_statements_sum', { operation: 'Me' })).toBe(
      statements,
    );
    expect(sample(text, 'portal_db_pool_connections')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'portal_db_pool_in_use')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'portal_db_pool_waiting')).toBe(0);
    expect(sample(text, 'portal_outbox_backlog')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'portal_outbox_oldest_age_seconds')).toBeGreaterThanOrEqual(90);
    expect(
      sample(text, 'portal_job_duration_seconds_count', { job: 'mail-deliver' }),
    ).toBeGreaterThanOrEqual(1);
    expect(text).toContain('# TYPE portal_job_failures_total counter');
    expect(sample(text, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(sample(text, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  }, 120_000);

  it('counts a scan of random paths under one route label', async () => {
    for (const p of ['/wp-admin', '/a/b/c', '/.env']) await (await fetch(`${app.url}${p}`)).text();
    // A response is counted when it has finished on the server's side, which can come just
    // after the client has it all (seen once in CI: 2 of 3 counted at the first look).
    const text = await metricsWhen(
      app,
      (t) => (sample(t, 'portal_http_requests_total', { route: 'other' }) ?? 0) >= 3,
      5_000,
      'fewer than 3 requests counted under route="other"',
    );
    expect(text).not.toContain('wp-admin');
  });

  it('answers /metrics from this machine only when METRICS_TOKEN is unset', async () => {
    const res = await fetch(`http://${outsideAddress()}:${app.port}/metrics`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('portal_');
  });

  it('/livez and /readyz say the process is up and ready', async () => {
    const live = await fetch(`${app.url}/livez`);
    expect([live.status, await live.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${app.url}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([
      200,
      { status: 'ready', database: 'ok', migrations: 'applied' },
    ]);
  });
});

describe('with METRICS_TOKEN, and at shutdown', () => {
  const token = 'metrics-token-for-the-test-0123456789';
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ metricsToken: token, shutdownDelaySeconds: 1 });
  }, 180_000);
  afterAll(() => app?.close());

  it('answers /metrics only to the bearer of the token, even from loopback', async () => {
    expect((await metricsOf(app)).status).toBe(401);
    expect((await metricsOf(app, { authorization: `Bearer ${token}x` })).status).toBe(401);
    expect((await metricsOf(app, { authorization: token })).status).toBe(401);
    const ok = await metricsOf(app, { authorization: `Bearer ${token}` });
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('portal_http_requests_total');
  });

  it('/readyz answers 503 as soon as shutdown begins, while the listener still serves', async () => {
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
    const stopped = app.stop();
    const ready = await fetch(`${app.url}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([503, { status: 'draining' }]);
    expect((await fetch(`${app.url}/livez`)).status).toBe(200);
    await stopped;
    await expect(fetch(`${app.url}/livez`)).rejects.toThrow();
  });
});

interface Collected {
  url: string;
  spans: Array<{ scope: string; name: string; attributes: Record<string, unknown> }>;
  posts: number;
  close(): Promise<void>;
}

type OtlpValue = { stringValue?: string; intValue?: string | number };
interface OtlpTraces {
  resourceSpans?: Array<{
    scopeSpans?: Array<{
      scope?: { name?: string };
      spans?: Array<{ name: string; attributes?: Array<{ key: string; value: OtlpValue }> }>;
    }>;
  }>;
}

/** A minimal OTLP/HTTP collector: keeps the spans of every JSON POST to /v1/traces. */
async function startCollector(): Promise<Collected> {
  const collected: Collected = { url: '', spans: [], posts: 0, close: async () => undefined };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/v1/traces') {
        collected.posts++;
        const traces = JSON.parse(body) as OtlpTraces;
        for (const rs of traces.resourceSpans ?? [])
          for (const ss of rs.scopeSpans ?? [])
            for (const span of ss.spans ?? [])
              collected.spans.push({
                scope: ss.scope?.name ?? '',
                name: span.name,
                attributes: Object.fromEntries(
                  (span.attributes ?? []).map((a) => [
                    a.key,
                    a.value.stringValue ?? a.value.intValue,
                  ]),
                ),
              });
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  collected.url = `http://127.0.0.1:${port}`;
  collected.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return collected;
}

describe('OpenTelemetry traces (the built server as a process)', () => {
  beforeAll(buildServer, 120_000);
  afterAll(killAllServers);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-traces-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  /** Preloaded into the server: prints how many OpenTelemetry SDK modules were loaded at exit. */
  const probe = path.join(dataDir, 'otel-probe.cjs');
  fs.writeFileSync(
    probe,
    // @opentelemetry/api is prom-client's (a no-op facade for exemplars); the SDK, the
    // instrumentations and the exporter are what tracing would load.
    `process.on('exit', () => process.stdout.write('otel-modules=' + Object.keys(require.cache).filter((k) => /@opentelemetry[\\/](?!api[\\/])/.test(k)).length + '\\n'));`,
  );

  it('sends HTTP, Express, GraphQL and pg spans, tagged with the request id, to OTEL_EXPORTER_OTLP_ENDPOINT', async () => {
    const collector = await startCollector();
    const port = String(await freePort());
    const server = await startServer(
      {
        PORT: port,
        DATA_DIR: dataDir,
        SEED_DEMO: '0',
        OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
        OTEL_BSP_SCHEDULE_DELAY: '200',
      },
      { readyWithinMs: 150_000 },
    ).catch(async (err: unknown) => {
      await collector.close();
      throw err;
    });
    try {
      const requestId = `trace-test-${Date.now()}`;
      const res = await fetch(`http://localhost:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': requestId },
        body: JSON.stringify({ query: 'query Me { viewer { kind } }' }),
      });
      expect(await res.json()).toEqual({ data: { viewer: null } });
      // A request that reads the database: its statements are spans of its trace.
      const ready = await fetch(`http://localhost:${port}/readyz`, {
        headers: { 'x-request-id': `${requestId}-ready` },
      });
      expect(ready.status).toBe(200);
      await waitFor(
        () => collector.spans.some((s) => s.attributes['request.id'] === requestId),
        20_000,
        () => `${collector.posts} posts, no span with request.id ${requestId}`,
      );
      const root = collector.spans.find((s) => s.attributes['request.id'] === requestId)!;
      expect(root.scope).toBe('@opentelemetry/instrumentation-http');
      expect(root.attributes['http.route'] ?? root.name).toMatch(/graphql/);
      await waitFor(
        () =>
          ['graphql', 'express', 'pg'].every((kind) =>
            collector.spans.some((s) => s.scope === `@opentelemetry/instrumentation-${kind}`),
          ),
        10_000,
        () => `scopes seen: ${[...new Set(collector.spans.map((s) => s.scope))].join(', ')}`,
      );
      expect(collector.spans.some((s) => s.name === 'query Me')).toBe(true);
    } finally {
      expect((await stopServer(server, 'SIGTERM')).code).toBe(0);
      await collector.close();
    }
  }, 240_000);

  it('loads none of the OpenTelemetry SDK when the variable is unset', async () => {
    const port = String(await freePort());
    const server = await startServer(
      { PORT: port, DATA_DIR: dataDir, SEED_DEMO: '0', NODE_OPTIONS: `--require ${probe}` },
      { readyWithinMs: 150_000 },
    );
    const res = await fetch(`http://localhost:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { kind } }' }),
    });
    expect(res.status).toBe(200);
    expect((await stopServer(server, 'SIGTERM')).code).toBe(0);
    expect(server.output()).toContain('otel-modules=0');
  }, 240_000);
});
