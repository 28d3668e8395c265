import {
  emailsTo,
  newEmail,
  newNip,
  PASSWORD,
  REGISTER,
  registerCompany,
} from './accounts-helpers';
import { startTestApp, type TestApp } from './harness';

/**
 * Answers whose duration could tell whether an address or a tax ID exists take the same time
 * on both paths: the median of 10 calls each way differs by less than 30 %.
 */
const N = 10;
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

let sourceSeed = 1;
const newSource = () => ({ 'x-forwarded-for': `203.0.113.${sourceSeed++}` });

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2;
};

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/** Runs the two kinds of call alternately (so load drifts hit both alike) and compares medians. */
async function compare(a: () => Promise<unknown>, b: () => Promise<unknown>) {
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < N; i++) {
    ta.push(await timed(a));
    tb.push(await timed(b));
  }
  const [ma, mb] = [median(ta), median(tb)];
  return { ma, mb, difference: Math.abs(ma - mb) / Math.max(ma, mb) };
}

describe('equal timing', () => {
  it('answers a password reset as fast for a known address as for an unknown one', async () => {
    const known = await Promise.all(Array.from({ length: N }, () => registerCompany(app)));
    const reset = (email: string) =>
      app
        .gql(
          'mutation R($email: String!) { requestPasswordReset(email: $email) }',
          { email },
          {
            headers: newSource(),
          },
        )
        .then((res) => expect(res.data).toEqual({ requestPasswordReset: true }));
    let k = 0;
    const { difference } = await compare(
      () => reset(known[k++]!.email),
      () => reset(newEmail('unknown')),
    );
    expect(difference).toBeLessThan(0.3);
  });

  it('answers a registration as fast when the tax ID is taken as when it is new', async () => {
    const taken = await registerCompany(app);
    const register = (taxId: string, expectCode: string | undefined) =>
      app
        .gql(REGISTER, {
          input: {
            taxId,
            country: 'PL',
            companyName: 'Timing Trade Sp. z o.o.',
            email: newEmail('timing'),
            password: PASSWORD,
            name: 'Ada Admin',
            acceptResaleTerms: true,
          },
        })
        .then((res) => expect(res.errors?.[0]?.extensions?.code).toBe(expectCode));
    const { difference } = await compare(
      () => register(newNip(), undefined),
      () => register(taken.taxId, 'TAX_ID_ALREADY_REGISTERED'),
    );
    expect(difference).toBeLessThan(0.3);
  });

  it('answers a request to join as fast for a registered tax ID as for an unknown one', async () => {
    const ask = (taxId: string) =>
      app
        .gql(
          'mutation J($input: RequestToJoinCompanyInput!) { requestToJoinCompany(input: $input) }',
          { input: { taxId, country: 'PL', name: 'Jan Nowak', email: newEmail('joiner') } },
          { headers: newSource() },
        )
        .then((res) => expect(res.data).toEqual({ requestToJoinCompany: true }));
    const known = await Promise.all(Array.from({ length: N }, () => registerCompany(app)));
    let k = 0;
    const { difference } = await compare(
      () => ask(known[k++]!.taxId),
      () => ask(newNip()),
    );
    expect(difference).toBeLessThan(0.3);
  });

  it('confirms a request to join as fast when the company exists as when it does not', async () => {
    const known = await Promise.all(Array.from({ length: N }, () => registerCompany(app)));
    const tokenFor = async (taxId: string) => {
      const email = newEmail('confirming');
      await app.gql(
        'mutation J($input: RequestToJoinCompanyInput!) { requestToJoinCompany(input: $input) }',
        { input: { taxId, country: 'PL', name: 'Jan Nowak', email } },
        { headers: newSource() },
      );
      const [mail] = await emailsTo(app, email);
      return decodeURIComponent(/\/join\/confirm\?token=([A-Za-z0-9_%-]+)/.exec(mail!.text)![1]!);
    };
    const toKnown = await Promise.all(known.map((k) => tokenFor(k.taxId)));
    const toUnknown = await Promise.all(known.map(() => tokenFor(newNip())));
    const confirm = (token: string) =>
      app
        .gql('mutation C($token: String!) { confirmJoinRequest(token: $token) }', { token })
        .then((res) => expect(res.data).toEqual({ confirmJoinRequest: 'CONFIRMED' }));
    let k = 0;
    let u = 0;
    const { difference } = await compare(
      () => confirm(toKnown[k++]!),
      () => confirm(toUnknown[u++]!),
    );
    expect(difference).toBeLessThan(0.3);
  });
});
