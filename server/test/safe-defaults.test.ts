import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import express from 'express';
import { QueryFailedError } from 'typeorm';
import { AppError } from '../src/common/errors';
import { errorHandler } from '../src/http/errors';
import { requestId } from '../src/http/request-id';
import { createLogger } from '../src/logger';
import { fromLoopback, mailboxRouter } from '../src/mail/mailbox.http';
import { registerCompany } from './accounts-helpers';
import { startTestApp, type TestApp } from './harness';

/** This machine's first address that is not loopback (a connection to it is not "local"). */
const externalAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((a) => a && !a.internal && a.family === 'IPv4')?.address;

let app: TestApp;
let prod: TestApp;
const clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-client-'));

beforeAll(async () => {
  fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>SPA shell</title>');
  fs.writeFileSync(path.join(clientDir, 'graphiql.html'), '<!doctype html><title>Explorer</title>');
  app = await startTestApp({ clientDir });
  prod = await startTestApp({ clientDir, env: 'production' });
});
afterAll(async () => {
  await app?.close();
  await prod?.close();
  fs.rmSync(clientDir, { recursive: true, force: true });
});

describe('/dev/mailbox', () => {
  it('judges "local" by the socket address alone', () => {
    for (const local of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'])
      expect(fromLoopback(local)).toBe(true);
    for (const other of [
      undefined,
      '',
      '192.0.2.2',
      '::ffff:192.0.2.2',
      'fd00::2',
      '10.0.0.1',
      '127.0.0.1.evil',
      '::ffff:127.0.0.1, 10.0.0.1',
    ])
      expect(fromLoopback(other)).toBe(false);
  });

  it('answers on loopback, whatever X-Forwarded-For claims', async () => {
    const res = await fetch(`${app.url}/dev/mailbox`, {
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Development mailbox');
  });

  it('is 404 for a socket from elsewhere, even one claiming to be 127.0.0.1', async () => {
    const sent: { status?: number; body?: unknown } = {};
    const res = {
      status: (code: number) => ((sent.status = code), res),
      type: () => res,
      send: (body: unknown) => ((sent.body = body), res),
    };
    const next = jest.fn();
    const request = {
      method: 'GET',
      url: '/',
      headers: { 'x-forwarded-for': '127.0.0.1' },
      ip: '127.0.0.1',
      socket: { remoteAddress: '::ffff:192.0.2.9' },
    };
    const router = mailboxRouter(app.db.dataSource, app.config) as unknown as (
      req: unknown,
      res: unknown,
      next: unknown,
    ) => void;
    router(request, res, next);
    await new Promise((resolve) => setImmediate(resolve));
    expect(sent).toEqual({ status: 404, body: 'Not found' });
    expect(next).not.toHaveBeenCalled();
  });

  it("is 404 over a real connection to this machine's network address", async () => {
    // Machines without a network interface have only loopback: the test above covers them.
    if (!externalAddress) return;
    const res = await fetch(`http://${externalAddress}:${app.port}/dev/mailbox`, {
      headers: { 'x-forwarded-for': '127.0.0.1', 'x-real-ip': '127.0.0.1' },
    });
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('mailbox');
  });

  it('does not exist in production', async () => {
    const res = await fetch(`${prod.url}/dev/mailbox`, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(404);
  });
});

const LEAKS = [/select/i, /QueryFailed/i, /invalid input syntax/i, /\bat .*\.(t|j)s:\d+/, /uuid/i];

describe('the error handler', () => {
  it.each([
    ['development', () => app],
    ['production', () => prod],
  ])('answers a broken document id with a request id, no SQL and no stack (%s)', async (_, of) => {
    const { browser } = await registerCompany(of());
    const url = `${of().url}/invoices/${'-'.repeat(36)}/pdf`;
    const res = await fetch(url, {
      headers: { cookie: browser.cookie!, accept: 'application/json' },
    });
    expect([404, 500]).toContain(res.status);
    const text = await res.text();
    for (const leak of LEAKS) expect(text).not.toMatch(leak);
    if (res.status === 500) {
      const body = JSON.parse(text) as { error: Record<string, string> };
      expect(body.error).toEqual({
        code: 'INTERNAL_SERVER_ERROR',
        message: expect.any(String),
        requestId: res.headers.get('x-request-id'),
      });
    }
    const page = await fetch(url, { headers: { cookie: browser.cookie!, accept: 'text/html' } });
    const pageText = await page.text();
    for (const leak of LEAKS) expect(pageText).not.toMatch(leak);
    if (page.status === 500) expect(pageText).toContain(page.headers.get('x-request-id'));
  });

  it('answers any other error 500 with a generic message, logged under the request id', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const bare = express();
    bare.use(requestId);
    bare.get('/sql', () => {
      const cause = new Error('invalid input syntax for type uuid: "------"');
      throw new QueryFailedError('SELECT * FROM "invoice" WHERE "id" = $1', ['------'], cause);
    });
    bare.get('/domain', () => {
      throw new AppError('TOO_MANY_ATTEMPTS', 'Too many attempts. Try again in 5 minutes.');
    });
    bare.use(errorHandler(createLogger('info', sink)));
    const server = bare.listen(0);
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const res = await fetch(`${base}/sql`, { headers: { accept: 'application/json' } });
      expect(res.status).toBe(500);
      const text = await res.text();
      for (const leak of LEAKS) expect(text).not.toMatch(leak);
      const id = res.headers.get('x-request-id');
      expect(JSON.parse(text)).toEqual({
        error: { code: 'INTERNAL_SERVER_ERROR', message: expect.any(String), requestId: id },
      });
      // The operator finds the real cause in the log, under the id the user was shown.
      expect(lines.join('')).toContain(id);
      expect(lines.join('')).toContain('invalid input syntax');
      const domain = await fetch(`${base}/domain`);
      expect(domain.status).toBe(429);
      expect(((await domain.json()) as { error: { code: string } }).error.code).toBe(
        'TOO_MANY_ATTEMPTS',
      );
    } finally {
      server.close();
    }
  });

  it('answers bad JSON with 400 and a too large body with 413, each with a code', async () => {
    const post = (body: string) =>
      fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    const bad = await post('{"query": ');
    expect(bad.status).toBe(400);
    const badBody = (await bad.json()) as { error: Record<string, string> };
    expect(badBody.error).toMatchObject({
      code: 'BAD_REQUEST',
      requestId: bad.headers.get('x-request-id'),
    });
    const big = await post(JSON.stringify({ query: `{ __typename }${' '.repeat(1_100_000)}` }));
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { code: string } }).error.code).toBe(
      'PAYLOAD_TOO_LARGE',
    );
  });
});

describe('GraphQL over HTTP, every way a client may send it', () => {
  const typename = JSON.stringify({ query: '{ __typename }' });
  const post = (body: string | Buffer, headers: Record<string, string>) =>
    fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers,
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });

  // The forms tools send (an ERP's client may gzip its bodies or name the character set): the
  // same answer, request id and headers for each.
  it.each([
    ['JSON', () => post(typename, { 'content-type': 'application/json' })],
    ['JSON in UTF-8', () => post(typename, { 'content-type': 'application/json; charset=utf-8' })],
    [
      'JSON in "UTF-8"',
      () => post(typename, { 'content-type': 'Application/JSON;charset="UTF-8"' }),
    ],
    [
      'gzipped JSON',
      () =>
        post(gzipSync(typename), {
          'content-type': 'application/json',
          'content-encoding': 'gzip',
        }),
    ],
    [
      'a GET',
      () =>
        fetch(`${app.url}/graphql?query=%7B__typename%7D`, {
          headers: { accept: 'application/json', 'apollo-require-preflight': '1' },
        }),
    ],
  ])('answers %s with the data, a request id and the security headers', async (_, send) => {
    const res = await send();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('keeps the request id a client sent', async () => {
    const res = await post(typename, {
      'content-type': 'application/json',
      'x-request-id': 'erp-sync-000123',
    });
    expect(res.headers.get('x-request-id')).toBe('erp-sync-000123');
  });

  it.each([
    ['a JSON string', '"{ __typename }"'],
    ['a number', '42'],
    ['a cut-off object', '{"query": "{ __typename }"'],
    ['an undecodable byte', Buffer.from([0x7b, 0xff, 0x7d])],
  ])('refuses %s with 400 and BAD_REQUEST', async (_, body) => {
    const res = await post(body, { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('BAD_REQUEST');
  });

  it('answers an empty body as Apollo answers a request without a query', async () => {
    const res = await post('', { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses a character set other than UTF-8 with 415', async () => {
    const res = await post(typename, { 'content-type': 'application/json; charset=latin1' });
    expect(res.status).toBe(415);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
      'UNSUPPORTED_MEDIA_TYPE',
    );
  });
});

describe('security headers', () => {
  it.each(['/', '/graphiql', '/graphql?query=%7B__typename%7D'])('are on %s', async (route) => {
    const res = await fetch(`${app.url}${route}`, {
      headers: {
        accept: route.startsWith('/graphql?') ? 'application/json' : 'text/html',
        'apollo-require-preflight': '1',
      },
    });
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('x-powered-by')).toBeNull();
    // Plain HTTP outside production: no HSTS (it would pin localhost to HTTPS).
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('sends HSTS in production, or behind a local proxy that terminated HTTPS', async () => {
    const inProduction = await fetch(`${prod.url}/`, { headers: { accept: 'text/html' } });
    expect(inProduction.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
    expect(inProduction.headers.get('content-security-policy')).toContain(
      'upgrade-insecure-requests',
    );
    const proxied = await fetch(`${app.url}/`, {
      headers: { accept: 'text/html', 'x-forwarded-proto': 'https' },
    });
    expect(proxied.headers.get('strict-transport-security')).toMatch(/max-age=/);
  });
});
