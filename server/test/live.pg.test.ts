import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { liveListenerName } from '../src/context/live-listener';
import { createAgent } from '../src/modules/accounts/agent/agent.service';
import { newEmail, PASSWORD, registerCompany, signIn, type Registered } from './accounts-helpers';
import { createIsolatedDatabase, freePort, startTestApp, type TestApp } from './harness';
import { liveClient, type LiveClient } from './live-helpers';
import { requireRealPostgres } from './real-postgres';
import {
  buildServer,
  killAllServers,
  startServer,
  stopServer,
  type Started,
} from './server-process';

/**
 * Live events cross processes through PostgreSQL LISTEN/NOTIFY: a subscriber on one server
 * process hears what is written through another (the built server as a child process, and
 * this test's own app, on one database). On the embedded database events stay in their one
 * process, so this needs PostgreSQL.
 */
requireRealPostgres();

const TICKET_UPDATED = `subscription T($key: String!) { ticketUpdated(key: $key) {
  status comments { authorType body } } }`;
const REPLY =
  'mutation R($id: ID!, $body: String!) { replyToTicket(ticketId: $id, body: $body, setStatus: WAITING_FOR_CUSTOMER) { status } }';
const COMMENT =
  'mutation C($id: ID!, $body: String!) { commentOnTicket(ticketId: $id, body: $body) { status } }';

let db: Awaited<ReturnType<typeof createIsolatedDatabase>>;
let app: TestApp; // process 1: this test's own
let other: Started; // process 2: the built server
let otherUrl: string;
let dataDir: string;
let customer: Registered;
let agentCookie: string;
const open: LiveClient[] = [];

type Seen = { status: string; comments: Array<{ authorType: string; body: string }> };
const seen = (r: { data?: Record<string, unknown> | null }) => r.data!.ticketUpdated as Seen;

/** A request of `customer`'s, raised through process 1. */
async function raise(): Promise<{ id: string; key: string }> {
  const portals = await customer.browser.gql<{
    portals: Array<{ key: string; requestTypeGroups: Array<{ types: Array<{ id: string }> }> }>;
  }>('{ portals { key requestTypeGroups { types { id } } } }');
  const cs = portals.data!.portals.find((p) => p.key === 'CUSTOMER_SERVICE')!;
  const res = await customer.browser.gql<{ createTicket: { id: string; key: string } }>(
    'mutation C($input: CreateTicketInput!) { createTicket(input: $input) { id key } }',
    {
      input: {
        portalKey: 'CUSTOMER_SERVICE',
        requestTypeId: cs.requestTypeGroups[0]!.types[0]!.id,
        subject: 'Invoice FV/2026/11/0042 shows the wrong VAT rate',
        description: 'Line 3 is at 8 % but the product is at 23 %.',
      },
    },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createTicket;
}

/** A GraphQL request with a cookie to any of the two processes. */
async function gqlAt(base: string, cookie: string, query: string, vars: object) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables: vars }),
  });
  return (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

beforeAll(async () => {
  buildServer();
  db = await createIsolatedDatabase();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-live-'));
  const port = await freePort();
  other = await startServer({
    DATABASE_URL: db.url,
    PORT: String(port),
    DATA_DIR: dataDir,
    SEED_DEMO: '0',
  });
  otherUrl = `http://localhost:${port}`;
  app = await startTestApp({ databaseUrl: db.url });
  const email = newEmail('agent');
  await app.db.dataSource.transaction((tx) =>
    createAgent(tx, { email, name: 'Piotr Process', password: PASSWORD }),
  );
  agentCookie = (await signIn(app, email)).cookie!;
  customer = await registerCompany(app);
  await app.db.dataSource.query('UPDATE company SET contracted = true WHERE id = $1', [
    customer.companyId,
  ]);
}, 180_000);
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.dispose()));
});
afterAll(async () => {
  await app?.close();
  if (other) await stopServer(other, 'SIGTERM');
  await killAllServers();
  await db?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('live events across server processes', () => {
  it("a customer listening on process 2 hears the agent's reply written on process 1", async () => {
    const ticket = await raise();
    const c = liveClient(otherUrl, { cookie: customer.browser.cookie });
    open.push(c);
    const live = c.subscribe(TICKET_UPDATED, { key: ticket.key });
    expect(seen(await live.next()).comments).toEqual([]);
    await gqlAt(app.url, agentCookie, REPLY, {
      id: ticket.id,
      body: 'Corrected invoice attached.',
    });
    const after = seen(await live.next());
    expect(after.status).toBe('WAITING_FOR_CUSTOMER');
    expect(after.comments).toEqual([{ authorType: 'AGENT', body: 'Corrected invoice attached.' }]);
  });

  it('an agent listening on process 1 hears the customer written on process 2', async () => {
    const ticket = await raise();
    const c = liveClient(app.url, { cookie: agentCookie });
    open.push(c);
    const live = c.subscribe(TICKET_UPDATED, { key: ticket.key });
    await live.next();
    await gqlAt(otherUrl, customer.browser.cookie!, COMMENT, {
      id: ticket.id,
      body: 'The order number is ZAM/2026/000777.',
    });
    expect(seen(await live.next()).comments).toEqual([
      { authorType: 'CUSTOMER', body: 'The order number is ZAM/2026/000777.' },
    ]);
  });

  it("signing out on process 1 closes that session's connection on process 2", async () => {
    const session = await signIn(app, customer.email);
    const c = liveClient(otherUrl, { cookie: session.cookie });
    open.push(c);
    await c.subscribe(TICKET_UPDATED, { key: (await raise()).key }).next();
    await session.gql('mutation { logOut }');
    expect((await c.closed).code).toBe(4401);
  });

  it('the listener connects again after losing its connection, and subscribers re-read', async () => {
    const ticket = await raise();
    const c = liveClient(app.url, { cookie: customer.browser.cookie });
    open.push(c);
    const live = c.subscribe(TICKET_UPDATED, { key: ticket.key });
    await live.next();
    const killed = await app.db.dataSource.query(
      'SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity WHERE application_name = $1',
      [liveListenerName()],
    );
    expect(killed).toEqual([{ done: true }]);
    // Back: a RESYNC makes every subscriber send the record again (events may have been lost).
    expect(seen(await live.next()).comments).toEqual([]);
    await gqlAt(otherUrl, agentCookie, REPLY, { id: ticket.id, body: 'After the reconnect.' });
    expect(seen(await live.next()).comments.map((x) => x.body)).toEqual(['After the reconnect.']);
  });
});
