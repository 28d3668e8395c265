import { createAgent } from '../src/modules/accounts/agent/agent.service';
import { createApiToken } from '../src/modules/accounts/auth/api-token.service';
import {
  confirmTaxId,
  newEmail,
  newNip,
  PASSWORD,
  registerCompany,
  signIn,
  type Registered,
} from './accounts-helpers';
import { startTestApp, type TestApp, type TestBrowser } from './harness';

let app: TestApp;
let agent: TestBrowser;
let tool: Record<string, string>;
let seq = 0;

const code = (r: { errors?: Array<{ extensions?: { code?: string } }> }) =>
  r.errors?.[0]?.extensions?.code;
const IMPORT =
  'mutation I($input: ImportInvoiceInput!) { importInvoice(input: $input) { id number match } }';
const QUEUE =
  '{ unmatchedInvoices(first: 100) { edges { node { id number match buyerCountry buyerTaxId buyerCompany { id } } } } }';
const MINE = '{ invoices { edges { node { id number } } } }';

async function importFor(taxId: string, country = 'PL') {
  const number = `ERP/OWN/${++seq}-${Date.now().toString(36)}`;
  const res = await app.gql<{ importInvoice: { id: string; number: string; match: string } }>(
    IMPORT,
    {
      input: {
        companyTaxId: taxId,
        country,
        number,
        issuedAt: new Date().toISOString(),
        lines: [{ sku: 'OWN-1', name: 'Relay', quantity: 3, unitPrice: '9.99' }],
      },
    },
    { headers: tool },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.importInvoice;
}

async function numbersOf(company: Registered): Promise<string[]> {
  const res = await company.browser.gql<{
    invoices: { edges: Array<{ node: { number: string } }> };
  }>(MINE);
  return res.data!.invoices.edges.map((e) => e.node.number);
}

beforeAll(async () => {
  app = await startTestApp();
  tool = {
    authorization: `Bearer ${(await app.db.dataSource.transaction((tx) => createApiToken(tx, 'ERP'))).token}`,
  };
  const agentEmail = newEmail('agent');
  await app.db.dataSource.transaction((tx) =>
    createAgent(tx, { email: agentEmail, name: 'Agent', password: PASSWORD }),
  );
  agent = await signIn(app, agentEmail);
});

afterAll(() => app?.close());

describe('invoices reach only the company whose tax ID is confirmed', () => {
  it('refuses countries that are not ISO 3166 codes, at registration and import', async () => {
    const zz = await app
      .browser()
      .gql(
        'mutation R($input: RegisterCompanyInput!) { registerCompany(input: $input) { kind } }',
        {
          input: {
            taxId: `PL ${newNip()}`,
            country: 'ZZ',
            companyName: 'Squatter',
            email: newEmail('zz'),
            password: PASSWORD,
            name: 'Zed',
            acceptResaleTerms: true,
          },
        },
      );
    expect(code(zz)).toBe('BAD_USER_INPUT');
    const noCountry = await app.gql(
      IMPORT,
      {
        input: {
          companyTaxId: newNip(),
          number: 'ERP/NC/1',
          issuedAt: new Date().toISOString(),
          lines: [{ sku: 'A', name: 'A', quantity: 1, unitPrice: '1' }],
        },
      },
      { headers: tool },
    );
    expect(noCountry.errors).toBeDefined();
    await expect(importFor(newNip(), 'ZZ')).rejects.toThrow(/BAD_USER_INPUT/);
  });

  it("a self-registered squatter of an offline customer's tax ID gets none of its invoices", async () => {
    const nip = newNip();
    // The squatter registers the real customer's NIP under PL, spelled with prefix and spaces.
    const squatter = await registerCompany(app, {
      taxId: `PL ${nip.slice(0, 3)} ${nip.slice(3)}`,
    });
    const me = await squatter.browser.gql<{ viewer: { company: { taxIdConfirmed: boolean } } }>(
      '{ viewer { company { taxIdConfirmed } } }',
    );
    expect(me.data?.viewer.company.taxIdConfirmed).toBe(false);

    const spellings = [nip, `PL${nip}`, `PL ${nip.slice(0, 3)}-${nip.slice(3)}`, `pl.${nip}`];
    const imported = [];
    for (const spelling of spellings) imported.push(await importFor(spelling));
    expect(imported.map((i) => i.match)).toEqual(spellings.map(() => 'TAX_ID_NOT_CONFIRMED'));
    // The same digits under another country are another buyer.
    const other = await importFor(nip, 'CZ').catch(() => null);
    if (other) expect(other.match).toBe('UNKNOWN_BUYER');

    expect(await numbersOf(squatter)).toEqual([]);
    for (const inv of imported) {
      const one = await squatter.browser.gql('query I($id: ID!) { invoice(id: $id) { id } }', {
        id: inv.id,
      });
      expect(code(one)).toBe('NOT_FOUND');
      const check = await squatter.browser.gql(
        'query C($n: String!) { checkInvoice(number: $n) { id } }',
        { n: inv.number },
      );
      expect(code(check)).toBe('TAX_ID_NOT_CONFIRMED');
    }

    const queue = await agent.gql<{
      unmatchedInvoices: {
        edges: Array<{
          node: {
            id: string;
            buyerCountry: string;
            buyerTaxId: string;
            buyerCompany: { id: string };
          };
        }>;
      };
    }>(QUEUE);
    // The Polish buyer's (a Czech one with the same digits, when they make a valid Czech tax ID,
    // waits in the queue too, as an unknown buyer).
    const waiting = queue.data!.unmatchedInvoices.edges.filter(
      (e) => e.node.buyerTaxId === nip && e.node.buyerCountry === 'PL',
    );
    expect(waiting.map((e) => e.node.id).sort()).toEqual(imported.map((i) => i.id).sort());
    expect(waiting[0]!.node.buyerCompany.id).toBe(squatter.companyId);
    expect(code(await squatter.browser.gql(QUEUE))).toBe('FORBIDDEN');
  });

  it('an agent confirms the real company: its waiting invoices reach it, nobody else', async () => {
    const real = await registerCompany(app);
    const b = await registerCompany(app);
    await confirmTaxId(app, b.companyId);
    const first = await importFor(real.taxId);
    const second = await importFor(`PL${real.taxId}`);
    expect(await numbersOf(real)).toEqual([]);
    const confirm =
      'mutation C($id: ID!) { confirmCompanyTaxId(companyId: $id) { id taxIdConfirmed } }';
    expect(code(await real.browser.gql(confirm, { id: real.companyId }))).toBe('FORBIDDEN');
    const confirmed = await agent.gql<{ confirmCompanyTaxId: { taxIdConfirmed: boolean } }>(
      confirm,
      { id: real.companyId },
    );
    expect(confirmed.data?.confirmCompanyTaxId.taxIdConfirmed).toBe(true);
    expect((await numbersOf(real)).sort()).toEqual([first.number, second.number].sort());
    // Later imports go straight to it.
    const third = await importFor(` PL ${real.taxId} `);
    expect(third.match).toBe('ASSIGNED');
    expect(await numbersOf(real)).toContain(third.number);
    // Company B: NOT_FOUND for all of them, and none in its list.
    for (const inv of [first, second, third]) {
      const one = await b.browser.gql('query I($id: ID!) { invoice(id: $id) { id } }', {
        id: inv.id,
      });
      expect(code(one)).toBe('NOT_FOUND');
      const check = await b.browser.gql(
        'query C($n: String!) { checkInvoice(number: $n) { id } }',
        {
          n: inv.number,
        },
      );
      expect(code(check)).toBe('NOT_FOUND');
    }
    expect(await numbersOf(b)).toEqual([]);
    const [{ n }] = await app.db.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action IN ('company.tax_id_confirmed', 'invoice.assigned') AND "companyId" = $1`,
      [real.companyId],
    );
    expect(n).toBe(3);
  });

  it('an agent assigns one waiting invoice without confirming the tax ID', async () => {
    const c = await registerCompany(app);
    const typo = await importFor(newNip());
    expect(typo.match).toBe('UNKNOWN_BUYER');
    const ASSIGN =
      'mutation A($i: ID!, $c: ID!) { assignInvoice(invoiceId: $i, companyId: $c) { id match } }';
    expect(code(await c.browser.gql(ASSIGN, { i: typo.id, c: c.companyId }))).toBe('FORBIDDEN');
    const assigned = await agent.gql<{ assignInvoice: { match: string } }>(ASSIGN, {
      i: typo.id,
      c: c.companyId,
    });
    expect(assigned.data?.assignInvoice.match).toBe('ASSIGNED');
    expect(await numbersOf(c)).toEqual([typo.number]);
    const other = await registerCompany(app);
    expect(code(await agent.gql(ASSIGN, { i: typo.id, c: other.companyId }))).toBe('CONFLICT');
    const me = await c.browser.gql<{ viewer: { company: { taxIdConfirmed: boolean } } }>(
      '{ viewer { company { taxIdConfirmed } } }',
    );
    expect(me.data?.viewer.company.taxIdConfirmed).toBe(false);
    // Importing the same number again changes nothing.
    const again = await app.gql<{ importInvoice: { id: string } }>(
      IMPORT,
      {
        input: {
          companyTaxId: (
            await app.db.dataSource.query('SELECT "buyerTaxId" FROM invoice WHERE id = $1', [
              typo.id,
            ])
          )[0].buyerTaxId,
          country: 'PL',
          number: typo.number,
          issuedAt: new Date().toISOString(),
          lines: [{ sku: 'OWN-1', name: 'Relay', quantity: 3, unitPrice: '9.99' }],
        },
      },
      { headers: tool },
    );
    expect(again.data?.importInvoice.id).toBe(typo.id);
  });

  it('an onboarded company counts as confirmed', async () => {
    const nip = newNip();
    const onboarded = await app.gql<{ onboardCompany: { id: string; taxIdConfirmed: boolean } }>(
      'mutation O($input: OnboardCompanyInput!) { onboardCompany(input: $input) { id taxIdConfirmed } }',
      {
        input: {
          taxId: nip,
          country: 'pl',
          name: 'Offline Customer S.A.',
          adminEmail: newEmail('offline'),
          contracted: true,
        },
      },
      { headers: tool },
    );
    expect(onboarded.data?.onboardCompany.taxIdConfirmed).toBe(true);
    expect((await importFor(nip)).match).toBe('ASSIGNED');
  });
});
