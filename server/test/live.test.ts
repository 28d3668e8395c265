import { LIVE_CLOSE, LIVE_CONNECTIONS_PER_SESSION } from '../../shared/src/live';
import { createAgent } from '../src/modules/accounts/agent/agent.service';
import { createApiToken } from '../src/modules/accounts/auth/api-token.service';
import {
  confirmTaxId,
  newEmail,
  PASSWORD,
  registerCompany,
  signIn,
  type Registered,
} from './accounts-helpers';
import { startTestApp, type TestApp, type TestBrowser } from './harness';
import { uploadDraftPhoto } from './return-photos';
import { liveClient, nothingWithin, type LiveClient } from './live-helpers';

/** Live updates over graphql-ws at /graphql, against the real server (embedded or PostgreSQL). */
let app: TestApp;
let agent: TestBrowser;
let token: string;
let a: Registered;
let b: Registered;
const open: LiveClient[] = [];

const TICKET_UPDATED = `subscription T($key: String!) { ticketUpdated(key: $key) {
  key status comments { authorType body internal } } }`;
const RETURN_UPDATED = `subscription R($rma: String!) { returnRequestUpdated(rmaNumber: $rma) {
  rmaNumber status events { type actorType note } } }`;
const QUEUE = 'subscription { staffQueueUpdated { queue key } }';
const REPLY =
  'mutation R($id: ID!, $body: String!, $internal: Boolean, $s: TicketStatus) { replyToTicket(ticketId: $id, body: $body, internal: $internal, setStatus: $s) { status } }';

type Comments = Array<{ authorType: string; body: string; internal: boolean }>;
const code = (r: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) =>
  r.errors?.[0]?.extensions?.code;

function connect(options: Parameters<typeof liveClient>[1]): LiveClient {
  const c = liveClient(app.url, options);
  open.push(c);
  return c;
}

async function raiseTicket(who: Registered): Promise<{ id: string; key: string }> {
  const portals = await who.browser.gql<{
    portals: Array<{ key: string; requestTypeGroups: Array<{ types: Array<{ id: string }> }> }>;
  }>('{ portals { key requestTypeGroups { types { id } } } }');
  const cs = portals.data!.portals.find((p) => p.key === 'CUSTOMER_SERVICE')!;
  const res = await who.browser.gql<{ createTicket: { id: string; key: string } }>(
    'mutation C($input: CreateTicketInput!) { createTicket(input: $input) { id key } }',
    {
      input: {
        portalKey: 'CUSTOMER_SERVICE',
        requestTypeId: cs.requestTypeGroups[0]!.types[0]!.id,
        subject: 'Pallet 4 arrived wet',
        description: 'The outer cartons of pallet 4 were soaked through on delivery.',
      },
    },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createTicket;
}

async function submitReturn(who: Registered): Promise<{ id: string; rmaNumber: string }> {
  const number = `ERP/LIVE/${Math.random().toString(36).slice(2, 9)}`;
  const imported = await app.gql(
    'mutation I($input: ImportInvoiceInput!) { importInvoice(input: $input) { id } }',
    {
      input: {
        companyTaxId: who.taxId,
        country: 'PL',
        number,
        issuedAt: new Date().toISOString(),
        lines: [{ sku: 'SKU-LIVE', name: 'Live product', quantity: 2, unitPrice: '10.00' }],
      },
    },
    { headers: { authorization: `Bearer ${token}` } },
  );
  if (!imported.data) throw new Error(JSON.stringify(imported.errors));
  const checked = await who.browser.gql<{ checkInvoice: { lines: Array<{ id: string }> } }>(
    'query C($n: String!) { checkInvoice(number: $n) { lines { id } } }',
    { n: number },
  );
  const condition = { complete: true, noSignsOfUse: true, undamaged: true };
  const res = await who.browser.gql<{ submitReturnRequest: { id: string; rmaNumber: string } }>(
    'mutation S($input: SubmitReturnRequestInput!) { submitReturnRequest(input: $input) { id rmaNumber } }',
    {
      input: {
        kind: 'RETURN',
        idempotencyKey: `live-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
        items: [
          {
            invoiceLineId: checked.data!.checkInvoice.lines[0]!.id,
            quantity: 1,
            reason: 'DEFECTIVE',
            photoIds: [await uploadDraftPhoto(app, who.browser)],
            conditions: {
              ...condition,
              originalPackaging: true,
              properlyPacked: true,
              merchantable: true,
              disconnected: true,
            },
          },
        ],
      },
    },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.submitReturnRequest;
}

beforeAll(async () => {
  app = await startTestApp({}, { liveSessionCheckMs: 200 });
  token = (await app.db.dataSource.transaction((tx) => createApiToken(tx, 'ERP'))).token;
  const email = newEmail('agent');
  await app.db.dataSource.transaction((tx) =>
    createAgent(tx, { email, name: 'Lena Live', password: PASSWORD }),
  );
  agent = await signIn(app, email);
  a = await registerCompany(app);
  b = await registerCompany(app);
  await app.db.dataSource.query('UPDATE company SET contracted = true WHERE id IN ($1, $2)', [
    a.companyId,
    b.companyId,
  ]);
  await confirmTaxId(app, a.companyId);
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.dispose()));
});
afterAll(() => app?.close());

describe('a request page', () => {
  it("receives the agent's public reply, not the internal note, by the session cookie", async () => {
    const ticket = await raiseTicket(a);
    const customer = connect({ cookie: a.browser.cookie }).subscribe(TICKET_UPDATED, {
      key: ticket.key,
    });
    const staff = connect({ cookie: agent.cookie }).subscribe(TICKET_UPDATED, { key: ticket.key });
    // The first result is the current state: both are listening from here on.
    const first = await customer.next();
    expect(first.errors).toBeUndefined();
    expect((first.data!.ticketUpdated as { comments: Comments }).comments).toHaveLength(0);
    await staff.next();

    await agent.gql(REPLY, { id: ticket.id, body: 'Checking with the carrier.', internal: true });
    await agent.gql(REPLY, {
      id: ticket.id,
      body: 'A replacement pallet ships today.',
      s: 'WAITING_FOR_CUSTOMER',
    });

    const seen = (await customer.next()).data!.ticketUpdated as {
      status: string;
      comments: Comments;
    };
    expect(seen.status).toBe('WAITING_FOR_CUSTOMER');
    expect(seen.comments.map((c) => [c.authorType, c.body])).toEqual([
      ['AGENT', 'A replacement pallet ships today.'],
    ]);
    // Staff hear both (each result is the request as it is by then), the note included.
    const staffSaw = [await staff.next(), await staff.next()].map(
      (r) => (r.data!.ticketUpdated as { comments: Comments }).comments,
    );
    expect(staffSaw[1]!.map((c) => c.internal)).toEqual([true, false]);
  });

  it("refuses another company's request exactly as the query does: NOT_FOUND", async () => {
    const ticket = await raiseTicket(a);
    const query = await b.browser.gql('query T($key: String!) { ticket(key: $key) { key } }', {
      key: ticket.key,
    });
    const live = connect({ cookie: b.browser.cookie }).subscribe(TICKET_UPDATED, {
      key: ticket.key,
    });
    const refused = await live.next();
    expect(code(refused)).toBe('NOT_FOUND');
    expect(refused.errors![0]!.message).toBe(query.errors![0]!.message);
    expect(refused.data ?? null).toBeNull();
    await live.completed;
    const unknown = connect({ cookie: b.browser.cookie }).subscribe(TICKET_UPDATED, {
      key: 'CS-999999',
    });
    expect(code(await unknown.next())).toBe('NOT_FOUND');
  });

  it('only accepts subscriptions over the socket: a mutation is BAD_REQUEST', async () => {
    const live = connect({ cookie: a.browser.cookie }).subscribe('mutation { logOut }');
    expect(code(await live.next())).toBe('BAD_REQUEST');
  });
});

describe('a return page', () => {
  it("follows the return's timeline; another company's return is NOT_FOUND", async () => {
    const rma = await submitReturn(a);
    const live = connect({ cookie: a.browser.cookie }).subscribe(RETURN_UPDATED, {
      rma: rma.rmaNumber,
    });
    expect((await live.next()).data!.returnRequestUpdated).toMatchObject({ status: 'SUBMITTED' });
    await agent.gql('mutation A($id: ID!) { authorizeReturnRequest(id: $id, note: "OK") { id } }', {
      id: rma.id,
    });
    const after = (await live.next()).data!.returnRequestUpdated as {
      status: string;
      events: Array<{ type: string }>;
    };
    expect(after.status).toBe('AUTHORIZED');
    expect(after.events.map((e) => e.type)).toContain('AUTHORIZED');

    const foreign = connect({ cookie: b.browser.cookie }).subscribe(RETURN_UPDATED, {
      rma: rma.rmaNumber,
    });
    expect(code(await foreign.next())).toBe('NOT_FOUND');
  });
});

describe('the staff queues', () => {
  it('hear of a new request (agent by cookie, tool by token); a customer is FORBIDDEN', async () => {
    const byAgent = connect({ cookie: agent.cookie }).subscribe(QUEUE);
    const byTool = connect({ connectionParams: { authorization: `Bearer ${token}` } }).subscribe(
      QUEUE,
    );
    expect((await byAgent.next()).data!.staffQueueUpdated).toEqual({ queue: 'ALL', key: null });
    await byTool.next();
    const ticket = await raiseTicket(a);
    expect((await byAgent.next()).data!.staffQueueUpdated).toEqual({
      queue: 'REQUESTS',
      key: ticket.key,
    });
    expect((await byTool.next()).data!.staffQueueUpdated).toEqual({
      queue: 'REQUESTS',
      key: ticket.key,
    });
    const customer = connect({ cookie: a.browser.cookie }).subscribe(QUEUE);
    expect(code(await customer.next())).toBe('FORBIDDEN');
  });
});

describe('connections', () => {
  it('are refused without a session (4401)', async () => {
    const none = connect({});
    expect((await none.closed).code).toBe(LIVE_CLOSE.UNAUTHORIZED);
    const forged = connect({ cookie: 'portal_session=forged' });
    expect((await forged.closed).code).toBe(LIVE_CLOSE.UNAUTHORIZED);
  });

  it('are refused from another site (4403)', async () => {
    const c = connect({ cookie: a.browser.cookie, origin: 'https://evil.example' });
    expect((await c.closed).code).toBe(LIVE_CLOSE.FORBIDDEN_ORIGIN);
  });

  it(`are limited to ${LIVE_CONNECTIONS_PER_SESSION} per session (4429)`, async () => {
    const me = await signIn(app, a.email);
    const within = Array.from({ length: LIVE_CONNECTIONS_PER_SESSION }, () =>
      connect({ cookie: me.cookie }),
    );
    // Each of them is connected: a subscription answers.
    for (const c of within) await c.subscribe(QUEUE).next();
    const over = connect({ cookie: me.cookie });
    const closed = await over.closed;
    expect(closed.code).toBe(LIVE_CLOSE.TOO_MANY_CONNECTIONS);
    expect(closed.reason).toMatch(/at most 10/i);
    // Another session of the same person has its own allowance.
    const other = await signIn(app, a.email);
    const fine = connect({ cookie: other.cookie }).subscribe(TICKET_UPDATED, { key: 'CS-0' });
    expect(code(await fine.next())).toBe('NOT_FOUND');
  });

  it('close when that session signs out, and only that one (4401)', async () => {
    const ticket = await raiseTicket(a);
    const session = await signIn(app, a.email);
    const otherSession = await signIn(app, a.email);
    const leaving = connect({ cookie: session.cookie });
    const staying = connect({ cookie: otherSession.cookie });
    await leaving.subscribe(TICKET_UPDATED, { key: ticket.key }).next();
    const stays = staying.subscribe(TICKET_UPDATED, { key: ticket.key });
    await stays.next();
    await session.gql('mutation { logOut }');
    const closed = await leaving.closed;
    expect(closed.code).toBe(LIVE_CLOSE.UNAUTHORIZED);
    expect(await nothingWithin(staying.closed, 500)).toBe('none');
    await agent.gql(REPLY, {
      id: ticket.id,
      body: 'Still here for the other tab.',
      s: 'WAITING_FOR_CUSTOMER',
    });
    expect((await stays.next()).data!.ticketUpdated).toMatchObject({
      status: 'WAITING_FOR_CUSTOMER',
    });
  });

  it('close when the session expires (checked periodically)', async () => {
    const session = await signIn(app, a.email);
    const c = connect({ cookie: session.cookie });
    await c.subscribe(TICKET_UPDATED, { key: 'CS-0' }).next();
    await app.db.dataSource.query(
      `UPDATE session SET "expiresAt" = now() - interval '1 second'
        WHERE "principalId" = $1 AND "expiresAt" > now() AND id NOT IN (
          SELECT id FROM session WHERE "principalId" = $1 ORDER BY "createdAt" ASC LIMIT 1)`,
      [a.representativeId],
    );
    expect((await c.closed).code).toBe(LIVE_CLOSE.UNAUTHORIZED);
  });
});
