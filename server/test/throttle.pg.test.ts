import { THROTTLE_LIMITS } from '../src/context/throttle';
import { OutboxEmail } from '../src/mail/outbox.entity';
import {
  invite,
  LOG_IN,
  newEmail,
  newNip,
  PASSWORD,
  REGISTER,
  registerCompany,
} from './accounts-helpers';
import { startTestApp, type TestApp } from './harness';
import { requireRealPostgres } from './real-postgres';

// Races: on the embedded database requests run one at a time and would hide a read-then-write
// counter. These run on the real PostgreSQL only.
requireRealPostgres();

/** The real limits, not the harness's relaxed registration limit. */
const real = { throttleLimits: THROTTLE_LIMITS };

let sourceSeed = 1;
/** A fresh client address (TEST-NET-2), sent as X-Forwarded-For through the loopback proxy rule. */
const newSource = () => `198.51.${100 + Math.floor(sourceSeed / 250)}.${sourceSeed++ % 250}`;
const from = (source: string) => ({ headers: { 'x-forwarded-for': source } });

const codeOf = (res: { errors?: Array<{ extensions?: { code?: string } }> | undefined }) =>
  res.errors?.[0]?.extensions?.code ?? 'OK';

const tally = (codes: string[]) =>
  codes.reduce<Record<string, number>>((acc, c) => ({ ...acc, [c]: (acc[c] ?? 0) + 1 }), {});

const logIn = (app: TestApp, email: string, password: string, source: string) =>
  app.gql(LOG_IN, { email, password }, from(source)).then(codeOf);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({}, real);
});
afterAll(() => app?.close());

describe('sign-in throttling on PostgreSQL', () => {
  it('checks exactly 5 of 30 parallel wrong passwords for one account and source', async () => {
    const { email } = await registerCompany(app);
    const source = newSource();
    const codes = await Promise.all(
      Array.from({ length: 30 }, (_, i) => logIn(app, email, `Wrong-password-${i}`, source)),
    );
    expect(tally(codes)).toEqual({ INVALID_CREDENTIALS: 5, TOO_MANY_ATTEMPTS: 25 });
    // The right password is refused too until the window has passed …
    expect(await logIn(app, email, PASSWORD, source)).toBe('TOO_MANY_ATTEMPTS');
    // … and accepted once it has (every window ends now; later tests use fresh keys).
    await app.db.dataSource.query('UPDATE "rate_limit" SET "expire" = $1', [Date.now() - 1]);
    expect(await logIn(app, email, PASSWORD, source)).toBe('OK');
  });

  it('counts aliases in one request one by one', async () => {
    const { email } = await registerCompany(app);
    const source = newSource();
    const aliases = Array.from(
      { length: 10 },
      (_, i) => `a${i}: logIn(email: "${email}", password: "Wrong-password-${i}") { kind }`,
    ).join('\n');
    const codes: string[] = [];
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => app.gql(`mutation { ${aliases} }`, {}, from(source))),
    );
    for (const res of responses) codes.push(...(res.errors ?? []).map((e) => e.extensions!.code!));
    expect(tally(codes).INVALID_CREDENTIALS).toBe(5);
    expect(await logIn(app, email, PASSWORD, source)).toBe('TOO_MANY_ATTEMPTS');
  });

  it('shares the count between two app instances on one database', async () => {
    const second = await startTestApp({ databaseUrl: app.config.databaseUrl }, real);
    try {
      const { email } = await registerCompany(app);
      const source = newSource();
      const codes = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          logIn(i % 2 ? second : app, email, `Wrong-password-${i}`, source),
        ),
      );
      expect(tally(codes)).toEqual({ INVALID_CREDENTIALS: 5, TOO_MANY_ATTEMPTS: 25 });
      expect(await logIn(second, email, PASSWORD, source)).toBe('TOO_MANY_ATTEMPTS');
      expect(await logIn(app, email, PASSWORD, source)).toBe('TOO_MANY_ATTEMPTS');
    } finally {
      await second.close();
    }
  });

  it('caps an account at 20 checks from strangers, but lets the owner in from a known source', async () => {
    const { email } = await registerCompany(app);
    const home = newSource();
    expect(await logIn(app, email, PASSWORD, home)).toBe('OK');
    const strangers = Array.from({ length: 6 }, newSource);
    const codes = await Promise.all(
      strangers.flatMap((source) =>
        Array.from({ length: 5 }, (_, i) => logIn(app, email, `Wrong-${source}-${i}`, source)),
      ),
    );
    expect(tally(codes)).toEqual({ INVALID_CREDENTIALS: 20, TOO_MANY_ATTEMPTS: 10 });
    // A new place is refused for the rest of the window; the owner's usual one is not.
    expect(await logIn(app, email, PASSWORD, newSource())).toBe('TOO_MANY_ATTEMPTS');
    expect(await logIn(app, email, PASSWORD, home)).toBe('OK');
  });

  it('caps one source at 30 attempts across accounts', async () => {
    const source = newSource();
    const codes = await Promise.all(
      Array.from({ length: 35 }, (_, i) => logIn(app, newEmail('nobody'), `Wrong-${i}`, source)),
    );
    expect(tally(codes)).toEqual({ INVALID_CREDENTIALS: 30, TOO_MANY_ATTEMPTS: 5 });
  });
});

describe('mail and sign-up throttling on PostgreSQL', () => {
  const RESET = 'mutation R($email: String!) { requestPasswordReset(email: $email) }';

  it('sends at most 3 reset emails an hour to one address, known or not, from any source', async () => {
    const { email } = await registerCompany(app);
    const unknown = newEmail('unknown');
    const ask = (to: string) =>
      Promise.all(
        Array.from({ length: 6 }, () => app.gql(RESET, { email: to }, from(newSource()))),
      );
    const [known, stranger] = await Promise.all([ask(email), ask(unknown)]);
    expect(tally(known.map(codeOf))).toEqual({ OK: 3, TOO_MANY_ATTEMPTS: 3 });
    expect(tally(stranger.map(codeOf))).toEqual(tally(known.map(codeOf)));
    const resets = await app.db.dataSource
      .getRepository(OutboxEmail)
      .count({ where: { to: email, template: 'PASSWORD_RESET' } });
    expect(resets).toBe(3);
  });

  it('registers at most 10 companies an hour from one source', async () => {
    const source = newSource();
    const register = () =>
      app.gql(
        REGISTER,
        {
          input: {
            taxId: newNip(),
            country: 'PL',
            companyName: 'Burst Trading Sp. z o.o.',
            email: newEmail('burst'),
            password: PASSWORD,
            name: 'Ada Admin',
            acceptResaleTerms: true,
          },
        },
        from(source),
      );
    const codes = (await Promise.all(Array.from({ length: 14 }, register))).map(codeOf);
    expect(tally(codes)).toEqual({ OK: 10, TOO_MANY_ATTEMPTS: 4 });
  });

  it('sends at most 30 invitations an hour from one source', async () => {
    const admin = await registerCompany(app);
    const results = await Promise.all(
      Array.from({ length: 33 }, () =>
        invite(admin.browser, newEmail('invitee')).then(
          () => 'OK',
          (err: Error) =>
            /TOO_MANY_ATTEMPTS/.test(err.message) ? 'TOO_MANY_ATTEMPTS' : err.message,
        ),
      ),
    );
    expect(tally(results)).toEqual({ OK: 30, TOO_MANY_ATTEMPTS: 3 });
  });
});
