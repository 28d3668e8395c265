import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { startTestApp, type TestApp } from './harness';

describe('the HTTP app', () => {
  let app: TestApp;
  const clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-client-'));

  beforeAll(async () => {
    fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>SPA shell</title>');
    fs.writeFileSync(
      path.join(clientDir, 'graphiql.html'),
      '<!doctype html><title>Explorer</title>',
    );
    fs.mkdirSync(path.join(clientDir, 'assets'));
    fs.writeFileSync(path.join(clientDir, 'assets', 'app-1.js'), 'console.log(1);\n'.repeat(200));
    fs.writeFileSync(
      path.join(clientDir, 'assets', 'app-1.js.br'),
      zlib.brotliCompressSync(fs.readFileSync(path.join(clientDir, 'assets', 'app-1.js'))),
    );
    app = await startTestApp({ clientDir });
  });
  afterAll(async () => {
    await app?.close();
    fs.rmSync(clientDir, { recursive: true, force: true });
  });

  it('answers /healthz with 200 once the database answers', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('runs a JSON POST query and names the request in X-Request-Id', async () => {
    const res = await app.gql<{
      __typename: string;
      appInfo: { locales: string[]; version: string };
    }>('{ __typename appInfo { locales version } }');
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(res.data?.__typename).toBe('Query');
    expect(res.data?.appInfo.locales).toEqual(['en', 'uk', 'hu', 'pl']);
    expect(res.data?.appInfo.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a text/plain POST (CSRF prevention)', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { data?: unknown; errors: Array<{ message: string }> };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]?.message).toMatch(/Cross-Site Request Forgery/);
  });

  it('refuses a GET without a preflight header and runs one with it', async () => {
    const url = `${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`;
    const refused = await fetch(url);
    expect(refused.status).toBe(400);
    const allowed = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses batched requests', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/batch/i);
  });

  it('refuses a query with too many aliases', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: appInfo { name }`).join(' ');
    const res = await app.gql(`{ ${aliases} }`);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/aliases limit/i);
  });

  it('refuses a query over the token limit', async () => {
    const res = await app.gql(`{ appInfo { ${'name '.repeat(6000)} } }`);
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.message).toMatch(/contains more th.. \d+ tokens/);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('allows introspection and suggests field names outside production', async () => {
    const res = await app.gql('{ __schema { queryType { name } } }');
    expect(res.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const typo = await app.gql('{ appInf }');
    expect(typo.errors?.[0]?.message).toMatch(/Did you mean "appInfo"/);
  });

  it('serves the SPA for any page path (history fallback) and the explorer at /graphiql', async () => {
    for (const p of ['/', '/returns/RMA-2026-000001', '/requests']) {
      const res = await fetch(`${app.url}${p}`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('SPA shell');
    }
    const explorer = await fetch(`${app.url}/graphiql`, { headers: { accept: 'text/html' } });
    expect(await explorer.text()).toContain('Explorer');
    const missing = await fetch(`${app.url}/nope.js`, {
      headers: { accept: 'application/javascript' },
    });
    expect(missing.status).toBe(404);
  });

  it('sends precompressed assets as they are and compresses GraphQL answers', async () => {
    const asset = await fetch(`${app.url}/assets/app-1.js`, {
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(asset.headers.get('content-encoding')).toBe('br');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(await asset.text()).toContain('console.log(1);');
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: '{ __schema { types { name description } } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    // One user's data: no ETag (nor its SHA-1). The page and the files keep theirs.
    expect(res.headers.get('etag')).toBeNull();
    const page = await fetch(`${app.url}/requests`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('cache-control')).toBe('no-cache');
    // As a browser revalidates (fetch() alone would add `cache-control: no-cache` to a
    // conditional request, which asks the server not to answer 304).
    const revalidated = await fetch(`${app.url}/requests`, {
      headers: {
        accept: 'text/html',
        'cache-control': 'max-age=0',
        'if-none-match': page.headers.get('etag') ?? 'none',
      },
    });
    expect([page.headers.get('etag'), revalidated.status]).toEqual([expect.any(String), 304]);
    expect(asset.headers.get('etag')).toBeTruthy();
  });

  it('has applied the committed migrations', async () => {
    const rows: Array<{ name: string }> = await app.db.dataSource.query(
      'SELECT name FROM typeorm_migrations ORDER BY id',
    );
    expect(rows.map((r) => r.name)).toContain('Foundation1763776800000');
  });
});

describe('the HTTP app in production', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: 'production' });
  });
  afterAll(() => app?.close());

  it('hides introspection and field suggestions', async () => {
    const res = await app.gql('{ __schema { queryType { name } } }');
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await app.gql('{ appInf }');
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('suggests no enum value, argument or input field either', async () => {
    const enumValue = await app.gql(
      'query Q($f: TicketFilter) { tickets(filter: $f) { __typename } }',
      { f: { statuses: ['CLOSD'] } },
    );
    expect(enumValue.status).toBe(400);
    expect(enumValue.errors?.[0]?.message).toMatch(/CLOSD/);
    const inline = await app.gql(
      '{ tickets(filter: { statuses: [CLOSD], serch: "x" }) { __typename } }',
    );
    const args = await app.gql('{ products(frst: 1) { __typename } }');
    for (const res of [enumValue, inline, args]) {
      expect(res.errors?.length).toBeGreaterThan(0);
      for (const e of res.errors ?? []) expect(e.message).not.toMatch(/Did you mean/);
    }
  });

  it('answers the token limit with 400 and a code', async () => {
    const res = await app.gql(`{ appInfo { ${'name '.repeat(6000)} } }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/contains more th.. \d+ tokens/);
  });
});
