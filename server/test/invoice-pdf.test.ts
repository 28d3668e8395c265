import { createApiToken } from '../src/modules/accounts/auth/api-token.service';
import { Product } from '../src/modules/shop/catalog/product.entity';
import { confirmTaxId, registerCompany, type Registered } from './accounts-helpers';
import { startTestApp, type TestApp } from './harness';
import { pdfText } from './pdf-text';

let app: TestApp;
let tool: Record<string, string>;
let a: Registered;
let b: Registered;

const BILLING = { street: 'ul. Prosta 1', postalCode: '00-950', city: 'Warszawa', country: 'PL' };
const INVOICE = `query I($id: ID!) { invoice(id: $id) { number issuedAt dueAt paymentTermsDays total
  totals { netMinor vatMinor grossMinor net vat gross }
  lines { lineNo sku vatRate vatMinor vat lineGross } } }`;
interface InvoiceView {
  number: string;
  issuedAt: string;
  dueAt: string;
  paymentTermsDays: number;
  total: string;
  totals: Record<string, number | string>;
  lines: Array<{ sku: string; vatRate: number; vatMinor: number; vat: string; lineGross: string }>;
}
const IMPORT = 'mutation I($input: ImportInvoiceInput!) { importInvoice(input: $input) { id } }';

async function upsert(products: Array<Record<string, unknown>>) {
  const res = await app.gql(
    'mutation U($input: UpsertProductsInput!) { upsertProducts(input: $input) { created updated } }',
    { input: { products } },
    { headers: tool },
  );
  return res;
}

async function pdf(browser: { cookie: string | null }, id: string, query = '') {
  const res = await fetch(`${app.url}/invoices/${id}/pdf${query}`, {
    headers: { cookie: browser.cookie! },
  });
  return res;
}

let invoiceId: string;

beforeAll(async () => {
  app = await startTestApp();
  const { token } = await app.db.dataSource.transaction((tx) => createApiToken(tx, 'ERP'));
  tool = { authorization: `Bearer ${token}` };
  a = await registerCompany(app, {
    billingAddress: BILLING,
    locale: 'pl',
    companyName: 'Kupiec Sp. z o.o.',
  });
  b = await registerCompany(app);
  await confirmTaxId(app, a.companyId);
  const synced = await upsert([
    { sku: 'VAT-23', name: 'Router 23', price: '129.90', stock: 50, vatRate: '23' },
    { sku: 'VAT-5', name: 'Handbook 5', price: '10.05', stock: 50, vatRate: '5' },
    { sku: 'VAT-0', name: 'Export kit 0', price: '3.33', stock: 50, vatRate: '0' },
  ]);
  expect(synced.errors).toBeUndefined();
  const ids = await app.db.dataSource
    .getRepository(Product)
    .find({ where: [{ sku: 'VAT-23' }, { sku: 'VAT-5' }, { sku: 'VAT-0' }] });
  const id = (sku: string) => ids.find((p) => p.sku === sku)!.id;
  for (const [sku, q] of [
    ['VAT-23', 3],
    ['VAT-5', 7],
    ['VAT-0', 2],
  ] as const) {
    const added = await a.browser.gql(
      'mutation A($id: ID!, $q: Int!) { addToBasket(productId: $id, quantity: $q) { itemCount } }',
      { id: id(sku), q },
    );
    expect(added.errors).toBeUndefined();
  }
  const placed = await a.browser.gql<{ placeOrder: { invoice: { id: string } } }>(
    'mutation O($input: PlaceOrderInput!) { placeOrder(input: $input) { invoice { id } } }',
    { input: { idempotencyKey: `vat-order-${Date.now()}`, acceptResaleTerms: true } },
  );
  expect(placed.errors).toBeUndefined();
  invoiceId = placed.data!.placeOrder.invoice.id;
});
afterAll(() => app?.close());

describe('VAT on products and invoices', () => {
  it('keeps a product rate when the ERP sends none, refuses a rate over 100', async () => {
    await upsert([{ sku: 'VAT-5', name: 'Handbook 5', price: '10.05', stock: 50 }]);
    const p = await app.gql<{ product: { vatRate: number } }>(
      '{ product(sku: "VAT-5") { vatRate } }',
      {},
      { headers: tool },
    );
    expect(p.data?.product.vatRate).toBe(5);
    const bad = await upsert([
      { sku: 'VAT-X', name: 'X', price: '1.00', stock: 1, vatRate: '150' },
    ]);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'vatRate' });
  });

  it('snapshots each line rate and computes VAT per line, half up, in minor units', async () => {
    const res = await a.browser.gql<{ invoice: InvoiceView }>(INVOICE, { id: invoiceId });
    const inv = res.data!.invoice;
    // 3 × 129.90 = 389.70, VAT 23 % = 89.631 → 89.63; 7 × 10.05 = 70.35, 5 % = 3.5175 → 3.52; 2 × 3.33, 0 %.
    const bySku = Object.fromEntries(
      inv.lines.map((l) => [l.sku, [l.vatRate, l.vatMinor, l.vat, l.lineGross]]),
    );
    expect(bySku).toEqual({
      'VAT-23': [23, 8963, '89.63', '479.33'],
      'VAT-5': [5, 352, '3.52', '73.87'],
      'VAT-0': [0, 0, '0.00', '6.66'],
    });
    expect(inv.totals).toEqual({
      netMinor: 46_671,
      vatMinor: 9_315,
      grossMinor: 55_986,
      net: '466.71',
      vat: '93.15',
      gross: '559.86',
    });
    expect(inv.total).toBe('466.71');
    expect(inv.paymentTermsDays).toBe(14);
    expect(new Date(inv.dueAt).getTime() - new Date(inv.issuedAt).getTime()).toBe(14 * 86_400_000);
    // A later change of the product's rate does not change the issued invoice.
    await upsert([{ sku: 'VAT-23', name: 'Router 23', price: '129.90', stock: 50, vatRate: '8' }]);
    const again = await a.browser.gql<{ invoice: { totals: { vatMinor: number } } }>(INVOICE, {
      id: invoiceId,
    });
    expect(again.data?.invoice.totals.vatMinor).toBe(9_315);
  });
});

describe('the invoice PDF', () => {
  it("is a VAT invoice in the customer's language (Polish) with both parties, VAT lines and totals", async () => {
    const res = await pdf(a.browser, invoiceId);
    expect(res.status).toBe(200);
    const text = await pdfText(await res.arrayBuffer());
    const inv = (
      await a.browser.gql<{ invoice: { number: string; dueAt: string } }>(INVOICE, {
        id: invoiceId,
      })
    ).data!.invoice;
    expect(text).toContain(`Faktura VAT ${inv.number}`);
    expect(text).toContain(`Termin płatności: ${inv.dueAt.slice(0, 10)}`);
    expect(text).toContain('przelew w ciągu 14 dni');
    expect(text).toMatch(
      /SPRZEDAWCA[\s\S]*Volt Electronics Distribution S\.A\.[\s\S]*NIP: PL5213000000/,
    );
    expect(text).toMatch(
      /NABYWCA[\s\S]*Kupiec Sp\. z o\.o\.[\s\S]*ul\. Prosta 1[\s\S]*00-950 Warszawa[\s\S]*NIP: PL \d{10}/,
    );
    expect(text).toMatch(/Router 23\s+VAT-23\s+3\s+129\.90\s+389\.70\s+23%\s+89\.63\s+479\.33/);
    expect(text).toMatch(/Handbook 5\s+VAT-5\s+7\s+10\.05\s+70\.35\s+5%\s+3\.52\s+73\.87/);
    expect(text).toContain('Razem netto: 466.71 EUR');
    expect(text).toContain('Razem VAT: 93.15 EUR');
    expect(text).toContain('Do zapłaty: 559.86 EUR');
  });

  it('speaks English when asked, with the same amounts', async () => {
    const text = await pdfText(await (await pdf(a.browser, invoiceId, '?lang=en')).arrayBuffer());
    expect(text).toContain('VAT invoice FV/');
    expect(text).toMatch(/SELLER[\s\S]*BUYER/);
    expect(text).toContain('Total net: 466.71 EUR');
    expect(text).toContain('Total VAT: 93.15 EUR');
    expect(text).toContain('Total to pay: 559.86 EUR');
    expect(text).not.toContain('Faktura');
  });

  it("is another company's NOT_FOUND (404)", async () => {
    expect((await pdf(b.browser, invoiceId)).status).toBe(404);
  });
});

describe('ERP invoices', () => {
  const input = (extra: Record<string, unknown>, line: Record<string, unknown> = {}) => ({
    input: {
      companyTaxId: a.taxId,
      country: 'PL',
      number: `ERP/VAT/${Math.random().toString(36).slice(2, 9)}`,
      issuedAt: '2026-11-02T09:00:00.000Z',
      lines: [{ sku: 'VAT-5', name: 'Handbook', quantity: 2, unitPrice: '100.00', ...line }],
      ...extra,
    },
  });

  it('takes the rate and due date the ERP sends, else the product rate and the default terms', async () => {
    const sent = await app.gql<{ importInvoice: { id: string } }>(
      IMPORT,
      input({ dueAt: '2026-12-02T09:00:00.000Z' }, { vatRate: '8' }),
      { headers: tool },
    );
    const inv = (
      await a.browser.gql<{ invoice: InvoiceView }>(INVOICE, {
        id: sent.data!.importInvoice.id,
      })
    ).data!.invoice;
    expect(inv.lines[0]).toMatchObject({ vatRate: 8, vatMinor: 1600 });
    expect(inv.paymentTermsDays).toBe(30);
    expect(inv.totals).toMatchObject({ gross: '216.00' });
    const plain = await app.gql<{ importInvoice: { id: string } }>(IMPORT, input({}), {
      headers: tool,
    });
    const inv2 = (
      await a.browser.gql<{ invoice: InvoiceView }>(INVOICE, {
        id: plain.data!.importInvoice.id,
      })
    ).data!.invoice;
    expect(inv2.lines[0]).toMatchObject({ vatRate: 5, vatMinor: 1000 });
    expect(inv2.dueAt).toBe('2026-11-16T09:00:00.000Z');
  });

  it('refuses a rate that is not a percentage and a due date before the issue date', async () => {
    const rate = await app.gql(IMPORT, input({}, { vatRate: '101' }), { headers: tool });
    expect(rate.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'lines.0.vatRate',
    });
    const due = await app.gql(IMPORT, input({ dueAt: '2026-11-01T00:00:00.000Z' }), {
      headers: tool,
    });
    expect(due.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dueAt' });
  });
});
