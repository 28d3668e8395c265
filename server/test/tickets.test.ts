import { createAgent } from '../src/modules/accounts/agent/agent.service';
import { runTicketLifecycle } from '../src/modules/support/ticket/lifecycle.job';
import { Ticket } from '../src/modules/support/ticket/ticket.entity';
import {
  activate,
  emailsTo,
  invite,
  newEmail,
  PASSWORD,
  registerCompany,
  signIn,
  type Registered,
} from './accounts-helpers';
import { TicketSearchTable1796167601786 } from '../src/db/migrations/1796167601786-ticket-search-table';
import { startTestApp, statementsOf, type TestApp, type TestBrowser } from './harness';

let app: TestApp;
let agent: TestBrowser;
let agentId: string;
let a: Registered; // contracted
let b: Registered; // contracted, another company
let c: Registered; // no contract
let types: { cs: string; ta: string };

const PORTALS =
  '{ portals { key name requestTypeGroups { id name types { id name fullName children { id name fullName } } } } }';
const CREATE =
  'mutation C($input: CreateTicketInput!) { createTicket(input: $input) { id key status portalKey } }';
const TICKET = `query T($key: String!) { ticket(key: $key) { id key status subject autoResolveAt autoCloseAt requestType { name }
  reporter { email } participants { email } comments { authorType body internal statusChange } } }`;
const LIST = `query L($filter: TicketFilter, $first: Int) { tickets(filter: $filter, first: $first) { edges { node { key status subject lastActivityAt } } pageInfo { hasNextPage } } }`;
const REPLY =
  'mutation R($id: ID!, $body: String!, $internal: Boolean, $s: TicketStatus) { replyToTicket(ticketId: $id, body: $body, internal: $internal, setStatus: $s) { status } }';
const code = (r: { errors?: Array<{ extensions?: { code?: string } }> }) =>
  r.errors?.[0]?.extensions?.code;

async function raise(
  who: Registered,
  portalKey = 'CUSTOMER_SERVICE',
  subject = 'Order ZAM/2026/000123 arrived damaged',
) {
  const res = await who.browser.gql<{ createTicket: { id: string; key: string; status: string } }>(
    CREATE,
    {
      input: {
        portalKey,
        requestTypeId: portalKey === 'CUSTOMER_SERVICE' ? types.cs : types.ta,
        subject,
        description: 'Three boxes were crushed; photos attached to the delivery note.',
      },
    },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createTicket;
}

beforeAll(async () => {
  app = await startTestApp();
  const email = newEmail('agent');
  agentId = (
    await app.db.dataSource.transaction((tx) =>
      createAgent(tx, { email, name: 'Gábor Support', password: PASSWORD }),
    )
  ).id;
  agent = await signIn(app, email);
  a = await registerCompany(app);
  b = await registerCompany(app);
  c = await registerCompany(app);
  await app.db.dataSource.query('UPDATE company SET contracted = true WHERE id IN ($1, $2)', [
    a.companyId,
    b.companyId,
  ]);
  const portals = await a.browser.gql<{
    portals: Array<{
      key: string;
      requestTypeGroups: Array<{ types: Array<{ id: string; children: Array<{ id: string }> }> }>;
    }>;
  }>(PORTALS);
  const cs = portals.data!.portals.find((p) => p.key === 'CUSTOMER_SERVICE')!;
  const ta = portals.data!.portals.find((p) => p.key === 'TECHNICAL_ASSISTANCE')!;
  types = {
    cs: cs.requestTypeGroups[0]!.types[1]!.children[1]!.id,
    ta: ta.requestTypeGroups[0]!.types[0]!.id,
  };
});
afterAll(() => app?.close());

describe('portals', () => {
  it('shows a contracted company both portals, in its language, with types and sub-categories', async () => {
    const res = await a.browser.gql<{
      portals: Array<{
        key: string;
        requestTypeGroups: Array<{ types: Array<{ children: unknown[] }> }>;
      }>;
    }>(PORTALS);
    expect(res.data?.portals.map((p) => p.key)).toEqual([
      'CUSTOMER_SERVICE',
      'TECHNICAL_ASSISTANCE',
    ]);
    expect(res.data?.portals[0]?.requestTypeGroups[0]?.types[1]?.children).toHaveLength(3);
    // A sub-category is named with its type, so a request never shows only "Damaged".
    const named = await a.browser.gql<{
      portals: Array<{
        requestTypeGroups: Array<{
          types: Array<{
            name: string;
            fullName: string;
            children: Array<{ name: string; fullName: string }>;
          }>;
        }>;
      }>;
    }>(PORTALS);
    const type = named.data!.portals[0]!.requestTypeGroups[0]!.types[1]!;
    const sub = type.children[0]!;
    expect(type.fullName).toBe(type.name);
    expect(sub.fullName).toBe(`${type.name} › ${sub.name}`);
    const hu = await app.browser({ 'accept-language': 'hu' });
    hu.cookie = a.browser.cookie;
    await a.browser.gql('mutation { updateProfile(input: { locale: "hu" }) { locale } }');
    const names = await a.browser.gql<{ portals: Array<{ name: string }> }>(PORTALS);
    expect(names.data?.portals.map((p) => p.name)).toEqual([
      'Ügyfélszolgálat',
      'Műszaki segítségnyújtás',
    ]);
    // The page's language wins over the profile's: a page shown in Polish reads Polish names.
    const page = app.browser({ 'x-portal-locale': 'pl' });
    page.cookie = a.browser.cookie;
    const polish = await page.gql<{ portals: Array<{ name: string }> }>(PORTALS);
    expect(polish.data?.portals.map((p) => p.name)).toEqual([
      'Obsługa klienta',
      'Pomoc techniczna',
    ]);
    await a.browser.gql('mutation { updateProfile(input: { locale: "en" }) { locale } }');
  });

  it('hides Customer service from a company without a contract, as if it did not exist', async () => {
    const res = await c.browser.gql<{ portals: Array<{ key: string }> }>(PORTALS);
    expect(res.data?.portals.map((p) => p.key)).toEqual(['TECHNICAL_ASSISTANCE']);
    const create = await c.browser.gql(CREATE, {
      input: {
        portalKey: 'CUSTOMER_SERVICE',
        requestTypeId: types.cs,
        subject: 'Hello there',
        description: 'x',
      },
    });
    expect(code(create)).toBe('NOT_FOUND');
    const ta = await raise(c, 'TECHNICAL_ASSISTANCE', 'Datasheet for PSU-MEA-0100');
    expect(ta.key).toMatch(/^TA-\d+$/);
  });
});

describe("a request's life", () => {
  it('keys requests per portal, confirms by email, and lists open ones by last activity', async () => {
    const first = await raise(a);
    const second = await raise(
      a,
      'TECHNICAL_ASSISTANCE',
      'Compatibility of SSD-SAM-0100 with our servers',
    );
    expect(first.key).toMatch(/^CS-\d+$/);
    expect(second.key).toMatch(/^TA-\d+$/);
    expect(first.status).toBe('WAITING_FOR_SUPPORT');
    const mail = (await emailsTo(app, a.email)).filter((e) => e.template === 'TICKET_UPDATE');
    expect(mail.some((e) => e.subject.startsWith(`[${first.key}]`))).toBe(true);
    const list = await a.browser.gql<{ tickets: { edges: Array<{ node: { key: string } }> } }>(
      LIST,
      {},
    );
    expect(list.data?.tickets.edges.slice(0, 2).map((e) => e.node.key)).toEqual([
      second.key,
      first.key,
    ]);
  });

  it('goes to the customer and back; resolves; reopens with a comment', async () => {
    const t = await raise(a);
    expect(
      (
        await agent.gql<{ replyToTicket: { status: string } }>(REPLY, {
          id: t.id,
          body: 'Which delivery note number?',
          s: 'WAITING_FOR_CUSTOMER',
        })
      ).data?.replyToTicket.status,
    ).toBe('WAITING_FOR_CUSTOMER');
    const waiting = await a.browser.gql<{ ticket: { autoResolveAt: string | null } }>(TICKET, {
      key: t.key,
    });
    expect(waiting.data?.ticket.autoResolveAt).not.toBeNull();
    const answer = await a.browser.gql<{ commentOnTicket: { status: string } }>(
      'mutation C($id: ID!) { commentOnTicket(ticketId: $id, body: "WZ/2026/0099") { status } }',
      { id: t.id },
    );
    expect(answer.data?.commentOnTicket.status).toBe('WAITING_FOR_SUPPORT');
    const resolved = await agent.gql<{ resolveTicket: { status: string } }>(
      'mutation R($id: ID!) { resolveTicket(ticketId: $id, comment: "Replacement shipped.") { status } }',
      { id: t.id },
    );
    expect(resolved.data?.resolveTicket.status).toBe('RESOLVED');
    const open = await a.browser.gql<{ tickets: { edges: Array<{ node: { key: string } }> } }>(
      LIST,
      {},
    );
    expect(open.data?.tickets.edges.map((e) => e.node.key)).not.toContain(t.key);
    const all = await a.browser.gql<{ tickets: { edges: Array<{ node: { key: string } }> } }>(
      LIST,
      { filter: { statuses: ['RESOLVED', 'CLOSED'] } },
    );
    expect(all.data?.tickets.edges.map((e) => e.node.key)).toContain(t.key);
    const notYet = await a.browser.gql(
      'mutation C($id: ID!) { commentOnTicket(ticketId: $id, body: "more") { status } }',
      { id: t.id },
    );
    expect(code(notYet)).toBe('ILLEGAL_TRANSITION');
    const reopened = await a.browser.gql<{ reopenTicket: { status: string } }>(
      'mutation O($id: ID!) { reopenTicket(ticketId: $id, comment: "Still broken") { status } }',
      { id: t.id },
    );
    expect(reopened.data?.reopenTicket.status).toBe('WAITING_FOR_SUPPORT');
    const subjects = (await emailsTo(app, a.email))
      .filter((e) => e.subject.startsWith(`[${t.key}]`))
      .map((e) => e.subject.split(': ').at(-1));
    expect(subjects).toEqual(['we received it', 'support needs your answer', 'resolved']);
  });

  it('keeps internal notes from customers, in queries and emails', async () => {
    const t = await raise(a);
    const before = (await emailsTo(app, a.email)).length;
    await agent.gql(REPLY, {
      id: t.id,
      body: 'Customer had three damaged deliveries this month',
      internal: true,
    });
    const seen = await a.browser.gql<{
      ticket: { comments: Array<{ body: string; internal: boolean }> };
    }>(TICKET, { key: t.key });
    expect(seen.data?.ticket.comments.map((c) => c.body)).not.toContain(
      'Customer had three damaged deliveries this month',
    );
    expect(seen.data?.ticket.comments.every((c) => !c.internal)).toBe(true);
    expect((await emailsTo(app, a.email)).length).toBe(before);
    const staff = await agent.gql<{
      ticket: { comments: Array<{ body: string; internal: boolean }> };
    }>(TICKET, { key: t.key });
    expect(staff.data?.ticket.comments.find((c) => c.internal)?.body).toBe(
      'Customer had three damaged deliveries this month',
    );
  });

  it('assigns to a colleague with a note and moves the request in progress', async () => {
    const t = await raise(a);
    const res = await agent.gql<{ assignTicket: { status: string } }>(
      'mutation A($id: ID!, $agent: ID!) { assignTicket(ticketId: $id, agentId: $agent, note: "Logistics question") { status } }',
      { id: t.id, agent: agentId },
    );
    expect(res.data?.assignTicket.status).toBe('IN_PROGRESS');
    const mine = await agent.gql<{ tickets: { edges: Array<{ node: { key: string } }> } }>(LIST, {
      filter: { assignee: 'ME' },
    });
    expect(mine.data?.tickets.edges.map((e) => e.node.key)).toContain(t.key);
  });

  it('shares with colleagues of the same company only, and cancels', async () => {
    const t = await raise(a);
    const colleagueEmail = newEmail('colleague');
    const colleagueId = await invite(a.browser, colleagueEmail);
    const colleague = await activate(app, colleagueEmail);
    const shared = await a.browser.gql<{ shareTicket: { id: string } }>(
      'mutation S($id: ID!, $ids: [ID!]!) { shareTicket(ticketId: $id, representativeIds: $ids) { id } }',
      { id: t.id, ids: [colleagueId] },
    );
    expect(shared.errors).toBeUndefined();
    expect(
      (await emailsTo(app, colleagueEmail)).some((e) => e.subject.startsWith(`[${t.key}]`)),
    ).toBe(true);
    const mine = await colleague.gql<{ tickets: { edges: Array<{ node: { key: string } }> } }>(
      LIST,
      { filter: { scope: 'MINE' } },
    );
    expect(mine.data?.tickets.edges.map((e) => e.node.key)).toEqual([t.key]);
    const foreign = await a.browser.gql(
      'mutation S($id: ID!, $ids: [ID!]!) { shareTicket(ticketId: $id, representativeIds: $ids) { id } }',
      { id: t.id, ids: [b.representativeId] },
    );
    expect(code(foreign)).toBe('NOT_FOUND');
    const canceled = await colleague.gql<{ cancelTicket: { status: string } }>(
      'mutation X($id: ID!) { cancelTicket(ticketId: $id) { status } }',
      { id: t.id },
    );
    expect(canceled.data?.cancelTicket.status).toBe('CANCELED');
  });

  it('searches key, subject and description', async () => {
    const t = await raise(a, 'CUSTOMER_SERVICE', 'Inbound shipment IS-2026-777 short by 4 cartons');
    const bySubject = await a.browser.gql<{ tickets: { edges: Array<{ node: { key: string } }> } }>(
      LIST,
      { filter: { search: 'inbound cartons' } },
    );
    expect(bySubject.data?.tickets.edges.map((e) => e.node.key)).toEqual([t.key]);
    const byKey = await a.browser.gql<{ tickets: { edges: Array<{ node: { key: string } }> } }>(
      LIST,
      { filter: { search: t.key.toLowerCase() } },
    );
    expect(byKey.data?.tickets.edges.map((e) => e.node.key)).toEqual([t.key]);
  });

  it('finds a request written or corrected outside the portal (an SQL import, a fix by hand)', async () => {
    const t = await raise(a, 'CUSTOMER_SERVICE', 'Template request');
    const found = async (search: string) => {
      const res = await a.browser.gql<{ tickets: { edges: Array<{ node: { subject: string } }> } }>(
        LIST,
        { filter: { search } },
      );
      return res.data?.tickets.edges.map((e) => e.node.subject);
    };
    // Two requests in one INSERT, as an import writes them: both searchable.
    await app.db.dataSource.query(
      `INSERT INTO ticket
       SELECT (json_populate_record(t, json_build_object('id', gen_random_uuid(), 'key', k, 'subject', s))).*
         FROM ticket t, (VALUES ('CS-90001', 'Imported pallet quokkaimport'),
                                ('CS-90002', 'Imported crate quokkaimport')) AS v(k, s)
        WHERE t.id = $1`,
      [t.id],
    );
    expect((await found('quokkaimport'))?.sort()).toEqual([
      'Imported crate quokkaimport',
      'Imported pallet quokkaimport',
    ]);
    expect(await found('pallet quokkaimport')).toEqual(['Imported pallet quokkaimport']);
    // A subject corrected by hand: found by the new words, no longer by the old ones.
    await app.db.dataSource.query(
      `UPDATE ticket SET subject = 'Imported pallet zebrafixture' WHERE key = 'CS-90001'`,
    );
    expect(await found('zebrafixture')).toEqual(['Imported pallet zebrafixture']);
    expect(await found('pallet quokkaimport')).toEqual([]);
    // …and a description corrected by hand, the same.
    await app.db.dataSource.query(
      `UPDATE ticket SET description = 'Seal number SEAL-77Q41 broken' WHERE key = 'CS-90001'`,
    );
    expect(await found('seal77q41')).toEqual(['Imported pallet zebrafixture']);
    // A status change leaves what search reads as it was.
    await app.db.dataSource.query(
      `UPDATE ticket SET status = 'IN_PROGRESS' WHERE key = 'CS-90002'`,
    );
    expect(await found('crate quokkaimport')).toEqual(['Imported crate quokkaimport']);

    // Migration TicketSearchTable goes back (the columns on ticket again) and forward, and
    // search finds the same.
    const migration = new TicketSearchTable1796167601786();
    const runner = app.db.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      const [back] = await runner.query(`SELECT "searchText" FROM ticket WHERE key = 'CS-90001'`);
      expect(back.searchText).toMatch(/^importedpalletzebrafixture/);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await found('zebrafixture')).toEqual(['Imported pallet zebrafixture']);
    expect(await found('crate quokkaimport')).toEqual(['Imported crate quokkaimport']);
  });
});

describe('automatic resolve and close, in business days (controlled clock)', () => {
  it('reminds, resolves after 4 business days waiting, closes 4 later; closed is final for everyone', async () => {
    const t = await raise(a);
    await agent.gql(REPLY, { id: t.id, body: 'Please send photos.', s: 'WAITING_FOR_CUSTOMER' });
    // Waiting since Thu 2026-10-22 10:00 in Budapest. Fri 23 Oct is a Hungarian holiday and
    // daylight saving ends on Sun 25 Oct: +3 business days = Wed 28 10:00 CET = 09:00Z.
    await app.db.dataSource
      .getRepository(Ticket)
      .update(
        { id: t.id },
        { waitingSince: new Date('2026-10-22T08:00:00Z'), reminderSentAt: null },
      );
    const deps = (iso: string) => ({
      config: app.config,
      logger: app.logger,
      db: app.db.dataSource,
      now: () => new Date(iso),
    });
    const state = async () => app.db.dataSource.getRepository(Ticket).findOneByOrFail({ id: t.id });
    const before = (await emailsTo(app, a.email)).length;

    await runTicketLifecycle(deps('2026-10-28T08:59:00Z'));
    expect((await state()).reminderSentAt).toBeNull();
    await runTicketLifecycle(deps('2026-10-28T09:00:00Z'));
    expect((await state()).reminderSentAt?.toISOString()).toBe('2026-10-28T09:00:00.000Z');
    await runTicketLifecycle(deps('2026-10-28T09:30:00Z'));
    const reminders = (await emailsTo(app, a.email)).slice(before);
    expect(reminders.map((e) => e.subject)).toEqual([
      `[${t.key}] Order ZAM/2026/000123 arrived damaged: waiting for your answer`,
    ]);
    expect(reminders[0]!.text).toContain('resolved automatically on 29 October 2026 at 10:00 CET');

    await runTicketLifecycle(deps('2026-10-29T08:59:00Z'));
    expect((await state()).status).toBe('WAITING_FOR_CUSTOMER');
    await runTicketLifecycle(deps('2026-10-29T09:00:00Z'));
    expect((await state()).status).toBe('RESOLVED');
    await runTicketLifecycle(deps('2026-10-29T09:05:00Z')); // idempotent
    const view = await a.browser.gql<{
      ticket: {
        autoCloseAt: string;
        comments: Array<{ authorType: string; statusChange: string }>;
      };
    }>(TICKET, { key: t.key });
    // Resolved Thu 29 Oct 10:00 CET: +4 business days = Wed 4 Nov 10:00 CET (Sun 1 Nov is a holiday anyway).
    expect(view.data?.ticket.autoCloseAt).toBe('2026-11-04T09:00:00.000Z');
    expect(
      view.data?.ticket.comments
        .filter((c) => c.authorType === 'SYSTEM')
        .map((c) => c.statusChange),
    ).toEqual(['RESOLVED']);

    await runTicketLifecycle(deps('2026-11-04T08:59:00Z'));
    expect((await state()).status).toBe('RESOLVED');
    await runTicketLifecycle(deps('2026-11-04T09:00:00Z'));
    expect((await state()).status).toBe('CLOSED');

    const reopenByCustomer = await a.browser.gql(
      'mutation O($id: ID!) { reopenTicket(ticketId: $id, comment: "again") { status } }',
      { id: t.id },
    );
    expect(code(reopenByCustomer)).toBe('TICKET_CLOSED');
    const reopenByAgent = await agent.gql(
      'mutation O($id: ID!) { reopenTicket(ticketId: $id, comment: "again") { status } }',
      { id: t.id },
    );
    expect(code(reopenByAgent)).toBe('TICKET_CLOSED');
    expect(code(await agent.gql(REPLY, { id: t.id, body: 'x' }))).toBe('TICKET_CLOSED');
    expect(
      code(
        await a.browser.gql(
          'mutation C($id: ID!) { commentOnTicket(ticketId: $id, body: "x") { status } }',
          { id: t.id },
        ),
      ),
    ).toBe('TICKET_CLOSED');
  });
});

describe('tenant isolation and query cost', () => {
  it("gives company B NOT_FOUND, never data, for company A's requests", async () => {
    const t = await raise(a);
    const one = await b.browser.gql(TICKET, { key: t.key });
    expect(code(one)).toBe('NOT_FOUND');
    expect(one.data?.ticket ?? null).toBeNull();
    const list = await b.browser.gql<{ tickets: { edges: unknown[] } }>(LIST, {
      filter: {
        statuses: [
          'WAITING_FOR_SUPPORT',
          'IN_PROGRESS',
          'WAITING_FOR_CUSTOMER',
          'RESOLVED',
          'CLOSED',
          'CANCELED',
        ],
      },
    });
    expect(list.data?.tickets.edges).toEqual([]);
    for (const m of [
      'mutation M($id: ID!) { commentOnTicket(ticketId: $id, body: "x") { id } }',
      'mutation M($id: ID!) { cancelTicket(ticketId: $id) { id } }',
      'mutation M($id: ID!) { reopenTicket(ticketId: $id, comment: "x") { id } }',
      `mutation M($id: ID!) { shareTicket(ticketId: $id, representativeIds: ["${b.representativeId}"]) { id } }`,
    ]) {
      const res = await b.browser.gql(m, { id: t.id });
      expect(code(res)).toBe('NOT_FOUND');
      expect(res.data).toBeNull();
    }
    // A company without a contract cannot see even its own Customer-service requests' portal.
    const fromC = await c.browser.gql(TICKET, { key: t.key });
    expect(code(fromC)).toBe('NOT_FOUND');
  });

  it('keeps the SQL statement count of the list flat with the page size', async () => {
    for (let i = 0; i < 10; i++)
      await raise(a, 'TECHNICAL_ASSISTANCE', `Question number ${i} about relays`);
    const query = `query Q($first: Int) { tickets(first: $first) { edges { node { key status autoResolveAt requestType { name } reporter { email } participants { email } comments { body } } } } }`;
    const count = async (first: number) => {
      const { statements, data } = await statementsOf<{ tickets: { edges: unknown[] } }>(
        a.browser,
        query,
        { first },
      );
      return { statements, rows: data.tickets.edges.length };
    };
    const five = await count(5);
    const fifty = await count(50);
    expect(five.rows).toBe(5);
    expect(fifty.rows).toBeGreaterThan(10);
    expect(fifty.statements).toBe(five.statements);
  });

  it("shows staff each request's company, in the same number of statements for 5 or 50 rows", async () => {
    for (let i = 0; i < 12; i++)
      await raise(i % 2 ? a : b, 'CUSTOMER_SERVICE', `Pallet ${i} damaged`);
    const query = `query Q($first: Int, $filter: TicketFilter) { tickets(first: $first, filter: $filter) { edges { node { key company { id name taxId contracted } } } } }`;
    const list = async (first: number, filter: object = {}) => {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: agent.cookie! },
        body: JSON.stringify({ query, variables: { first, filter } }),
      });
      const body = (await res.json()) as {
        data: { tickets: { edges: Array<{ node: { company: { id: string; name: string } } }> } };
        errors?: unknown;
      };
      expect(body.errors).toBeUndefined();
      return {
        statements: Number(res.headers.get('x-sql-statements')),
        companies: body.data.tickets.edges.map((e) => e.node.company),
      };
    };
    await list(1); // the session's first request of the test may refresh the session
    const five = await list(5);
    const fifty = await list(50);
    expect(five.companies).toHaveLength(5);
    expect(fifty.companies.length).toBeGreaterThan(10);
    const ids = new Set(fifty.companies.map((c) => c.id));
    expect(ids.has(a.companyId) && ids.has(b.companyId)).toBe(true);
    expect(fifty.statements).toBe(five.statements);
    // The queue filtered by one company (picked by name in the type-ahead) lists only its requests.
    const ofB = await list(50, { companyId: b.companyId });
    expect(ofB.companies.length).toBeGreaterThan(0);
    expect(ofB.companies.every((c) => c.id === b.companyId)).toBe(true);
  });

  it("answers the SPA's list page in at most 3 SQL statements, whatever the page size", async () => {
    for (let i = 0; i < 6; i++)
      await raise(a, 'TECHNICAL_ASSISTANCE', `Summary row ${i} about relays`);
    const query = `query Q($first: Int) { tickets(first: $first, filter: { scope: MINE }) { edges { cursor node { id key portalKey status subject createdAt lastActivityAt requestType { id name } reporter { id name email } } } pageInfo { hasNextPage endCursor } } }`;
    for (const first of [5, 50]) {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: a.browser.cookie! },
        body: JSON.stringify({ query, variables: { first } }),
      });
      const body = (await res.json()) as {
        data: { tickets: { edges: unknown[] } };
        errors?: unknown;
      };
      expect(body.errors).toBeUndefined();
      expect(body.data.tickets.edges.length).toBeGreaterThanOrEqual(5);
      expect(Number(res.headers.get('x-sql-statements'))).toBeLessThanOrEqual(3);
    }
  });
});

describe('the reporter on the list', () => {
  it('carries every field asked for, as the request page has them, whichever the list reads', async () => {
    const made = await raise(a, 'TECHNICAL_ASSISTANCE', 'Reporter fields on the list');
    const FIELDS = 'id name email role status locale createdAt updatedAt activatedAt invitedAt';
    type Row = { key: string; reporter: Record<string, unknown> };
    const list = await a.browser.gql<{ tickets: { edges: Array<{ node: Row }> } }>(
      `{ tickets(first: 50) { edges { node { key reporter { ${FIELDS} } } } } }`,
    );
    const page = await a.browser.gql<{ ticket: Row }>(
      `query T($key: String!) { ticket(key: $key) { key reporter { ${FIELDS} } } }`,
      { key: made.key },
    );
    const row = list.data!.tickets.edges.find((e) => e.node.key === made.key)!.node;
    expect(row.reporter).toEqual(page.data!.ticket.reporter);
    expect(row.reporter.createdAt).toEqual(expect.any(String));
    expect(row.reporter.activatedAt).toEqual(expect.any(String));
    // A few fields through a fragment and an alias: the same values.
    const few = await a.browser.gql<{ tickets: { edges: Array<{ node: Row }> } }>(
      `query { tickets(first: 50) { edges { node { key reporter { ...Who } } } } }
       fragment Who on Representative { who: name email }`,
    );
    const fewRow = few.data!.tickets.edges.find((e) => e.node.key === made.key)!.node;
    expect(fewRow.reporter).toEqual({
      who: page.data!.ticket.reporter.name,
      email: row.reporter.email,
    });
  });
});

describe('request types, managed by agents', () => {
  const CREATE_TYPE =
    'mutation C($g: ID!, $p: ID, $names: LocalizedNamesInput!) { createRequestType(groupId: $g, parentId: $p, names: $names) { id name active } }';
  const UPDATE_TYPE =
    'mutation U($id: ID!, $active: Boolean) { updateRequestType(id: $id, active: $active) { id active } }';
  const names = {
    en: 'Wrong pallet labels',
    uk: 'Неправильні етикетки палет',
    hu: 'Hibás raklapcímkék',
    pl: 'Błędne etykiety palet',
  };

  it('adds a sub-category customers can choose, and retires it again', async () => {
    const portals = await agent.gql<{
      portals: Array<{
        key: string;
        requestTypeGroups: Array<{ id: string; types: Array<{ id: string }> }>;
      }>;
    }>(PORTALS);
    const group = portals.data!.portals.find((p) => p.key === 'CUSTOMER_SERVICE')!
      .requestTypeGroups[1]!;
    const created = await agent.gql<{
      createRequestType: { id: string; name: string; active: boolean };
    }>(CREATE_TYPE, { g: group.id, p: group.types[2]!.id, names });
    expect(created.data?.createRequestType).toMatchObject({
      name: 'Wrong pallet labels',
      active: true,
    });
    const id = created.data!.createRequestType.id;
    const seen = JSON.stringify((await a.browser.gql(PORTALS)).data);
    expect(seen).toContain(id);
    const ticket = await a.browser.gql(CREATE, {
      input: {
        portalKey: 'CUSTOMER_SERVICE',
        requestTypeId: id,
        subject: 'Pallet 7 mislabelled',
        description: 'x',
      },
    });
    expect(ticket.errors).toBeUndefined();
    await agent.gql(UPDATE_TYPE, { id, active: false });
    expect(JSON.stringify((await a.browser.gql(PORTALS)).data)).not.toContain(id);
    const refused = await a.browser.gql(CREATE, {
      input: {
        portalKey: 'CUSTOMER_SERVICE',
        requestTypeId: id,
        subject: 'Pallet 8 mislabelled',
        description: 'x',
      },
    });
    expect(code(refused)).toBe('NOT_FOUND');
    const staffView = await agent.gql(
      'query { portals(includeInactive: true) { requestTypeGroups { types { children { id active } } } } }',
    );
    expect(JSON.stringify(staffView.data)).toContain(`{"id":"${id}","active":false}`);
  });

  it('is for staff only', async () => {
    const portals = await a.browser.gql<{
      portals: Array<{ requestTypeGroups: Array<{ id: string }> }>;
    }>(PORTALS);
    const res = await a.browser.gql(CREATE_TYPE, {
      g: portals.data!.portals[0]!.requestTypeGroups[0]!.id,
      names,
    });
    expect(code(res)).toBe('FORBIDDEN');
  });
});
