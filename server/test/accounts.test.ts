import { createAgent } from '../src/modules/accounts/agent/agent.service';
import { createApiToken } from '../src/modules/accounts/auth/api-token.service';
import { OneTimeToken } from '../src/modules/accounts/auth/one-time-token.entity';
import { hashToken } from '../src/modules/accounts/auth/secrets';
import { Session } from '../src/modules/accounts/auth/session.entity';
import { SESSION_COOKIE } from '../src/modules/accounts/auth/session.service';
import { Company } from '../src/modules/accounts/company/company.entity';
import { OutboxEmail } from '../src/mail/outbox.entity';
import { queueEmail } from '../src/mail/mail.service';
import { createSystemContext } from '../src/context/system-context';
import {
  activate,
  emailsTo,
  invite,
  linkToken,
  LOG_IN,
  newEmail,
  newNip,
  PASSWORD,
  REGISTER,
  registerCompany,
  signIn,
  VIEWER,
} from './accounts-helpers';
import { startTestApp, type TestApp } from './harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const registerInput = (overrides: Record<string, unknown> = {}) => ({
  taxId: newNip(),
  country: 'PL',
  companyName: 'Example Trade Sp. z o.o.',
  email: newEmail(),
  password: PASSWORD,
  name: 'Ada Admin',
  acceptResaleTerms: true,
  ...overrides,
});

describe('registration', () => {
  it('creates the company, makes the person its administrator and signs them in', async () => {
    const { browser, email } = await registerCompany(app);
    const viewer = await browser.gql<{
      viewer: { kind: string; representative: { email: string; role: string } };
    }>(VIEWER);
    expect(viewer.data?.viewer).toMatchObject({
      kind: 'REPRESENTATIVE',
      representative: { email, role: 'ADMIN' },
    });
  });

  it("refuses the same tax ID in other formatting, with guidance in the person's language", async () => {
    const { taxId } = await registerCompany(app);
    const formatted = `PL ${taxId.slice(0, 3)}-${taxId.slice(3, 6)}-${taxId.slice(6, 8)}.${taxId.slice(8)}`;
    const res = await app.browser({ 'accept-language': 'hu-HU,hu;q=0.9' }).gql(REGISTER, {
      input: registerInput({ taxId: formatted }),
    });
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'TAX_ID_ALREADY_REGISTERED',
      supportEmail: 'support@example.com',
    });
    expect(res.errors?.[0]?.message).toMatch(/adószámmal már van fiók.*support@example\.com/);
  });

  it('makes one company of two simultaneous registrations of one tax ID', async () => {
    const taxId = newNip();
    const results = await Promise.all(
      [0, 1, 2].map(() => app.browser().gql(REGISTER, { input: registerInput({ taxId }) })),
    );
    const codes = results.map((r) => (r.data ? 'OK' : r.errors?.[0]?.extensions?.code)).sort();
    expect(codes).toEqual(['OK', 'TAX_ID_ALREADY_REGISTERED', 'TAX_ID_ALREADY_REGISTERED']);
    expect(await app.db.dataSource.getRepository(Company).count({ where: { taxId } })).toBe(1);
  });

  it('refuses an email that already has an account', async () => {
    const { email } = await registerCompany(app);
    const res = await app.gql(REGISTER, { input: registerInput({ email: email.toUpperCase() }) });
    expect(res.errors?.[0]?.extensions?.code).toBe('EMAIL_ALREADY_REGISTERED');
  });

  it.each([
    [{ acceptResaleTerms: false }, 'acceptResaleTerms', undefined],
    [{ taxId: '5260001247' }, 'taxId', 'TAX_ID_CHECKSUM'],
    [{ taxId: 'PL-12' }, 'taxId', undefined],
    [{ password: 'qwerty123' }, 'password', 'PASSWORD_TOO_COMMON'],
    [{ password: 'short' }, 'password', undefined],
    [{ country: 'Poland' }, 'country', undefined],
    [{ email: 'not-an-email' }, 'email', undefined],
  ])(
    'answers %j with BAD_USER_INPUT on the field, never echoing the input',
    async (overrides, field, reason) => {
      const res = await app.gql(REGISTER, { input: registerInput(overrides) });
      expect(res.data).toBeNull();
      const ext = res.errors?.[0]?.extensions;
      expect(ext?.code).toBe('BAD_USER_INPUT');
      expect(ext?.field).toBe(field);
      if (reason) expect(ext?.reason).toBe(reason);
      expect(JSON.stringify(res.errors)).not.toContain(PASSWORD);
    },
  );

  it('validates and normalizes Hungarian and Ukrainian tax numbers', async () => {
    const hu = await app.gql<{ registerCompany: { company: { taxId: string } } }>(REGISTER, {
      input: registerInput({ country: 'HU', taxId: '12892312-2-41' }),
    });
    expect(hu.data?.registerCompany.company.taxId).toBe('12892312');
    const again = await app.gql(REGISTER, {
      input: registerInput({ country: 'HU', taxId: 'HU12892312' }),
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('TAX_ID_ALREADY_REGISTERED');
    const ua = await app.gql(REGISTER, {
      input: registerInput({ country: 'UA', taxId: '32855961' }),
    });
    expect(ua.errors).toBeUndefined();
    const badUa = await app.gql(REGISTER, {
      input: registerInput({ country: 'UA', taxId: '32855962' }),
    });
    expect(badUa.errors?.[0]?.extensions?.reason).toBe('TAX_ID_CHECKSUM');
  });
});

describe('sign-in and sessions', () => {
  it('gives the same answer for an unknown email and a wrong password', async () => {
    const { email } = await registerCompany(app);
    const wrong = await app.gql(LOG_IN, { email, password: 'Wrong-password-1' });
    const unknown = await app.gql(LOG_IN, {
      email: newEmail('nobody'),
      password: 'Wrong-password-1',
    });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.errors).toEqual(wrong.errors);
  });

  it('sets an HttpOnly SameSite=Lax cookie with a new id at every sign-in; sign-out ends it', async () => {
    const { email } = await registerCompany(app);
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOG_IN, variables: { email, password: PASSWORD } }),
    });
    const cookie = res.headers.getSetCookie()[0]!;
    expect(cookie).toMatch(/^portal_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const a = await signIn(app, email);
    const b = await signIn(app, email);
    expect(a.cookie).not.toEqual(b.cookie);
    await a.gql('mutation { logOut }');
    const stale = app.browser();
    stale.cookie = b.cookie;
    expect((await b.gql<{ viewer: unknown }>(VIEWER)).data?.viewer).not.toBeNull();
    await b.gql('mutation { logOut }');
    expect((await stale.gql<{ viewer: unknown }>(VIEWER)).data?.viewer).toBeNull();
  });

  it('ends a session after the idle limit and after its absolute end', async () => {
    const { email } = await registerCompany(app);
    const browser = await signIn(app, email);
    const sessions = app.db.dataSource.getRepository(Session);
    const [session] = await sessions.find({ order: { createdAt: 'DESC' }, take: 1 });
    await sessions.update(
      { id: session!.id },
      { lastSeenAt: new Date(Date.now() - 3 * 3_600_000) },
    );
    expect((await browser.gql<{ viewer: unknown }>(VIEWER)).data?.viewer).toBeNull();
    const again = await signIn(app, email);
    const [fresh] = await sessions.find({ order: { createdAt: 'DESC' }, take: 1 });
    await sessions.update({ id: fresh!.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await again.gql<{ viewer: unknown }>(VIEWER)).data?.viewer).toBeNull();
  });

  it("loads a session's viewer once for requests that arrive together, and slides its expiry once", async () => {
    const { email } = await registerCompany(app);
    const browser = await signIn(app, email);
    const tokenHash = hashToken(browser.cookie!.slice(`${SESSION_COOKIE}=`.length));
    // Last seen five minutes ago: the next request writes lastSeenAt again.
    await app.db.dataSource.query(
      `UPDATE session SET "lastSeenAt" = now() - interval '5 minutes' WHERE "tokenHash" = $1`,
      [tokenHash],
    );
    /** The SQL statements of eight requests sent at once, and whether each knew the person. */
    const together = async () => {
      const answers = await Promise.all(
        Array.from({ length: 8 }, () => browser.gql<{ viewer: { kind: string } | null }>(VIEWER)),
      );
      expect(answers.map((a) => a.data?.viewer?.kind)).toEqual(Array(8).fill('REPRESENTATIVE'));
      return answers.reduce((sum, a) => sum + Number(a.headers.get('x-sql-statements')), 0);
    };
    const cold = await together();
    const warm = await together();
    // One statement loads the viewer and one writes lastSeenAt, for all eight (not eight each).
    expect(cold - warm).toBe(2);
    const [row] = (await app.db.dataSource.query(
      `SELECT "lastSeenAt" > now() - interval '1 minute' AS fresh FROM session WHERE "tokenHash" = $1`,
      [tokenHash],
    )) as Array<{ fresh: boolean }>;
    expect(row?.fresh).toBe(true);
  });

  it('throttles per account, counting every aliased attempt', async () => {
    const { email } = await registerCompany(app);
    const aliases = Array.from(
      { length: 4 },
      (_, i) => `a${i}: logIn(email: "${email}", password: "Wrong-password-${i}") { kind }`,
    ).join('\n');
    const codes: unknown[] = [];
    for (let request = 0; request < 7; request++) {
      const res = await app.gql(`mutation { ${aliases} }`);
      codes.push(...(res.errors ?? []).map((e) => e.extensions?.code));
    }
    // Packing attempts into aliases buys nothing: five wrong passwords, then refusal.
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(codes.slice(5).every((c) => c === 'TOO_MANY_ATTEMPTS')).toBe(true);
    expect(codes.length).toBeGreaterThan(5);
    // Now even the right password is refused until the window passes.
    const right = await app.gql(LOG_IN, { email, password: PASSWORD });
    expect(right.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(right.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });
});

describe('password reset', () => {
  it('answers the same for known and unknown addresses and emails only the known one', async () => {
    const { email } = await registerCompany(app);
    const q = 'mutation R($email: String!) { requestPasswordReset(email: $email) }';
    const unknownEmail = newEmail('unknown');
    const known = await app.gql(q, { email });
    const unknown = await app.gql(q, { email: unknownEmail });
    expect(known.data).toEqual({ requestPasswordReset: true });
    expect(unknown.data).toEqual(known.data);
    expect(unknown.errors).toEqual(known.errors);
    expect((await emailsTo(app, email)).map((e) => e.template)).toEqual(['PASSWORD_RESET']);
    expect(await emailsTo(app, unknownEmail)).toEqual([]);
  });

  it('sets the password once per link, ends other sessions and confirms by email', async () => {
    const { email, browser } = await registerCompany(app);
    await app.gql('mutation R($email: String!) { requestPasswordReset(email: $email) }', { email });
    const token = await linkToken(app, email, 'reset-password');
    expect(token.length).toBeGreaterThanOrEqual(43); // 256 random bits
    const reset =
      'mutation S($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }';
    const ok = await app.gql(reset, { token, password: 'Brand-new-pass-7' });
    expect(ok.data).toEqual({ resetPassword: true });
    const reused = await app.gql(reset, { token, password: 'Another-pass-8' });
    expect(reused.errors?.[0]?.extensions?.code).toBe('INVALID_TOKEN');
    expect((await browser.gql<{ viewer: unknown }>(VIEWER)).data?.viewer).toBeNull();
    await signIn(app, email, 'Brand-new-pass-7');
    expect((await emailsTo(app, email)).map((e) => e.template)).toEqual([
      'PASSWORD_RESET',
      'PASSWORD_CHANGED',
    ]);
    const stored = await app.db.dataSource
      .getRepository(OneTimeToken)
      .findOneOrFail({ where: { purpose: 'PASSWORD_RESET' }, order: { createdAt: 'DESC' } });
    expect(stored.tokenHash).not.toContain(token);
  });

  it('refuses an expired link with TOKEN_EXPIRED', async () => {
    const { email } = await registerCompany(app);
    await app.gql('mutation R($email: String!) { requestPasswordReset(email: $email) }', { email });
    const token = await linkToken(app, email, 'reset-password');
    await app.db.dataSource
      .getRepository(OneTimeToken)
      .createQueryBuilder()
      .update()
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where('"usedAt" IS NULL')
      .execute();
    const res = await app.gql(
      'mutation S($t: String!) { resetPassword(token: $t, password: "Brand-new-pass-7") }',
      { t: token },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('TOKEN_EXPIRED');
  });
});

describe('colleagues', () => {
  it('lets the administrator invite; the colleague activates from the email and signs in', async () => {
    const admin = await registerCompany(app);
    const email = newEmail('colleague');
    await invite(admin.browser, email);
    const [invitation] = await emailsTo(app, email);
    expect(invitation?.template).toBe('INVITATION');
    expect(invitation?.text).toContain(`${app.config.appUrl}/activate?token=`);
    const colleague = await activate(app, email, 'Carl Colleague');
    const viewer = await colleague.gql<{
      viewer: { representative: { name: string; role: string }; company: { id: string } };
    }>(VIEWER);
    expect(viewer.data?.viewer.representative).toMatchObject({
      name: 'Carl Colleague',
      role: 'MEMBER',
    });
    expect(viewer.data?.viewer.company.id).toBe(admin.companyId);
    await signIn(app, email);
  });

  it('does not let a member invite (FORBIDDEN)', async () => {
    const admin = await registerCompany(app);
    const email = newEmail('member');
    await invite(admin.browser, email);
    const member = await activate(app, email);
    const res = await member.gql(
      'mutation { inviteRepresentative(input: { email: "x@example.com", role: MEMBER }) { id } }',
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('always keeps one active administrator, and hands the role on', async () => {
    const admin = await registerCompany(app);
    const demoteSelf = await admin.browser.gql(
      'mutation C($id: ID!) { changeRepresentativeRole(id: $id, role: MEMBER) { role } }',
      { id: admin.representativeId },
    );
    expect(demoteSelf.errors?.[0]?.extensions?.code).toBe('LAST_ADMINISTRATOR');
    const email = newEmail('successor');
    const successorId = await invite(admin.browser, email);
    await activate(app, email);
    await admin.browser.gql(
      'mutation C($id: ID!) { changeRepresentativeRole(id: $id, role: ADMIN) { role } }',
      { id: successorId },
    );
    const handedOn = await admin.browser.gql<{ changeRepresentativeRole: { role: string } }>(
      'mutation C($id: ID!) { changeRepresentativeRole(id: $id, role: MEMBER) { role } }',
      { id: admin.representativeId },
    );
    expect(handedOn.data?.changeRepresentativeRole.role).toBe('MEMBER');
  });

  it('stops a disabled person at once', async () => {
    const admin = await registerCompany(app);
    const email = newEmail('leaver');
    const id = await invite(admin.browser, email);
    const leaver = await activate(app, email);
    expect((await leaver.gql<{ viewer: unknown }>(VIEWER)).data?.viewer).not.toBeNull();
    await admin.browser.gql('mutation D($id: ID!) { disableRepresentative(id: $id) { status } }', {
      id,
    });
    expect((await leaver.gql<{ viewer: unknown }>(VIEWER)).data?.viewer).toBeNull();
    const people = await leaver.gql('{ representatives { id } }');
    expect(people.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const again = await app.gql(LOG_IN, { email, password: PASSWORD });
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
  });

  it('revokes and resends invitations', async () => {
    const admin = await registerCompany(app);
    const email = newEmail('maybe');
    const id = await invite(admin.browser, email);
    const first = await linkToken(app, email, 'activate');
    await admin.browser.gql('mutation R($id: ID!) { resendInvitation(id: $id) { id } }', { id });
    const second = await linkToken(app, email, 'activate');
    expect(second).not.toBe(first);
    const old = await app.gql(
      'mutation A($t: String!) { activateRepresentative(token: $t, password: "Good-pass-123", name: "X") { kind } }',
      { t: first },
    );
    expect(old.errors?.[0]?.extensions?.code).toBe('INVALID_TOKEN');
    const revoked = await admin.browser.gql('mutation R($id: ID!) { revokeInvitation(id: $id) }', {
      id,
    });
    expect(revoked.data).toEqual({ revokeInvitation: true });
    const late = await app.gql(
      'mutation A($t: String!) { activateRepresentative(token: $t, password: "Good-pass-123", name: "X") { kind } }',
      { t: second },
    );
    expect(late.errors?.[0]?.extensions?.code).toBe('INVALID_TOKEN');
  });

  it('offers a new activation link when the old one expired', async () => {
    const admin = await registerCompany(app);
    const email = newEmail('slow');
    await invite(admin.browser, email);
    const token = await linkToken(app, email, 'activate');
    await app.db.dataSource.query(
      `UPDATE one_time_token SET "expiresAt" = now() - interval '1 minute' WHERE "usedAt" IS NULL AND purpose = 'ACTIVATION'`,
    );
    const info = await app.gql<{ link: { state: string; email: string } }>(
      'query L($t: String!) { link(token: $t) { state email companyName } }',
      { t: token },
    );
    expect(info.data?.link).toMatchObject({ state: 'EXPIRED', email });
    const res = await app.gql(
      'mutation A($t: String!) { activateRepresentative(token: $t, password: "Good-pass-123", name: "X") { kind } }',
      { t: token },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('TOKEN_EXPIRED');
    await app.gql('mutation N($t: String!) { requestNewActivationLink(token: $t) }', { t: token });
    expect((await emailsTo(app, email)).filter((e) => e.template === 'INVITATION')).toHaveLength(2);
    await activate(app, email);
  });
});

describe('tenant isolation', () => {
  it("gives company B NOT_FOUND, never data, for company A's people", async () => {
    const a = await registerCompany(app);
    const b = await registerCompany(app);
    const aMemberEmail = newEmail('a-member');
    const aMember = await invite(a.browser, aMemberEmail);
    const list = await b.browser.gql<{ representatives: Array<{ email: string }> }>(
      '{ representatives { email } }',
    );
    expect(list.data?.representatives.map((r) => r.email)).toEqual([b.email]);
    const foreign = await b.browser.gql(
      'query Q($c: ID!) { representatives(companyId: $c) { email } }',
      { c: a.companyId },
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.data).toBeNull();
    for (const mutation of [
      'mutation M($id: ID!) { changeRepresentativeRole(id: $id, role: ADMIN) { id } }',
      'mutation M($id: ID!) { disableRepresentative(id: $id) { id } }',
      'mutation M($id: ID!) { enableRepresentative(id: $id) { id } }',
      'mutation M($id: ID!) { resendInvitation(id: $id) { id } }',
      'mutation M($id: ID!) { revokeInvitation(id: $id) }',
    ]) {
      for (const id of [aMember, a.representativeId]) {
        const res = await b.browser.gql(mutation, { id });
        expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        expect(res.data).toBeNull();
      }
    }
    expect(await emailsTo(app, aMemberEmail)).toHaveLength(1);
  });
});

describe('staff and tools', () => {
  let agent: Awaited<ReturnType<typeof signIn>>;
  let token: string;
  beforeAll(async () => {
    const email = newEmail('agent');
    await app.db.dataSource.transaction((tx) =>
      createAgent(tx, { email, name: 'Agnes Agent', password: PASSWORD }),
    );
    agent = await signIn(app, email);
    token = (await app.db.dataSource.transaction((tx) => createApiToken(tx, 'ERP sync'))).token;
  });
  const ONBOARD = `mutation O($input: OnboardCompanyInput!) { onboardCompany(input: $input) { id name contracted taxId } }`;

  it('lets an agent sign in on the same page as a staff viewer', async () => {
    const viewer = await agent.gql<{ viewer: { kind: string } }>(VIEWER);
    expect(viewer.data?.viewer.kind).toBe('AGENT');
  });

  it('onboards a contracted company whose administrator starts through "forgot password"', async () => {
    const adminEmail = newEmail('contracted');
    const res = await agent.gql<{ onboardCompany: { contracted: boolean } }>(ONBOARD, {
      input: {
        taxId: newNip(),
        country: 'PL',
        name: 'Contracted Ltd',
        adminEmail,
        contracted: true,
        locale: 'hu',
      },
    });
    expect(res.data?.onboardCompany.contracted).toBe(true);
    const [invitation] = await emailsTo(app, adminEmail);
    expect(invitation).toMatchObject({ template: 'INVITATION', locale: 'hu' });
    await app.gql('mutation R($email: String!) { requestPasswordReset(email: $email) }', {
      email: adminEmail,
    });
    const resetToken = await linkToken(app, adminEmail, 'reset-password');
    await app.gql(
      'mutation S($t: String!) { resetPassword(token: $t, password: "First-sign-in-9") }',
      { t: resetToken },
    );
    const first = await signIn(app, adminEmail, 'First-sign-in-9');
    const viewer = await first.gql<{
      viewer: { representative: { name: string | null; role: string } };
    }>(VIEWER);
    expect(viewer.data?.viewer.representative).toEqual(
      expect.objectContaining({ name: null, role: 'ADMIN' }),
    );
    const named = await first.gql<{ updateProfile: { name: string } }>(
      'mutation { updateProfile(input: { name: "Hanna Kiss" }) { name } }',
    );
    expect(named.data?.updateProfile.name).toBe('Hanna Kiss');
  });

  it('lets a tool onboard with a Bearer token, and refuses representatives and revoked tokens', async () => {
    const input = {
      taxId: newNip(),
      country: 'PL',
      name: 'Tool Ltd',
      adminEmail: newEmail('tool'),
      contracted: true,
    };
    const byTool = await app.gql(
      ONBOARD,
      { input },
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(byTool.errors).toBeUndefined();
    const rep = await registerCompany(app);
    const byRep = await rep.browser.gql(ONBOARD, {
      input: { ...input, taxId: newNip(), adminEmail: newEmail() },
    });
    expect(byRep.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await app.db.dataSource.query(`UPDATE api_token SET "revokedAt" = now()`);
    const revoked = await app.gql(
      ONBOARD,
      { input: { ...input, taxId: newNip(), adminEmail: newEmail() } },
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(revoked.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets an agent change a role in any company', async () => {
    const a = await registerCompany(app);
    const email = newEmail('promoted');
    const id = await invite(a.browser, email);
    await activate(app, email);
    const res = await agent.gql<{ changeRepresentativeRole: { role: string } }>(
      'mutation C($id: ID!) { changeRepresentativeRole(id: $id, role: ADMIN) { role } }',
      { id },
    );
    expect(res.data?.changeRepresentativeRole.role).toBe('ADMIN');
  });
});

describe('profile', () => {
  it('changes the password only with the current one, keeping this session', async () => {
    const { browser, email } = await registerCompany(app);
    const other = await signIn(app, email);
    const q =
      'mutation C($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
    const wrong = await browser.gql(q, { c: 'not-my-password', n: 'Next-password-5' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    const ok = await browser.gql(q, { c: PASSWORD, n: 'Next-password-5' });
    expect(ok.data).toEqual({ changePassword: true });
    expect((await browser.gql<{ viewer: unknown }>(VIEWER)).data?.viewer).not.toBeNull();
    expect((await other.gql<{ viewer: unknown }>(VIEWER)).data?.viewer).toBeNull();
    const lang = await browser.gql<{ updateProfile: { locale: string } }>(
      'mutation { updateProfile(input: { locale: "uk" }) { locale } }',
    );
    expect(lang.data?.updateProfile.locale).toBe('uk');
    const bad = await browser.gql('mutation { updateProfile(input: { locale: "de" }) { locale } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the outbox', () => {
  it('is not written when the transaction rolls back', async () => {
    const ctx = createSystemContext(app.config, app.logger, app.db.dataSource);
    const to = newEmail('rollback');
    await expect(
      ctx.transaction(async (tx) => {
        await queueEmail(ctx, tx, {
          to,
          template: 'PASSWORD_CHANGED',
          locale: 'en',
          params: { email: to, when: 'now' },
        });
        throw new Error('the change fails after the email was queued');
      }),
    ).rejects.toThrow('the change fails');
    expect(await app.db.dataSource.getRepository(OutboxEmail).count({ where: { to } })).toBe(0);
  });
});
