import { createAgent } from '../src/modules/accounts/agent/agent.service';
import { Portal, PortalKey } from '../src/modules/support/request-type/request-type.entity';
import { clockOf } from '../src/modules/support/sla/sla.clock';
import { TicketSla } from '../src/modules/support/sla/sla.entity';
import { runTicketLifecycle } from '../src/modules/support/ticket/lifecycle.job';
import { Ticket } from '../src/modules/support/ticket/ticket.entity';
import {
  addBusinessHours,
  addBusinessMs,
  businessMsBetween,
  type BusinessClock,
} from '../../shared/src/business-hours';
import { openingWeek } from '../../shared/src/service-levels';
import { newEmail, PASSWORD, registerCompany, signIn, type Registered } from './accounts-helpers';
import { startTestApp, type TestApp, type TestBrowser } from './harness';

let app: TestApp;
let agent: TestBrowser;
let a: Registered;
let b: Registered;
let clock: BusinessClock;
let types: { cs: string; ta: string; csChild: string };

const PORTALS = '{ portals { key requestTypeGroups { types { id children { id } } } } }';
const CREATE =
  'mutation C($input: CreateTicketInput!) { createTicket(input: $input) { id key createdAt } }';
const SLA = `query T($key: String!) { ticket(key: $key) { key status
  sla { firstResponseDueAt firstResponseAt resolutionDueAt breached paused } } }`;
const REPLY =
  'mutation R($id: ID!, $body: String!, $internal: Boolean, $s: TicketStatus) { replyToTicket(ticketId: $id, body: $body, internal: $internal, setStatus: $s) { status } }';
const QUEUE = `query Q($filter: TicketFilter, $orderBy: TicketOrder, $first: Int, $after: String) {
  tickets(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    edges { node { key } } pageInfo { hasNextPage endCursor } } }`;
const TARGETS = `mutation S($id: ID!, $t: ServiceLevelTargetsInput!) { setServiceLevelTargets(requestTypeId: $id, targets: $t) {
  id serviceLevels { firstResponseHours resolutionHours own } } }`;
const REPORT = `query R($from: DateTimeISO!, $to: DateTimeISO!, $portalKey: PortalKey) {
  serviceLevelReport(from: $from, to: $to, portalKey: $portalKey) { week portalKey requestTypeId requestTypeName
  requests firstResponseMedianHours firstResponseP90Hours resolutionMedianHours resolutionP90Hours breaches averageRating } }`;

type Sla = {
  firstResponseDueAt: string;
  firstResponseAt: string | null;
  resolutionDueAt: string | null;
  breached: boolean;
  paused: boolean;
};
const code = (r: { errors?: Array<{ extensions?: { code?: string } }> }) =>
  r.errors?.[0]?.extensions?.code;
const slaRows = () => app.db.dataSource.getRepository(TicketSla);

async function raise(who: Registered, requestTypeId = types.cs, portalKey = 'CUSTOMER_SERVICE') {
  const res = await who.browser.gql<{
    createTicket: { id: string; key: string; createdAt: string };
  }>(CREATE, {
    input: {
      portalKey,
      requestTypeId,
      subject: 'Pallet 7 missing from inbound shipment',
      description: 'The delivery note lists eight pallets; seven arrived.',
    },
  });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createTicket;
}

async function slaOf(key: string, who: TestBrowser = agent): Promise<Sla> {
  const res = await who.gql<{ ticket: { sla: Sla } }>(SLA, { key });
  if (!res.data?.ticket.sla) throw new Error(JSON.stringify(res.errors));
  return res.data.ticket.sla;
}

async function queue(filter: Record<string, unknown>, orderBy?: string): Promise<string[]> {
  const keys: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 20; page++) {
    const res: {
      data?: {
        tickets: {
          edges: Array<{ node: { key: string } }>;
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      } | null;
    } = await agent.gql(QUEUE, { filter: { ...filter, assignee: null }, orderBy, first: 2, after });
    if (!res.data) throw new Error('queue failed');
    keys.push(...res.data.tickets.edges.map((e) => e.node.key));
    if (!res.data.tickets.pageInfo.hasNextPage) break;
    after = res.data.tickets.pageInfo.endCursor;
  }
  return keys;
}

beforeAll(async () => {
  app = await startTestApp();
  const email = newEmail('agent');
  await app.db.dataSource.transaction((tx) =>
    createAgent(tx, { email, name: 'Gábor Support', password: PASSWORD }),
  );
  agent = await signIn(app, email);
  a = await registerCompany(app);
  b = await registerCompany(app);
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
    cs: cs.requestTypeGroups[1]!.types[0]!.id,
    csChild: cs.requestTypeGroups[0]!.types[1]!.children[0]!.id,
    ta: ta.requestTypeGroups[0]!.types[0]!.id,
  };
  const portal = await app.db.dataSource
    .getRepository(Portal)
    .findOneByOrFail({ key: PortalKey.CUSTOMER_SERVICE });
  clock = clockOf(portal);
});
afterAll(() => app?.close());

describe('service-level clocks', () => {
  it('gives agents due times in business hours from the default targets (8 h, 40 h)', async () => {
    const t = await raise(a);
    const sla = await slaOf(t.key);
    const opened = new Date(t.createdAt);
    expect(sla.firstResponseDueAt).toBe(addBusinessHours(opened, 8, clock).toISOString());
    expect(sla.resolutionDueAt).toBe(addBusinessHours(opened, 40, clock).toISOString());
    expect(sla).toMatchObject({ firstResponseAt: null, breached: false, paused: false });
  });

  it('is for agents only: a customer gets FORBIDDEN and null, the request itself stays readable', async () => {
    const t = await raise(a);
    const res = await a.browser.gql<{ ticket: { key: string; sla: Sla | null } }>(SLA, {
      key: t.key,
    });
    expect(code(res)).toBe('FORBIDDEN');
    expect(res.data?.ticket).toMatchObject({ key: t.key, sla: null });
    const stranger = await b.browser.gql(SLA, { key: t.key });
    expect(code(stranger)).toBe('NOT_FOUND');
    expect(stranger.data?.ticket ?? null).toBeNull();
  });

  it('records the first public agent reply, not an internal note', async () => {
    const t = await raise(a);
    await agent.gql(REPLY, { id: t.id, body: 'Looking into it (note).', internal: true });
    expect((await slaOf(t.key)).firstResponseAt).toBeNull();
    await agent.gql(REPLY, { id: t.id, body: 'We are checking the warehouse log.' });
    const sla = await slaOf(t.key);
    expect(sla.firstResponseAt).not.toBeNull();
    expect(sla.breached).toBe(false);
    await agent.gql(REPLY, { id: t.id, body: 'Still checking.' });
    expect((await slaOf(t.key)).firstResponseAt).toBe(sla.firstResponseAt);
  });

  it('pauses while waiting for the customer and moves the resolution due time by the pause exactly', async () => {
    const t = await raise(a);
    await agent.gql(REPLY, { id: t.id, body: 'Which pallet label?', s: 'WAITING_FOR_CUSTOMER' });
    const waiting = await slaOf(t.key);
    expect(waiting.paused).toBe(true);
    expect(await queue({}, 'SLA_DUE')).not.toContain(t.key);
    // The pause started three weeks ago: its business time is known exactly.
    const pausedSince = new Date(Date.now() - 21 * 86_400_000);
    const openedAt = new Date(pausedSince.getTime() - 3_600_000);
    await slaRows().update({ ticketId: t.id }, { pausedSince, openedAt });
    const res = await a.browser.gql(
      'mutation C($id: ID!) { commentOnTicket(ticketId: $id, body: "Label P-7.") { status } }',
      { id: t.id },
    );
    expect(res.errors).toBeUndefined();
    const row = await slaRows().findOneByOrFail({ ticketId: t.id });
    const expected = Math.round(businessMsBetween(pausedSince, new Date(), clock) / 1000);
    expect(row.pausedSince).toBeNull();
    expect(Math.abs(row.pausedSeconds - expected)).toBeLessThanOrEqual(2);
    expect(row.pausedSeconds).toBeGreaterThanOrEqual(14 * 8 * 3600);
    const sla = await slaOf(t.key);
    expect(sla.paused).toBe(false);
    expect(sla.resolutionDueAt).toBe(
      addBusinessMs(openedAt, (40 * 3600 + row.pausedSeconds) * 1000, clock).toISOString(),
    );
    expect(sla.breached).toBe(false);
  });

  it('breaches a clock past its due time; the queue filters and sorts by it with keyset paging', async () => {
    const late = [await raise(a), await raise(a), await raise(b)];
    for (const [i, t] of late.entries()) {
      const days = 30 - i; // the first is the most overdue
      await app.db.dataSource.query(
        `UPDATE ticket_sla SET "openedAt" = "openedAt" - make_interval(days => $2),
           "nextDueAt" = "nextDueAt" - make_interval(days => $2) WHERE "ticketId" = $1`,
        [t.id, days],
      );
    }
    const soon = await raise(a);
    await slaRows().update(
      { ticketId: soon.id },
      { nextDueAt: new Date(Date.now() + 30 * 60_000) },
    );
    for (const t of late) expect((await slaOf(t.key)).breached).toBe(true);
    expect(await queue({ sla: 'BREACHED' })).toEqual(late.map((t) => t.key));
    const dueSoon = await queue({ sla: 'DUE_SOON' });
    expect(dueSoon).toContain(soon.key);
    expect(dueSoon).not.toContain(late[0]!.key);
    const byDue = await queue({}, 'SLA_DUE');
    expect(byDue.slice(0, 4)).toEqual([...late.map((t) => t.key), soon.key]);
    // A late first response stays a breach after the answer.
    await agent.gql(REPLY, { id: late[0]!.id, body: 'Sorry for the wait.' });
    expect((await slaOf(late[0]!.key)).breached).toBe(true);
    expect((await slaRows().findOneByOrFail({ ticketId: late[0]!.id })).firstResponseBreached).toBe(
      true,
    );
    // Customers cannot use the service-level filter to see anything more than their own.
    const mine = await b.browser.gql<{ tickets: { edges: Array<{ node: { key: string } }> } }>(
      QUEUE,
      { filter: { sla: 'BREACHED' } },
    );
    expect(mine.data?.tickets.edges.map((e) => e.node.key)).toEqual([late[2]!.key]);
  });

  it('records the resolution when the lifecycle job resolves a waiting request', async () => {
    const t = await raise(a);
    await agent.gql(REPLY, { id: t.id, body: 'Please confirm.', s: 'WAITING_FOR_CUSTOMER' });
    // Opened Mon 2026-10-19 08:00, waiting since Thu 22 Oct 10:00 (Budapest, CEST).
    await slaRows().update(
      { ticketId: t.id },
      {
        openedAt: new Date('2026-10-19T06:00:00Z'),
        firstResponseAt: new Date('2026-10-19T08:00:00Z'),
        firstResponseSeconds: 7200,
        pausedSince: new Date('2026-10-22T08:00:00Z'),
      },
    );
    await app.db.dataSource
      .getRepository(Ticket)
      .update({ id: t.id }, { waitingSince: new Date('2026-10-22T08:00:00Z') });
    await runTicketLifecycle({
      config: app.config,
      logger: app.logger,
      db: app.db.dataSource,
      now: () => new Date('2026-10-29T09:00:00Z'),
    });
    const row = await slaRows().findOneByOrFail({ ticketId: t.id });
    // Mon, Tue, Wed 8 h each and Thu 08:00-10:00: 26 business hours, within 40.
    expect(row.resolutionSeconds).toBe(26 * 3600);
    expect(row.resolutionBreached).toBe(false);
    expect(row.nextDueAt).toBeNull();
    const sla = await slaOf(t.key);
    expect(sla).toMatchObject({ resolutionDueAt: null, breached: false, paused: true });
  });
});

describe('targets per request type', () => {
  it('lets staff set a type’s targets; its sub-categories and new requests follow them', async () => {
    const parent = (
      await a.browser.gql<{
        portals: Array<{
          requestTypeGroups: Array<{
            types: Array<{ id: string; children: Array<{ id: string }> }>;
          }>;
        }>;
      }>(PORTALS)
    ).data!.portals[0]!.requestTypeGroups[0]!.types[1]!.id;
    const set = await agent.gql<{ setServiceLevelTargets: { serviceLevels: unknown } }>(TARGETS, {
      id: parent,
      t: { firstResponseHours: 2, resolutionHours: 16 },
    });
    expect(set.data?.setServiceLevelTargets.serviceLevels).toEqual({
      firstResponseHours: 2,
      resolutionHours: 16,
      own: true,
    });
    const t = await raise(a, types.csChild);
    const sla = await slaOf(t.key);
    expect(sla.firstResponseDueAt).toBe(
      addBusinessHours(new Date(t.createdAt), 2, clock).toISOString(),
    );
    expect(sla.resolutionDueAt).toBe(
      addBusinessHours(new Date(t.createdAt), 16, clock).toISOString(),
    );
  });

  it('refuses customers, unknown types and a resolution target shorter than the first response', async () => {
    const targets = { firstResponseHours: 4, resolutionHours: 8 };
    expect(code(await a.browser.gql(TARGETS, { id: types.cs, t: targets }))).toBe('FORBIDDEN');
    expect(code(await agent.gql(TARGETS, { id: 'nope', t: targets }))).toBe('NOT_FOUND');
    expect(
      code(
        await agent.gql(TARGETS, {
          id: types.cs,
          t: { firstResponseHours: 8, resolutionHours: 4 },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      code(
        await agent.gql(TARGETS, {
          id: types.cs,
          t: { firstResponseHours: 0, resolutionHours: 4 },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});

describe('the service-level report', () => {
  /** Fixture: five CS requests in the week of Mon 2025-03-03, one TA request opened Sunday
   * 23:30 UTC = Monday 00:30 in Budapest, so in the week of 2025-03-10. */
  const FIRST = [3600, 7200, 10800, 14400, 36000];
  const RESOLVED = [7200, null, 36000, 72000, null];

  beforeAll(async () => {
    for (const [i, fr] of FIRST.entries()) {
      const t = await raise(a);
      await slaRows().update(
        { ticketId: t.id },
        {
          openedAt: new Date(`2025-03-0${3 + i}T08:00:00Z`),
          openedWeek: openingWeek(new Date(`2025-03-0${3 + i}T08:00:00Z`), clock.timeZone),
          firstResponseSeconds: fr,
          resolutionSeconds: RESOLVED[i],
          firstResponseBreached: fr > 8 * 3600,
          resolutionBreached: i === 3,
          nextDueAt: null,
        },
      );
    }
    const t = await raise(b, types.ta, 'TECHNICAL_ASSISTANCE');
    await slaRows().update(
      { ticketId: t.id },
      {
        openedAt: new Date('2025-03-09T23:30:00Z'),
        openedWeek: openingWeek(new Date('2025-03-09T23:30:00Z'), clock.timeZone),
        firstResponseSeconds: 1800,
        nextDueAt: null,
      },
    );
  });

  it('matches a hand computation: volumes, median and 90th percentile, breaches, per week and type', async () => {
    const res = await agent.gql<{ serviceLevelReport: unknown[] }>(REPORT, {
      from: '2025-03-01T00:00:00Z',
      to: '2025-03-31T00:00:00Z',
    });
    expect(res.errors).toBeUndefined();
    // First response 1, 2, 3, 4, 10 h: median 3; 90th: 4 + 0.6 × (10 − 4) = 7.6.
    // Resolution 2, 10, 20 h: median 10; 90th: 10 + 0.8 × (20 − 10) = 18.
    // Breaches: the 10-h first response and the flagged resolution (two requests).
    expect(res.data?.serviceLevelReport).toEqual([
      {
        week: '2025-03-03',
        portalKey: 'CUSTOMER_SERVICE',
        requestTypeId: types.cs,
        requestTypeName: 'Inbound shipment',
        requests: 5,
        firstResponseMedianHours: 3,
        firstResponseP90Hours: 7.6,
        resolutionMedianHours: 10,
        resolutionP90Hours: 18,
        breaches: 2,
        averageRating: null,
      },
      {
        week: '2025-03-10',
        portalKey: 'TECHNICAL_ASSISTANCE',
        requestTypeId: types.ta,
        requestTypeName: 'Technical question',
        requests: 1,
        firstResponseMedianHours: 0.5,
        firstResponseP90Hours: 0.5,
        resolutionMedianHours: null,
        resolutionP90Hours: null,
        breaches: 0,
        averageRating: null,
      },
    ]);
    const ta = await agent.gql<{ serviceLevelReport: Array<{ portalKey: string }> }>(REPORT, {
      from: '2025-03-01T00:00:00Z',
      to: '2025-03-31T00:00:00Z',
      portalKey: 'TECHNICAL_ASSISTANCE',
    });
    expect(ta.data?.serviceLevelReport.map((r) => r.portalKey)).toEqual(['TECHNICAL_ASSISTANCE']);
  });

  it('is for staff only, and refuses a reversed or too long period', async () => {
    const period = { from: '2025-03-01T00:00:00Z', to: '2025-03-31T00:00:00Z' };
    expect(code(await a.browser.gql(REPORT, period))).toBe('FORBIDDEN');
    expect(code(await app.gql(REPORT, period))).toBe('UNAUTHENTICATED');
    expect(code(await agent.gql(REPORT, { from: period.to, to: period.from }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      code(await agent.gql(REPORT, { from: '2023-01-01T00:00:00Z', to: '2025-01-01T00:00:00Z' })),
    ).toBe('BAD_USER_INPUT');
  });

  it('downloads as CSV for staff; a customer is refused, a visitor must sign in', async () => {
    const url = `${app.url}/staff/service-levels.csv?from=2025-03-01&to=2025-03-31`;
    const res = await fetch(url, { headers: { cookie: agent.cookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toContain(
      'service-levels-2025-03-01-2025-03-31.csv',
    );
    expect((await res.text()).split('\r\n')).toEqual([
      'week,portalKey,requestTypeName,requests,firstResponseMedianHours,firstResponseP90Hours,resolutionMedianHours,resolutionP90Hours,breaches,averageRating',
      '2025-03-03,CUSTOMER_SERVICE,Inbound shipment,5,3,7.6,10,18,2,',
      '2025-03-10,TECHNICAL_ASSISTANCE,Technical question,1,0.5,0.5,,,0,',
      '',
    ]);
    const customer = await fetch(url, { headers: { cookie: a.browser.cookie! } });
    expect(customer.status).toBe(403);
    expect(await customer.text()).not.toContain('Inbound');
    expect((await fetch(url)).status).toBe(401);
    const bad = await fetch(`${app.url}/staff/service-levels.csv?from=yesterday&to=2025-03-31`, {
      headers: { cookie: agent.cookie! },
    });
    expect(bad.status).toBe(400);
  });
});
