import { createApiToken } from '../src/modules/accounts/auth/api-token.service';
import {
  activate,
  confirmTaxId,
  emailsTo,
  invite,
  newEmail,
  registerCompany,
  type Registered,
} from './accounts-helpers';
import { startTestApp, type TestApp, type TestBrowser } from './harness';

// Issue 11, "Writes in few statements": raising a request, commenting on it and placing an
// order each take at most 10 SQL statements, counted as X-Sql-Statements counts them (every
// statement of the HTTP request: the viewer, BEGIN, the writes, COMMIT, the answer).
const MAX_STATEMENTS = 10;

let app: TestApp;
let a: Registered;
let colleague: { id: string; email: string; browser: TestBrowser };
let typeId: string;

/** One GraphQL request with the browser's cookie; its answer and its statement count. */
async function counted<T>(browser: TestBrowser, query: string, variables: Record<string, unknown>) {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: browser.cookie! },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return { data: body.data!, statements: Number(res.headers.get('x-sql-statements')) };
}

const auditCount = async (subjectId: string, action: string) =>
  Number(
    (
      await app.db.dataSource.query(
        'SELECT count(*)::int AS n FROM audit_event WHERE "subjectId" = $1 AND action = $2',
        [subjectId, action],
      )
    )[0].n,
  );

beforeAll(async () => {
  app = await startTestApp();
  a = await registerCompany(app);
  await app.db.dataSource.query('UPDATE company SET contracted = true WHERE id = $1', [
    a.companyId,
  ]);
  await confirmTaxId(app, a.companyId);
  const email = newEmail('colleague');
  const id = await invite(a.browser, email);
  colleague = { id, email, browser: await activate(app, email, 'Colin Colleague') };
  const portals = await a.browser.gql<{
    portals: Array<{ key: string; requestTypeGroups: Array<{ types: Array<{ id: string }> }> }>;
  }>('{ portals { key requestTypeGroups { types { id } } } }');
  typeId = portals.data!.portals.find((p) => p.key === 'CUSTOMER_SERVICE')!.requestTypeGroups[0]!
    .types[0]!.id;
});
afterAll(() => app?.close());

describe('writes in few SQL statements', () => {
  let ticket: { id: string; key: string };

  it(`raises a request in at most ${MAX_STATEMENTS} statements`, async () => {
    const { data, statements } = await counted<{
      createTicket: { id: string; key: string; status: string };
    }>(
      a.browser,
      'mutation C($input: CreateTicketInput!) { createTicket(input: $input) { id key status } }',
      {
        input: {
          portalKey: 'CUSTOMER_SERVICE',
          requestTypeId: typeId,
          subject: 'Pallet 14 arrived with a broken corner',
          description: 'The corner of pallet 14 was crushed; photos on the delivery note.',
        },
      },
    );
    ticket = data.createTicket;
    expect(data.createTicket).toMatchObject({ key: 'CS-1', status: 'WAITING_FOR_SUPPORT' });
    expect(statements).toBeGreaterThan(0);
    expect(statements).toBeLessThanOrEqual(MAX_STATEMENTS);
    expect(await auditCount(ticket.id, 'ticket.created')).toBe(1);
    const confirmations = (await emailsTo(app, a.email)).filter((e) => e.text.includes('CS-1'));
    expect(confirmations).toHaveLength(1);
  });

  it(`comments on a shared request in at most ${MAX_STATEMENTS} statements`, async () => {
    const shared = await a.browser.gql(
      'mutation S($id: ID!, $ids: [ID!]!) { shareTicket(ticketId: $id, representativeIds: $ids) { id } }',
      { id: ticket.id, ids: [colleague.id] },
    );
    expect(shared.errors).toBeUndefined();
    const before = (await emailsTo(app, colleague.email)).length;
    const { data, statements } = await counted<{
      commentOnTicket: { id: string; status: string };
    }>(
      a.browser,
      'mutation M($id: ID!, $body: String!) { commentOnTicket(ticketId: $id, body: $body) { id status } }',
      { id: ticket.id, body: 'The driver noted it on the CMR as well.' },
    );
    expect(data.commentOnTicket).toEqual({ id: ticket.id, status: 'WAITING_FOR_SUPPORT' });
    expect(statements).toBeGreaterThan(0);
    expect(statements).toBeLessThanOrEqual(MAX_STATEMENTS);
    // The colleague gets the comment once; its author gets none.
    const mails = await emailsTo(app, colleague.email);
    expect(mails).toHaveLength(before + 1);
    expect(mails.at(-1)!.text).toContain('The driver noted it on the CMR as well.');
  });

  it(`places an order of three products in at most ${MAX_STATEMENTS} statements`, async () => {
    const { token } = await app.db.dataSource.transaction((tx) => createApiToken(tx, 'ERP'));
    const upsert = await app.gql(
      'mutation U($input: UpsertProductsInput!) { upsertProducts(input: $input) { created } }',
      {
        input: {
          products: [1, 2, 3].map((i) => ({
            sku: `WR-${i}`,
            name: `Write widget ${i}`,
            description: 'Plain widget',
            price: `${i}0.00`,
            currency: 'EUR',
            stock: 50,
            active: true,
          })),
        },
      },
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(upsert.errors).toBeUndefined();
    const ids: Array<{ id: string }> = await app.db.dataSource.query(
      `SELECT id FROM product WHERE sku LIKE 'WR-%' ORDER BY sku`,
    );
    for (const [i, p] of ids.entries()) {
      const added = await a.browser.gql(
        'mutation A($id: ID!, $q: Int!) { addToBasket(productId: $id, quantity: $q) { itemCount } }',
        { id: p.id, q: i + 1 },
      );
      expect(added.errors).toBeUndefined();
    }
    const { data, statements } = await counted<{
      placeOrder: { id: string; number: string; total: string };
    }>(
      a.browser,
      'mutation O($input: PlaceOrderInput!) { placeOrder(input: $input) { id number total } }',
      { input: { idempotencyKey: 'write-statements-1', acceptResaleTerms: true } },
    );
    expect(data.placeOrder.total).toBe('140.00');
    expect(statements).toBeGreaterThan(0);
    expect(statements).toBeLessThanOrEqual(MAX_STATEMENTS);
    expect(await auditCount(data.placeOrder.id, 'order.placed')).toBe(1);
    const stock: Array<{ stock: number }> = await app.db.dataSource.query(
      `SELECT stock FROM product WHERE sku LIKE 'WR-%' ORDER BY sku`,
    );
    expect(stock.map((s) => s.stock)).toEqual([49, 48, 47]);
  });
});
