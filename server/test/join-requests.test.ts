import { createAgent } from '../src/modules/accounts/agent/agent.service';
import { cleanUpAuth } from '../src/modules/accounts/auth/cleanup.job';
import {
  activate,
  emailsTo,
  invite,
  LOG_IN,
  newEmail,
  newNip,
  PASSWORD,
  registerCompany,
  signIn,
  type Registered,
} from './accounts-helpers';
import { startTestApp, type TestApp, type TestBrowser } from './harness';

const ASK =
  'mutation A($input: RequestToJoinCompanyInput!) { requestToJoinCompany(input: $input) }';
const CONFIRM = 'mutation C($token: String!) { confirmJoinRequest(token: $token) }';
const LIST = `query L($first: Int, $after: String) { joinRequests(first: $first, after: $after) {
  edges { node { id name email status taxId country expiresAt routedToStaff company { name } } }
  pageInfo { hasNextPage endCursor } } }`;
const APPROVE =
  'mutation P($id: ID!, $role: RepresentativeRole!) { approveJoinRequest(id: $id, role: $role) { id status role } }';
const DECLINE =
  'mutation D($id: ID!, $reason: String) { declineJoinRequest(id: $id, reason: $reason) { id status declineReason } }';

type Node = { id: string; name: string; email: string; status: string; routedToStaff: boolean };
const code = (r: { errors?: Array<{ extensions?: { code?: string } }> }) =>
  r.errors?.[0]?.extensions?.code;

let app: TestApp;
let agent: TestBrowser;
let a: Registered;
let b: Registered;
let sourceSeed = 1;
/** A fresh client address per request (X-Forwarded-For through the loopback proxy rule). */
const fresh = () => ({ headers: { 'x-forwarded-for': `198.51.100.${sourceSeed++}` } });

async function ask(taxId: string, email: string, locale = 'en', name = 'Jan Nowak') {
  const res = await app.gql(ASK, { input: { taxId, country: 'PL', name, email, locale } }, fresh());
  return res;
}

/** The token of the newest confirmation link in the person's e-mails. */
async function confirmToken(to: string): Promise<string> {
  for (const e of (await emailsTo(app, to)).reverse()) {
    const m = /\/join\/confirm\?token=([A-Za-z0-9_%-]+)/.exec(e.text);
    if (m) return decodeURIComponent(m[1]!);
  }
  throw new Error(`no confirmation link in the e-mails to ${to}`);
}

/** Asks and confirms; returns the pending request as the company's administrator sees it. */
async function pendingFor(company: Registered, email = newEmail('joiner'), locale = 'en') {
  expect((await ask(company.taxId, email, locale)).data).toEqual({ requestToJoinCompany: true });
  const confirmed = await app.gql(CONFIRM, { token: await confirmToken(email) });
  expect(confirmed.data).toEqual({ confirmJoinRequest: 'CONFIRMED' });
  const list = await company.browser.gql<{ joinRequests: { edges: Array<{ node: Node }> } }>(LIST);
  const node = list.data!.joinRequests.edges.find((e) => e.node.email === email)?.node;
  if (!node) throw new Error(`no pending request for ${email}: ${JSON.stringify(list)}`);
  return node;
}

beforeAll(async () => {
  app = await startTestApp();
  const email = newEmail('agent');
  await app.db.dataSource.transaction((tx) =>
    createAgent(tx, { email, name: 'Olena Support', password: PASSWORD }),
  );
  agent = await signIn(app, email);
  a = await registerCompany(app);
  b = await registerCompany(app);
  await a.browser.gql('mutation { updateProfile(input: { locale: "hu" }) { locale } }');
});
afterAll(() => app?.close());

describe('asking to join a company', () => {
  it('answers the same for a registered and an unknown tax ID, and e-mails a confirmation link either way', async () => {
    const known = newEmail('known');
    const unknown = newEmail('unknown');
    const r1 = await ask(a.taxId, known, 'uk');
    const r2 = await ask(newNip(), unknown, 'uk');
    expect(r1.data).toEqual({ requestToJoinCompany: true });
    expect(r2).toEqual({ ...r1, headers: r2.headers });
    const [m1] = await emailsTo(app, known);
    const [m2] = await emailsTo(app, unknown);
    expect(m1!.subject).toBe(m2!.subject);
    expect(m1!.subject).toContain('Підтвердьте запит');
    expect(m1!.text).toContain('/join/confirm?token=');
    // Nobody else hears of it before the address is confirmed.
    expect((await emailsTo(app, a.email)).filter((e) => e.template.startsWith('JOIN'))).toEqual([]);
    // After confirming, the answer is the same too; only the registered company's admin hears.
    const c1 = await app.gql(CONFIRM, { token: await confirmToken(known) });
    const c2 = await app.gql(CONFIRM, { token: await confirmToken(unknown) });
    expect(c1.data).toEqual({ confirmJoinRequest: 'CONFIRMED' });
    expect(c2.data).toEqual(c1.data);
  });

  it("e-mails the company's active administrators in their language, with a link to Employees", async () => {
    const email = newEmail('maria');
    await pendingFor(a, email, 'pl');
    const toAdmin = (await emailsTo(app, a.email)).filter(
      (e) => e.template === 'JOIN_REQUEST_RECEIVED',
    );
    const mail = toAdmin.find((e) => e.text.includes(email))!;
    expect(mail.locale).toBe('hu');
    expect(mail.subject).toContain('csatlakozna');
    expect(mail.text).toContain('/company/employees');
    // The person's own confirmation was in Polish.
    const [confirmation] = await emailsTo(app, email);
    expect(confirmation!.subject).toBe('Potwierdź prośbę o dołączenie do firmy w portalu klienta');
  });

  it('refuses a used link, and says so for an expired one', async () => {
    const email = newEmail('late');
    await ask(a.taxId, email);
    const token = await confirmToken(email);
    await app.db.dataSource.query(
      `UPDATE join_request SET "confirmExpiresAt" = now() - interval '1 minute' WHERE email = $1`,
      [email],
    );
    expect((await app.gql(CONFIRM, { token })).data).toEqual({ confirmJoinRequest: 'EXPIRED' });
    const used = newEmail('twice');
    await ask(a.taxId, used);
    const again = await confirmToken(used);
    await app.gql(CONFIRM, { token: again });
    expect(code(await app.gql(CONFIRM, { token: again }))).toBe('INVALID_TOKEN');
    expect(code(await app.gql(CONFIRM, { token: 'not-a-token' }))).toBe('INVALID_TOKEN');
  });

  it('tells an address that already has an account to sign in instead, and nobody else', async () => {
    await ask(b.taxId, a.email);
    const token = await confirmToken(a.email);
    expect((await app.gql(CONFIRM, { token })).data).toEqual({ confirmJoinRequest: 'HAS_ACCOUNT' });
    expect((await emailsTo(app, b.email)).filter((e) => e.template.startsWith('JOIN'))).toEqual([]);
  });

  it('refuses bad input with BAD_USER_INPUT, never a 500', async () => {
    const bad = [
      { taxId: '123', country: 'PL', name: 'X', email: newEmail() },
      { taxId: '5260001247', country: 'PL', name: 'X', email: newEmail() },
      { taxId: newNip(), country: 'ZZ', name: 'X', email: newEmail() },
      { taxId: newNip(), country: 'PL', name: '   ', email: newEmail() },
      { taxId: newNip(), country: 'PL', name: 'X', email: 'not-an-address' },
    ];
    for (const input of bad)
      expect(code(await app.gql(ASK, { input }, fresh()))).toBe('BAD_USER_INPUT');
  });
});

describe('answering a request to join', () => {
  it('approves with a role: the usual invitation, and the person signs in as a representative', async () => {
    const email = newEmail('newcomer');
    const node = await pendingFor(a, email);
    expect(node).toMatchObject({ name: 'Jan Nowak', status: 'PENDING', routedToStaff: false });
    const approved = await a.browser.gql(APPROVE, { id: node.id, role: 'ADMIN' });
    expect(approved.data).toEqual({
      approveJoinRequest: { id: node.id, status: 'APPROVED', role: 'ADMIN' },
    });
    const invitation = (await emailsTo(app, email)).find((e) => e.template === 'INVITATION')!;
    expect(invitation.text).toContain('/activate?token=');
    const person = await activate(app, email, 'Jan Nowak');
    const viewer = await person.gql<{
      viewer: { representative: { role: string }; company: { id: string } };
    }>('{ viewer { representative { role } company { id } } }');
    expect(viewer.data?.viewer).toEqual({
      representative: { role: 'ADMIN' },
      company: { id: a.companyId },
    });
    expect((await app.gql(LOG_IN, { email, password: PASSWORD })).data).toBeTruthy();
    // It leaves the list, and cannot be answered again.
    const list = await a.browser.gql<{ joinRequests: { edges: Array<{ node: Node }> } }>(LIST);
    expect(list.data!.joinRequests.edges.map((e) => e.node.id)).not.toContain(node.id);
    expect(code(await a.browser.gql(APPROVE, { id: node.id, role: 'MEMBER' }))).toBe('NOT_FOUND');
    expect(code(await a.browser.gql(DECLINE, { id: node.id }))).toBe('NOT_FOUND');
  });

  it('declines with a reason: the person is e-mailed in their language', async () => {
    const email = newEmail('declined');
    const node = await pendingFor(a, email, 'uk');
    const res = await a.browser.gql(DECLINE, { id: node.id, reason: 'Ми не знаємо цієї особи.' });
    expect(res.data).toEqual({
      declineJoinRequest: {
        id: node.id,
        status: 'DECLINED',
        declineReason: 'Ми не знаємо цієї особи.',
      },
    });
    const mail = (await emailsTo(app, email)).find((e) => e.template === 'JOIN_REQUEST_DECLINED')!;
    expect(mail.subject).toContain('відхилено');
    expect(mail.text).toContain('Причина: Ми не знаємо цієї особи.');
    expect(mail.text).not.toContain(a.email);
  });

  it('keeps companies apart: another administrator gets NOT_FOUND and sees nothing', async () => {
    const node = await pendingFor(a);
    expect(code(await b.browser.gql(APPROVE, { id: node.id, role: 'MEMBER' }))).toBe('NOT_FOUND');
    expect(code(await b.browser.gql(DECLINE, { id: node.id, reason: 'no' }))).toBe('NOT_FOUND');
    const list = await b.browser.gql<{ joinRequests: { edges: Array<{ node: Node }> } }>(LIST);
    expect(list.data!.joinRequests.edges.map((e) => e.node.id)).not.toContain(node.id);
    expect(code(await a.browser.gql(APPROVE, { id: 'nope', role: 'MEMBER' }))).toBe('NOT_FOUND');
    expect(
      code(
        await a.browser.gql(APPROVE, {
          id: '00000000-0000-0000-0000-000000000000',
          role: 'MEMBER',
        }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('lets only administrators answer: a member is FORBIDDEN, a stranger UNAUTHENTICATED', async () => {
    const node = await pendingFor(a);
    const memberEmail = newEmail('member');
    await invite(a.browser, memberEmail, 'MEMBER');
    const member = await activate(app, memberEmail);
    expect(code(await member.gql(LIST))).toBe('FORBIDDEN');
    expect(code(await member.gql(APPROVE, { id: node.id, role: 'ADMIN' }))).toBe('FORBIDDEN');
    expect(code(await member.gql(DECLINE, { id: node.id }))).toBe('FORBIDDEN');
    expect(code(await app.gql(APPROVE, { id: node.id, role: 'ADMIN' }))).toBe('UNAUTHENTICATED');
    expect(code(await app.gql(LIST))).toBe('UNAUTHENTICATED');
  });

  it('lets a request expire after 14 days: it leaves the list and cannot be approved', async () => {
    const node = await pendingFor(a);
    await app.db.dataSource.query(
      `UPDATE join_request SET "expiresAt" = now() - interval '1 second' WHERE id = $1`,
      [node.id],
    );
    const list = await a.browser.gql<{ joinRequests: { edges: Array<{ node: Node }> } }>(LIST);
    expect(list.data!.joinRequests.edges.map((e) => e.node.id)).not.toContain(node.id);
    expect(code(await a.browser.gql(APPROVE, { id: node.id, role: 'MEMBER' }))).toBe('NOT_FOUND');
    const fresh = await pendingFor(a);
    const [row] = (await app.db.dataSource.query(
      `SELECT round(extract(epoch FROM "expiresAt" - "confirmedAt") / 86400) AS days FROM join_request WHERE id = $1`,
      [fresh.id],
    )) as Array<{ days: string }>;
    expect(Number(row!.days)).toBe(14);
  });

  it('routes a company without an active administrator to the agents, who approve it', async () => {
    const taxId = newNip();
    const adminEmail = newEmail('invited-admin');
    const onboarded = await agent.gql<{ onboardCompany: { id: string } }>(
      'mutation O($input: OnboardCompanyInput!) { onboardCompany(input: $input) { id } }',
      {
        input: {
          taxId,
          country: 'PL',
          name: 'Contracted Sp. z o.o.',
          adminEmail,
          contracted: true,
        },
      },
    );
    expect(onboarded.data).toBeTruthy();
    const email = newEmail('routed');
    await ask(taxId, email);
    await app.gql(CONFIRM, { token: await confirmToken(email) });
    const queue = await agent.gql<{
      joinRequests: { edges: Array<{ node: Node & { company: { name: string } } }> };
    }>(LIST, { first: 100 });
    const node = queue.data!.joinRequests.edges.find((e) => e.node.email === email)?.node;
    expect(node).toMatchObject({ routedToStaff: true, company: { name: 'Contracted Sp. z o.o.' } });
    // Companies with an administrator are not in the agents' queue.
    expect(queue.data!.joinRequests.edges.every((e) => e.node.routedToStaff)).toBe(true);
    // The invited (not yet active) administrator is not e-mailed about it.
    expect((await emailsTo(app, adminEmail)).map((e) => e.template)).toEqual(['INVITATION']);
    const approved = await agent.gql(APPROVE, { id: node!.id, role: 'MEMBER' });
    expect(approved.data).toMatchObject({
      approveJoinRequest: { status: 'APPROVED', role: 'MEMBER' },
    });
    expect((await emailsTo(app, email)).map((e) => e.template)).toContain('INVITATION');
  });
});

describe('cleaning up requests to join', () => {
  it('deletes requests a month after they expired, and keeps the others', async () => {
    // Company b: a's tax ID has used up its requests for the day (10) in the tests above.
    const old = await pendingFor(b);
    const recent = await pendingFor(b);
    await app.db.dataSource.query(
      `UPDATE join_request SET "expiresAt" = now() - interval '31 days' WHERE id = $1`,
      [old.id],
    );
    await cleanUpAuth({
      config: app.config,
      logger: app.logger,
      db: app.db.dataSource,
      now: () => new Date(),
    });
    const ids = (
      (await app.db.dataSource.query('SELECT id FROM join_request WHERE id = ANY($1)', [
        [old.id, recent.id],
      ])) as Array<{ id: string }>
    ).map((r) => r.id);
    expect(ids).toEqual([recent.id]);
  });
});

describe('throttling requests to join', () => {
  it('counts per source address and per tax ID, registered or not, with the same answer', async () => {
    const source = { headers: { 'x-forwarded-for': '192.0.2.77' } };
    const bySource: Array<string | undefined> = [];
    for (let i = 0; i < 6; i++) {
      const input = { taxId: newNip(), country: 'PL', name: 'Spammer', email: newEmail('s') };
      bySource.push(code(await app.gql(ASK, { input }, source)));
    }
    expect(bySource).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      'TOO_MANY_ATTEMPTS',
    ]);
    // A registered tax ID nobody asked about yet, and an unknown one: the same counts.
    const untouched = await registerCompany(app);
    for (const taxId of [untouched.taxId, newNip()]) {
      const codes: Array<string | undefined> = [];
      for (let i = 0; i < 11; i++) codes.push(code(await ask(taxId, newEmail('t'))));
      expect(codes.slice(0, 10).every((c) => c === undefined)).toBe(true);
      expect(codes[10]).toBe('TOO_MANY_ATTEMPTS');
    }
  });
});
