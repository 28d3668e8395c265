import { createApiToken } from '../src/modules/accounts/auth/api-token.service';
import { Product } from '../src/modules/shop/catalog/product.entity';
import {
  newEmail,
  newNip,
  registerCompany,
  type Registered,
  confirmTaxId,
} from './accounts-helpers';
import { startTestApp, statementsOf, type TestApp, type TestBrowser } from './harness';

let app: TestApp;
let tool: Record<string, string>;
let a: Registered;
let b: Registered;

const PRODUCTS = `query P($search: String, $first: Int, $after: String) {
  products(search: $search, first: $first, after: $after) {
    edges { cursor node { id sku name price stock } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const ADD = `mutation A($id: ID!, $q: Int!) { addToBasket(productId: $id, quantity: $q) { itemCount total currency lines { quantity lineTotal available product { sku } } } }`;
const PLACE = `mutation O($input: PlaceOrderInput!) { placeOrder(input: $input) { id number total lines { lineNo sku quantity unitPrice } invoice { id number total lines { lineNo sku quantity } } } }`;

async function upsert(products: Array<Record<string, unknown>>) {
  const res = await app.gql<{ upsertProducts: { created: number; updated: number } }>(
    'mutation U($input: UpsertProductsInput!) { upsertProducts(input: $input) { created updated } }',
    { input: { products } },
    { headers: tool },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.upsertProducts;
}

async function productId(sku: string): Promise<string> {
  return (await app.db.dataSource.getRepository(Product).findOneByOrFail({ sku })).id;
}

async function order(
  browser: TestBrowser,
  sku: string,
  quantity: number,
  key = `key-${Math.random().toString(36).slice(2, 12)}`,
) {
  await browser.gql(ADD, { id: await productId(sku), q: quantity });
  return browser.gql<{
    placeOrder: { id: string; number: string; invoice: { id: string; number: string } };
  }>(PLACE, {
    input: { idempotencyKey: key, acceptResaleTerms: true },
  });
}

beforeAll(async () => {
  app = await startTestApp();
  const { token } = await app.db.dataSource.transaction((tx) => createApiToken(tx, 'ERP'));
  tool = { authorization: `Bearer ${token}` };
  const catalogue = Array.from({ length: 120 }, (_, i) => ({
    sku: `TST-${String(i).padStart(4, '0')}`,
    name: `Test widget ${String(i).padStart(3, '0')} ${i % 2 ? 'blue' : 'green'}`,
    description: i % 10 === 0 ? 'Industrial relay with gold contacts' : 'Plain widget',
    price: `${10 + i}.50`,
    currency: 'EUR',
    stock: 1000,
    active: i !== 7,
  }));
  expect(await upsert(catalogue)).toEqual({ created: 120, updated: 0 });
  a = await registerCompany(app);
  b = await registerCompany(app);
  await confirmTaxId(app, a.companyId);
  await confirmTaxId(app, b.companyId);
});
afterAll(() => app?.close());

describe('the catalogue', () => {
  it('searches by words (prefix) and by SKU, active products only', async () => {
    const words = await a.browser.gql<{ products: { edges: Array<{ node: { sku: string } }> } }>(
      PRODUCTS,
      { search: 'indus rel', first: 50 },
    );
    expect(words.data?.products.edges.map((e) => e.node.sku)).toEqual([
      'TST-0000',
      'TST-0010',
      'TST-0020',
      'TST-0030',
      'TST-0040',
      'TST-0050',
      'TST-0060',
      'TST-0070',
      'TST-0080',
      'TST-0090',
      'TST-0100',
      'TST-0110',
    ]);
    const sku = await a.browser.gql<{ products: { edges: Array<{ node: { sku: string } }> } }>(
      PRODUCTS,
      { search: 'tst-001' },
    );
    // TST-0001 matches by words too: 'tst' (its SKU) and '001' (its name).
    expect(sku.data?.products.edges.map((e) => e.node.sku)).toEqual([
      'TST-0001',
      'TST-0010',
      'TST-0011',
      'TST-0012',
      'TST-0013',
      'TST-0014',
      'TST-0015',
      'TST-0016',
      'TST-0017',
      'TST-0018',
      'TST-0019',
    ]);
    const inactive = await a.browser.gql<{ products: { edges: unknown[] } }>(PRODUCTS, {
      search: 'TST-0007',
    });
    expect(inactive.data?.products.edges).toEqual([]);
  });

  it('pages with keyset cursors through every product exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const res: {
        data?: {
          products: {
            edges: Array<{ node: { sku: string } }>;
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        } | null;
      } = await a.browser.gql(PRODUCTS, { search: 'widget', first: 25, after });
      seen.push(...res.data!.products.edges.map((e) => e.node.sku));
      if (!res.data!.products.pageInfo.hasNextPage) break;
      after = res.data!.products.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(119);
    expect(new Set(seen).size).toBe(119);
  });

  it('sorts by name whatever the case, and pages across equal names without loss', async () => {
    const names = [
      'bracket Zorbex',
      'APC Zorbex UPS',
      'Zebra Zorbex',
      'Accessory Zorbex kit',
      'łopata Zorbex',
      'Lampa Zorbex',
      'Accessory Zorbex kit',
    ];
    await upsert(
      names.map((name, i) => ({
        sku: `ZRB-${i}`,
        name,
        price: '5.00',
        currency: 'EUR',
        stock: 3,
        active: true,
      })),
    );
    const expected = [
      'Accessory Zorbex kit',
      'Accessory Zorbex kit',
      'APC Zorbex UPS',
      'bracket Zorbex',
      'Lampa Zorbex',
      'łopata Zorbex',
      'Zebra Zorbex',
    ];
    for (const first of [1, 2, 3, 50]) {
      const seen: Array<{ sku: string; name: string }> = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        const res: {
          data?: {
            products: {
              edges: Array<{ node: { sku: string; name: string } }>;
              pageInfo: { hasNextPage: boolean; endCursor: string };
            };
          } | null;
        } = await a.browser.gql(PRODUCTS, { search: 'zorbex', first, after });
        seen.push(...res.data!.products.edges.map((e) => e.node));
        if (!res.data!.products.pageInfo.hasNextPage) break;
        after = res.data!.products.pageInfo.endCursor;
      }
      expect(seen.map((p) => p.name)).toEqual(expected);
      expect(new Set(seen.map((p) => p.sku)).size).toBe(names.length);
    }
  });

  it('bounds the page size and refuses a foreign cursor', async () => {
    const big = await a.browser.gql(PRODUCTS, { first: 101 });
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const bad = await a.browser.gql(PRODUCTS, { after: 'bm90LWEtY3Vyc29y' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('needs sign-in', async () => {
    const res = await app.gql(PRODUCTS, {});
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('syncs from the ERP by SKU (staff only)', async () => {
    expect(
      await upsert([
        { sku: 'TST-0001', name: 'Renamed widget', price: '99.00', stock: 5, active: true },
      ]),
    ).toEqual({ created: 0, updated: 1 });
    const res = await a.browser.gql(
      'mutation { upsertProducts(input: { products: [{ sku: "X-1", name: "X", price: "1.00", stock: 1 }] }) { created } }',
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('basket and orders', () => {
  it('keeps the basket on the server with totals and stock warnings', async () => {
    const buyer = (await registerCompany(app)).browser;
    const id = await productId('TST-0020');
    const first = await buyer.gql<{ addToBasket: { itemCount: number; total: string } }>(ADD, {
      id,
      q: 2,
    });
    expect(first.data?.addToBasket).toMatchObject({ itemCount: 2, total: '61.00' });
    const more = await buyer.gql<{
      addToBasket: { itemCount: number; lines: Array<{ quantity: number }> };
    }>(ADD, { id, q: 3 });
    expect(more.data?.addToBasket.lines[0]?.quantity).toBe(5);
    const set = await buyer.gql<{ setBasketQuantity: { itemCount: number } }>(
      'mutation S($id: ID!) { setBasketQuantity(productId: $id, quantity: 1) { itemCount } }',
      { id },
    );
    expect(set.data?.setBasketQuantity.itemCount).toBe(1);
    const tooMany = await buyer.gql<{
      setBasketQuantity: { lines: Array<{ available: boolean }> };
    }>(
      'mutation S($id: ID!) { setBasketQuantity(productId: $id, quantity: 5000) { lines { available } } }',
      { id },
    );
    expect(tooMany.data?.setBasketQuantity.lines[0]?.available).toBe(false);
    const removed = await buyer.gql<{ removeFromBasket: { itemCount: number } }>(
      'mutation R($id: ID!) { removeFromBasket(productId: $id) { itemCount } }',
      { id },
    );
    expect(removed.data?.removeFromBasket.itemCount).toBe(0);
    const unknown = await buyer.gql(ADD, { id: '00000000-0000-4000-8000-000000000000', q: 1 });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const zero = await buyer.gql(ADD, { id, q: 0 });
    expect(zero.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const empty = await buyer.gql(PLACE, {
      input: { idempotencyKey: 'empty-basket-1', acceptResaleTerms: true },
    });
    expect(empty.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'EMPTY_BASKET',
    });
  });

  it('copies prices into the order and issues an invoice with numbered lines', async () => {
    const res = await order(a.browser, 'TST-0030', 3);
    expect(res.errors).toBeUndefined();
    const placed = res.data!.placeOrder as unknown as {
      number: string;
      total: string;
      lines: unknown[];
      invoice: { number: string; lines: unknown[] };
    };
    expect(placed.number).toMatch(/^ZAM\/\d{4}\/\d{6}$/);
    expect(placed.total).toBe('121.50');
    expect(placed.lines).toEqual([{ lineNo: 1, sku: 'TST-0030', quantity: 3, unitPrice: '40.50' }]);
    expect(placed.invoice.number).toMatch(/^FV\/\d{4}\/\d{6}$/);
    expect(placed.invoice.lines).toEqual([{ lineNo: 1, sku: 'TST-0030', quantity: 3 }]);
    const basket = await a.browser.gql<{ basket: { itemCount: number } }>(
      '{ basket { itemCount } }',
    );
    expect(basket.data?.basket.itemCount).toBe(0);
  });

  it('makes one order of the same idempotency key, sent twice or at once', async () => {
    const key = 'double-click-key-1';
    const first = await order(a.browser, 'TST-0040', 1, key);
    const again = await a.browser.gql<{ placeOrder: { id: string } }>(PLACE, {
      input: { idempotencyKey: key, acceptResaleTerms: true },
    });
    expect(again.data?.placeOrder.id).toBe(first.data?.placeOrder.id);
    const buyer = (await registerCompany(app)).browser;
    await buyer.gql(ADD, { id: await productId('TST-0041'), q: 1 });
    const both = await Promise.all(
      [0, 1, 2].map(() =>
        buyer.gql<{ placeOrder: { id: string } }>(PLACE, {
          input: { idempotencyKey: 'same-key-at-once', acceptResaleTerms: true },
        }),
      ),
    );
    const ids = new Set(both.map((r) => r.data?.placeOrder.id));
    expect(both.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    expect(ids.size).toBe(1);
  });

  it('sells the last 5 units to exactly 5 of 20 concurrent orders', async () => {
    await upsert([
      { sku: 'LAST-5', name: 'Scarce module', price: '10.00', stock: 5, active: true },
    ]);
    const buyers = await Promise.all(Array.from({ length: 20 }, () => registerCompany(app)));
    const id = await productId('LAST-5');
    for (const buyer of buyers) await buyer.browser.gql(ADD, { id, q: 1 });
    const results = await Promise.all(
      buyers.map((buyer, i) =>
        buyer.browser.gql(PLACE, {
          input: { idempotencyKey: `last-units-${i}-xyz`, acceptResaleTerms: true },
        }),
      ),
    );
    const codes = results.map((r) => (r.data ? 'OK' : r.errors?.[0]?.extensions?.code));
    expect(codes.sort()).toEqual(
      [...Array(15).fill('OUT_OF_STOCK'), ...Array(5).fill('OK')].sort(),
    );
    expect(codes.filter((c) => c === 'OUT_OF_STOCK')).toHaveLength(15);
    expect(
      (await app.db.dataSource.getRepository(Product).findOneByOrFail({ sku: 'LAST-5' })).stock,
    ).toBe(0);
  });

  it('numbers invoices without gaps, even when orders fail or run at once', async () => {
    const rows: Array<{ number: string }> = await app.db.dataSource.query(
      `SELECT number FROM invoice WHERE number LIKE 'FV/%' ORDER BY number`,
    );
    const values = rows.map((r) => Number(r.number.split('/')[2]));
    expect(values.length).toBeGreaterThanOrEqual(7);
    expect(values).toEqual(values.map((_, i) => i + 1));
  });

  it('needs the resale terms accepted', async () => {
    const res = await a.browser.gql(PLACE, {
      input: { idempotencyKey: 'no-terms-123', acceptResaleTerms: false },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'acceptResaleTerms',
    });
  });
});

describe('history, PDFs and tenant isolation', () => {
  const ORDERS = `query O($first: Int, $filter: DocumentFilter) { orders(first: $first, filter: $filter) { edges { node { id number lines { sku } invoice { number } } } pageInfo { hasNextPage } } }`;
  const INVOICES = `query I($first: Int, $filter: DocumentFilter) { invoices(first: $first, filter: $filter) { edges { node { id number total lines { lineNo sku quantity } } } pageInfo { hasNextPage } } }`;

  it("lists the company's orders and invoices, with filters, for members too", async () => {
    const res = await a.browser.gql<{ orders: { edges: Array<{ node: { number: string } }> } }>(
      ORDERS,
      { first: 50 },
    );
    expect(res.data?.orders.edges.length).toBeGreaterThanOrEqual(2);
    const one = res.data!.orders.edges[0]!.node.number;
    const filtered = await a.browser.gql<{
      orders: { edges: Array<{ node: { number: string } }> };
    }>(ORDERS, { filter: { number: one.slice(-6) } });
    expect(filtered.data?.orders.edges.map((e) => e.node.number)).toEqual([one]);
    const future = await a.browser.gql<{ invoices: { edges: unknown[] } }>(INVOICES, {
      filter: { from: new Date(Date.now() + 86_400_000).toISOString() },
    });
    expect(future.data?.invoices.edges).toEqual([]);
  });

  it("gives company B nothing of company A's orders and invoices", async () => {
    const placed = await order(a.browser, 'TST-0050', 1);
    const { id: orderId, invoice } = placed.data!.placeOrder;
    const bOrders = await b.browser.gql<{ orders: { edges: unknown[] } }>(ORDERS, { first: 100 });
    expect(bOrders.data?.orders.edges).toEqual([]);
    const bInvoices = await b.browser.gql<{ invoices: { edges: unknown[] } }>(INVOICES, {
      first: 100,
    });
    expect(bInvoices.data?.invoices.edges).toEqual([]);
    const o = await b.browser.gql('query O($id: ID!) { order(id: $id) { id } }', { id: orderId });
    expect(o.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const i = await b.browser.gql('query I($id: ID!) { invoice(id: $id) { id number } }', {
      id: invoice.id,
    });
    expect(i.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(i.data).toBeNull();
    const pdf = await fetch(`${app.url}/invoices/${invoice.id}/pdf`, {
      headers: { cookie: b.browser.cookie! },
    });
    expect(pdf.status).toBe(404);
    const own = await fetch(`${app.url}/invoices/${invoice.id}/pdf`, {
      headers: { cookie: a.browser.cookie! },
    });
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect((await own.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    const anonymous = await fetch(`${app.url}/invoices/${invoice.id}/pdf`);
    expect(anonymous.status).toBe(401);
  });

  it('keeps the SQL statement count of list queries flat with the page size', async () => {
    for (let i = 0; i < 12; i++) await order(a.browser, `TST-00${60 + i}`, 1 + (i % 3));
    const count = async (query: string, first: number) =>
      (await statementsOf(a.browser, query, { first })).statements;
    for (const query of [ORDERS, INVOICES, PRODUCTS]) {
      const five = await count(query, 5);
      const fifty = await count(query, 50);
      expect(five).toBeGreaterThan(0);
      expect(fifty).toBe(five);
    }
  });
});

describe('ERP invoice import', () => {
  const IMPORT = `mutation I($input: ImportInvoiceInput!) { importInvoice(input: $input) { id number total lines { lineNo sku quantity unitPrice } } }`;
  const input = (overrides: Record<string, unknown> = {}) => ({
    companyTaxId: `PL ${a.taxId}`,
    country: 'PL',
    number: 'ERP/2026/4711',
    issuedAt: '2026-11-02T10:00:00Z',
    lines: [
      { sku: 'TST-0001', name: 'Widget', quantity: 4, unitPrice: '12.30' },
      { sku: 'OLD-99', name: 'Discontinued part', quantity: 1, unitPrice: '5' },
    ],
    ...overrides,
  });

  it('imports once; importing the same invoice again changes nothing', async () => {
    const first = await app.gql<{ importInvoice: { id: string; total: string; lines: unknown[] } }>(
      IMPORT,
      { input: input() },
      { headers: tool },
    );
    expect(first.data?.importInvoice.total).toBe('54.20');
    const again = await app.gql<{ importInvoice: { id: string; lines: unknown[] } }>(
      IMPORT,
      { input: input() },
      { headers: tool },
    );
    expect(again.data?.importInvoice.id).toBe(first.data?.importInvoice.id);
    const [{ n }] = await app.db.dataSource.query(
      `SELECT count(*)::int AS n FROM invoice_line WHERE "invoiceId" = $1`,
      [first.data!.importInvoice.id],
    );
    expect(n).toBe(2);
    const seen = await a.browser.gql<{ invoices: { edges: Array<{ node: { number: string } }> } }>(
      '{ invoices(filter: { number: "4711" }) { edges { node { number } } } }',
    );
    expect(seen.data?.invoices.edges.map((e) => e.node.number)).toEqual(['ERP/2026/4711']);
  });

  it('keeps an unknown buyer waiting, refuses a number of another company and non-staff callers', async () => {
    const unknown = await app.gql<{ importInvoice: { match: string } }>(
      'mutation I($input: ImportInvoiceInput!) { importInvoice(input: $input) { match } }',
      { input: input({ companyTaxId: newNip(), number: 'ERP/X/1' }) },
      { headers: tool },
    );
    expect(unknown.data?.importInvoice.match).toBe('UNKNOWN_BUYER');
    const taken = await app.gql(
      IMPORT,
      { input: input({ companyTaxId: b.taxId }) },
      { headers: tool },
    );
    expect(taken.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const byRep = await a.browser.gql(IMPORT, { input: input({ number: 'ERP/Y/1' }) });
    expect(byRep.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const badLine = await app.gql(
      IMPORT,
      {
        input: input({
          number: 'ERP/Z/1',
          lines: [{ sku: 'A', name: 'A', quantity: 0, unitPrice: 'x' }],
        }),
      },
      { headers: tool },
    );
    expect(badLine.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    void newEmail;
  });
});
