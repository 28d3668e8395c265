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
import { startTestApp, type TestApp, type TestBrowser } from './harness';

const RATE = `mutation R($id: ID!, $rating: Int!, $comment: String) {
  rateTicket(ticketId: $id, rating: $rating, comment: $comment) { key status satisfaction { rating comment ratedAt } } }`;
const TICKET = `query T($key: String!) { ticket(key: $key) { status satisfaction { rating comment ratedAt } } }`;
const RESOLVE =
  'mutation S($id: ID!) { resolveTicket(ticketId: $id, comment: "Replacement shipped.") { status } }';
const code = (r: { errors?: Array<{ extensions?: { code?: string } }> }) =>
  r.errors?.[0]?.extensions?.code;

let app: TestApp;
let agent: TestBrowser;
let pl: Registered; // the reporter, Polish-speaking
let colleague: TestBrowser; // pl's colleague, Hungarian-speaking
let colleagueEmail: string;
let other: Registered; // another company
let typeId: string;

async function raise(who: { gql: TestBrowser['gql'] }, subject = 'Relay RM-24 coil voltage') {
  const res = await who.gql<{ createTicket: { id: string; key: string } }>(
    'mutation C($input: CreateTicketInput!) { createTicket(input: $input) { id key } }',
    {
      input: {
        portalKey: 'TECHNICAL_ASSISTANCE',
        requestTypeId: typeId,
        subject,
        description: 'The datasheet and the label disagree.',
      },
    },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createTicket;
}

const locale = (who: TestBrowser, l: string) =>
  who.gql(`mutation L($l: String!) { updateProfile(input: { locale: $l }) { locale } }`, { l });

beforeAll(async () => {
  app = await startTestApp();
  const email = newEmail('agent');
  await app.db.dataSource.transaction((tx) =>
    createAgent(tx, { email, name: 'Gábor Support', password: PASSWORD }),
  );
  agent = await signIn(app, email);
  pl = await registerCompany(app);
  other = await registerCompany(app);
  await locale(pl.browser, 'pl');
  colleagueEmail = newEmail('colleague');
  await invite(pl.browser, colleagueEmail);
  colleague = await activate(app, colleagueEmail, 'Kata Kolléga');
  await locale(colleague, 'hu');
  const portals = await pl.browser.gql<{
    portals: Array<{ requestTypeGroups: Array<{ types: Array<{ id: string }> }> }>;
  }>('{ portals { requestTypeGroups { types { id } } } }');
  typeId = portals.data!.portals[0]!.requestTypeGroups[0]!.types[0]!.id;
});
afterAll(() => app?.close());

describe('rating a resolved request', () => {
  it('asks the reporter in the resolution e-mail, with one-click links 1 to 5 to the request page', async () => {
    const t = await raise(pl.browser);
    await pl.browser.gql(
      'mutation S($id: ID!, $ids: [ID!]!) { shareTicket(ticketId: $id, representativeIds: $ids) { key } }',
      {
        id: t.id,
        ids: [
          (
            await app.db.dataSource.query('SELECT id FROM representative WHERE email = $1', [
              colleagueEmail,
            ])
          )[0].id,
        ],
      },
    );
    await agent.gql(RESOLVE, { id: t.id });
    const resolved = (await emailsTo(app, pl.email)).filter(
      (e) => e.subject === `[${t.key}] Relay RM-24 coil voltage: rozwiązane`,
    );
    expect(resolved).toHaveLength(1);
    const mail = resolved[0]!;
    expect(mail.text).toContain('Jak nam poszło? Oceń to zgłoszenie');
    for (const n of [1, 2, 3, 4, 5]) {
      expect(mail.text).toContain(`${app.config.appUrl}/requests/${t.key}?rate=${n}`);
      expect(mail.html).toContain(`href="${app.config.appUrl}/requests/${t.key}?rate=${n}"`);
    }
    // The colleague it is shared with is told it is resolved, in Hungarian, but not asked to rate.
    const theirs = (await emailsTo(app, colleagueEmail)).find((e) =>
      e.subject.endsWith('megoldva'),
    )!;
    expect(theirs.text).not.toContain('?rate=');
    expect(theirs.text).not.toContain('Hogyan teljesítettünk');
  });

  it('takes a rating with a comment once; agents and colleagues see it; a second one is ALREADY_RATED', async () => {
    const t = await raise(pl.browser);
    await agent.gql(RESOLVE, { id: t.id });
    const res = await pl.browser.gql<{
      rateTicket: { satisfaction: { rating: number; comment: string; ratedAt: string } };
    }>(RATE, { id: t.id, rating: 4, comment: '  Fast, but the first answer missed the point.  ' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.rateTicket.satisfaction).toMatchObject({
      rating: 4,
      comment: 'Fast, but the first answer missed the point.',
    });
    expect(Date.parse(res.data!.rateTicket.satisfaction.ratedAt)).toBeGreaterThan(
      Date.now() - 60_000,
    );
    const seen = await agent.gql<{ ticket: { satisfaction: { rating: number } } }>(TICKET, {
      key: t.key,
    });
    expect(seen.data?.ticket.satisfaction.rating).toBe(4);
    const byColleague = await colleague.gql<{ ticket: { satisfaction: { rating: number } } }>(
      TICKET,
      { key: t.key },
    );
    expect(byColleague.data?.ticket.satisfaction.rating).toBe(4);
    expect(code(await pl.browser.gql(RATE, { id: t.id, rating: 5 }))).toBe('ALREADY_RATED');
    const still = await agent.gql<{ ticket: { satisfaction: { rating: number } } }>(TICKET, {
      key: t.key,
    });
    expect(still.data?.ticket.satisfaction.rating).toBe(4);
  });

  it('refuses a request that is not resolved, and one that has closed', async () => {
    const t = await raise(pl.browser);
    expect(code(await pl.browser.gql(RATE, { id: t.id, rating: 5 }))).toBe('TICKET_NOT_RESOLVED');
    const unrated = await pl.browser.gql<{ ticket: { satisfaction: null } }>(TICKET, {
      key: t.key,
    });
    expect(unrated.data?.ticket.satisfaction).toBeNull();
    // Waiting for the customer for weeks: the job resolves it (its e-mail asks to rate), then closes it.
    await agent.gql(
      'mutation R($id: ID!) { replyToTicket(ticketId: $id, body: "Which batch?", setStatus: WAITING_FOR_CUSTOMER) { status } }',
      { id: t.id },
    );
    await app.db.dataSource.getRepository(Ticket).update(
      { id: t.id },
      {
        waitingSince: new Date('2026-09-01T08:00:00Z'),
        reminderSentAt: new Date('2026-09-03T08:00:00Z'),
      },
    );
    const job = (iso: string) =>
      runTicketLifecycle({
        config: app.config,
        logger: app.logger,
        db: app.db.dataSource,
        now: () => new Date(iso),
      });
    await job('2026-09-10T09:00:00Z');
    const tickets = app.db.dataSource.getRepository(Ticket);
    expect((await tickets.findOneByOrFail({ id: t.id })).status).toBe('RESOLVED');
    const auto = (await emailsTo(app, pl.email)).find(
      (e) => e.subject.startsWith(`[${t.key}]`) && e.subject.includes('rozwiązane automatycznie'),
    )!;
    expect(auto.text).toContain(`/requests/${t.key}?rate=5`);
    await job('2026-09-30T09:00:00Z');
    expect((await tickets.findOneByOrFail({ id: t.id })).status).toBe('CLOSED');
    expect(code(await pl.browser.gql(RATE, { id: t.id, rating: 5 }))).toBe('TICKET_NOT_RESOLVED');
  });

  it("refuses someone else's request: a colleague is FORBIDDEN, another company NOT_FOUND, an agent FORBIDDEN", async () => {
    const t = await raise(pl.browser);
    await agent.gql(RESOLVE, { id: t.id });
    expect(code(await colleague.gql(RATE, { id: t.id, rating: 1 }))).toBe('FORBIDDEN');
    expect(code(await other.browser.gql(RATE, { id: t.id, rating: 1 }))).toBe('NOT_FOUND');
    expect(code(await agent.gql(RATE, { id: t.id, rating: 1 }))).toBe('FORBIDDEN');
    expect(code(await app.gql(RATE, { id: t.id, rating: 1 }))).toBe('UNAUTHENTICATED');
    expect(code(await pl.browser.gql(RATE, { id: 'nope', rating: 1 }))).toBe('NOT_FOUND');
    // Another company cannot read it either.
    const theirs = await other.browser.gql(TICKET, { key: t.key });
    expect(code(theirs)).toBe('NOT_FOUND');
    const unrated = await agent.gql<{ ticket: { satisfaction: null } }>(TICKET, { key: t.key });
    expect(unrated.data?.ticket.satisfaction).toBeNull();
  });

  it('refuses a rating outside 1 to 5 and an overlong comment with BAD_USER_INPUT', async () => {
    const t = await raise(pl.browser);
    await agent.gql(RESOLVE, { id: t.id });
    for (const rating of [0, 6, -1, 100])
      expect(code(await pl.browser.gql(RATE, { id: t.id, rating }))).toBe('BAD_USER_INPUT');
    expect(code(await pl.browser.gql(RATE, { id: t.id, rating: 3.5 }))).toBe('BAD_USER_INPUT');
    const long = 'x'.repeat(2001);
    expect(code(await pl.browser.gql(RATE, { id: t.id, rating: 3, comment: long }))).toBe(
      'BAD_USER_INPUT',
    );
    const ok = await pl.browser.gql(RATE, { id: t.id, rating: 3, comment: '   ' });
    expect(ok.data).toMatchObject({ rateTicket: { satisfaction: { rating: 3, comment: null } } });
  });
});
