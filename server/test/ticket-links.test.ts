import { createAgent } from '../src/modules/accounts/agent/agent.service';
import { createApiToken } from '../src/modules/accounts/auth/api-token.service';
import {
  confirmTaxId,
  newEmail,
  PASSWORD,
  registerCompany,
  signIn,
  type Registered,
} from './accounts-helpers';
import { startTestApp, statementsOf, type TestApp, type TestBrowser } from './harness';
import { ALL_MET, uploadDraftPhoto } from './return-photos';
import { orderFromShop, type PlacedOrder } from './shop-helpers';

/**
 * Requests tied to documents (issue 13) and search that finds what customers type (issue 12):
 * linking, the documents' requests, and search by fragments and numbers however written.
 */
let app: TestApp;
let tool: Record<string, string>;
let agent: TestBrowser;
let a: Registered;
let b: Registered;
let typeId: string;
let productId: string;
/** Company A's documents. */
let order: PlacedOrder;
let erpInvoice: { id: string; number: string; lineId: string };
let rma: { id: string; rmaNumber: string };
/** Company B's invoice. */
let foreignInvoice: { id: string; number: string };

const code = (r: { errors?: Array<{ extensions?: { code?: string } }> }) =>
  r.errors?.[0]?.extensions?.code;
const CREATE = `mutation C($input: CreateTicketInput!) { createTicket(input: $input) { id key links { kind id label number status } } }`;
const TICKET = `query T($key: String!) { ticket(key: $key) { key links { kind id label number status date } } }`;
const LIST = `query L($filter: TicketFilter, $first: Int) { tickets(filter: $filter, first: $first) { edges { node { key subject links { label } } } } }`;
const DOC_TICKETS = `query D($order: ID!, $invoice: ID!, $rma: String!) {
  order(id: $order) { tickets { key } } invoice(id: $invoice) { tickets { key } }
  returnRequest(rmaNumber: $rma) { tickets { key } } }`;

type Link = { kind: string; id: string };
type Created = { createTicket: { id: string; key: string; links: Array<Record<string, unknown>> } };

function raise(who: Registered, subject: string, links?: Link[], description = 'Please check.') {
  return who.browser.gql<Created>(CREATE, {
    input: {
      portalKey: 'TECHNICAL_ASSISTANCE',
      requestTypeId: typeId,
      subject,
      description,
      links,
    },
  });
}

async function keysFound(who: TestBrowser, search: string): Promise<string[]> {
  const res = await who.gql<{ tickets: { edges: Array<{ node: { key: string } }> } }>(LIST, {
    filter: { search },
    first: 50,
  });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.tickets.edges.map((e) => e.node.key);
}

async function importInvoice(company: Registered, number: string, sku: string) {
  const res = await app.gql<{ importInvoice: { id: string; number: string } }>(
    'mutation I($input: ImportInvoiceInput!) { importInvoice(input: $input) { id number } }',
    {
      input: {
        companyTaxId: company.taxId,
        country: 'PL',
        number,
        issuedAt: new Date().toISOString(),
        lines: [{ sku, name: 'Relay', quantity: 3, unitPrice: '10.00' }],
      },
    },
    { headers: tool },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.importInvoice;
}

beforeAll(async () => {
  app = await startTestApp();
  tool = {
    authorization: `Bearer ${(await app.db.dataSource.transaction((tx) => createApiToken(tx, 'ERP'))).token}`,
  };
  const agentEmail = newEmail('agent');
  await app.db.dataSource.transaction((tx) =>
    createAgent(tx, { email: agentEmail, name: 'Linda Links', password: PASSWORD }),
  );
  agent = await signIn(app, agentEmail);
  a = await registerCompany(app);
  b = await registerCompany(app);
  await confirmTaxId(app, a.companyId);
  await confirmTaxId(app, b.companyId);
  ({ productId, order } = await orderFromShop(
    app,
    a.browser,
    { sku: 'RLY-24V-DIN', name: 'DIN relay 24 V', price: '12.00' },
    { quantity: 2, idempotencyKey: 'links-order-1' },
  ));
  const imported = await importInvoice(a, 'WZ/2026/1142', 'RLY-24V-DIN');
  const checked = await a.browser.gql<{ checkInvoice: { lines: Array<{ id: string }> } }>(
    'query C($n: String!) { checkInvoice(number: $n) { lines { id } } }',
    { n: 'wz 2026 1142' },
  );
  erpInvoice = { ...imported, lineId: checked.data!.checkInvoice.lines[0]!.id };
  const submitted = await a.browser.gql<{ submitReturnRequest: typeof rma }>(
    `mutation S($input: SubmitReturnRequestInput!) { submitReturnRequest(input: $input) { id rmaNumber } }`,
    {
      input: {
        kind: 'RETURN',
        idempotencyKey: 'links-rma-1',
        returnAddress: 'ul. Naprawcza 7, 00-950 Warszawa',
        items: [
          {
            invoiceLineId: erpInvoice.lineId,
            quantity: 1,
            reason: 'DEFECTIVE',
            photoIds: [await uploadDraftPhoto(app, a.browser)],
            conditions: ALL_MET,
            serialNumber: 'SN-77-ABX-9012',
            faultDescription: 'Coil does not switch.',
          },
        ],
      },
    },
  );
  if (!submitted.data) throw new Error(JSON.stringify(submitted.errors));
  rma = submitted.data.submitReturnRequest;
  foreignInvoice = await importInvoice(b, 'WZ/2026/9911', 'RLY-24V-DIN');
  const portals = await a.browser.gql<{
    portals: Array<{ key: string; requestTypeGroups: Array<{ types: Array<{ id: string }> }> }>;
  }>('{ portals { key requestTypeGroups { types { id } } } }');
  typeId = portals.data!.portals.find((p) => p.key === 'TECHNICAL_ASSISTANCE')!
    .requestTypeGroups[0]!.types[0]!.id;
});
afterAll(() => app?.close());

describe('linking documents to a request', () => {
  let key: string;

  it("links the company's order, invoices, return and a product, each shown with its number", async () => {
    const res = await raise(a, 'Relay questions', [
      { kind: 'ORDER', id: order.id },
      { kind: 'INVOICE', id: erpInvoice.id },
      { kind: 'RETURN_REQUEST', id: rma.id },
      { kind: 'PRODUCT', id: productId },
      { kind: 'INVOICE', id: erpInvoice.id },
    ]);
    expect(res.errors).toBeUndefined();
    key = res.data!.createTicket.key;
    const shown = await a.browser.gql<{ ticket: { links: Array<Record<string, unknown>> } }>(
      TICKET,
      { key },
    );
    expect(
      shown.data?.ticket.links.map(({ kind, label, number, status }) => ({
        kind,
        label,
        number,
        status,
      })),
    ).toEqual([
      { kind: 'ORDER', label: order.number, number: order.number, status: null },
      { kind: 'INVOICE', label: 'WZ/2026/1142', number: 'WZ/2026/1142', status: null },
      { kind: 'RETURN_REQUEST', label: rma.rmaNumber, number: rma.rmaNumber, status: 'SUBMITTED' },
      {
        kind: 'PRODUCT',
        label: 'RLY-24V-DIN — DIN relay 24 V',
        number: 'RLY-24V-DIN',
        status: 'ACTIVE',
      },
    ]);
  });

  it("refuses another company's invoice as NOT_FOUND and creates nothing", async () => {
    const before = await keysFound(a.browser, 'Foreign invoice');
    const res = await raise(a, 'Foreign invoice question', [
      { kind: 'ORDER', id: order.id },
      { kind: 'INVOICE', id: foreignInvoice.id },
    ]);
    expect(code(res)).toBe('NOT_FOUND');
    expect(await keysFound(a.browser, 'Foreign invoice')).toEqual(before);
    const malformed = await raise(a, 'Malformed link', [{ kind: 'ORDER', id: 'not-an-id' }]);
    expect(code(malformed)).toBe('NOT_FOUND');
    const unknownKind = await raise(a, 'Unknown kind', [{ kind: 'BASKET', id: order.id }]);
    expect(unknownKind.errors).toBeDefined();
    expect(unknownKind.data ?? null).toBeNull();
  });

  it("refuses a document of the same id under another kind (an invoice's id as an order)", async () => {
    const res = await raise(a, 'Wrong kind', [{ kind: 'ORDER', id: erpInvoice.id }]);
    expect(code(res)).toBe('NOT_FOUND');
  });

  it('lists the requests on the order, invoice and return pages, for the company and agents', async () => {
    const vars = { order: order.id, invoice: erpInvoice.id, rma: rma.rmaNumber };
    const own = await a.browser.gql<{
      order: { tickets: Array<{ key: string }> };
      invoice: { tickets: Array<{ key: string }> };
      returnRequest: { tickets: Array<{ key: string }> };
    }>(DOC_TICKETS, vars);
    expect(own.data?.order.tickets.map((t) => t.key)).toEqual([key]);
    expect(own.data?.invoice.tickets.map((t) => t.key)).toEqual([key]);
    expect(own.data?.returnRequest.tickets.map((t) => t.key)).toEqual([key]);
    const staff = await agent.gql<{ invoice: { tickets: Array<{ key: string }> } }>(
      'query I($id: ID!) { invoice(id: $id) { tickets { key } } }',
      { id: erpInvoice.id },
    );
    expect(staff.data?.invoice.tickets.map((t) => t.key)).toEqual([key]);
    const staffTicket = await agent.gql<{ ticket: { links: unknown[] } }>(TICKET, { key });
    expect(staffTicket.data?.ticket.links).toHaveLength(4);
  });

  it('shows another company neither the documents nor their requests', async () => {
    const foreignOrder = await b.browser.gql(
      'query O($id: ID!) { order(id: $id) { tickets { key } } }',
      { id: order.id },
    );
    expect(code(foreignOrder)).toBe('NOT_FOUND');
    const invoice = await b.browser.gql(
      'query I($id: ID!) { invoice(id: $id) { tickets { key } } }',
      {
        id: erpInvoice.id,
      },
    );
    expect(code(invoice)).toBe('NOT_FOUND');
    const ret = await b.browser.gql(
      'query R($rma: String!) { returnRequest(rmaNumber: $rma) { tickets { key } } }',
      {
        rma: rma.rmaNumber,
      },
    );
    expect(code(ret)).toBe('NOT_FOUND');
    const ticket = await b.browser.gql<{ ticket: unknown }>(TICKET, { key });
    expect(code(ticket)).toBe('NOT_FOUND');
    // B's own request about its invoice never shows on A's pages, and A's never on B's.
    const mine = await raise(b, 'About our invoice', [{ kind: 'INVOICE', id: foreignInvoice.id }]);
    const onB = await b.browser.gql<{ invoice: { tickets: Array<{ key: string }> } }>(
      'query I($id: ID!) { invoice(id: $id) { tickets { key } } }',
      { id: foreignInvoice.id },
    );
    expect(onB.data?.invoice.tickets.map((t) => t.key)).toEqual([mine.data!.createTicket.key]);
    expect(await keysFound(b.browser, '1142')).toEqual([]);
  });

  it("offers only the company's own documents in the picker, by any way of writing a number", async () => {
    const picker = `query P($s: String, $k: [DocumentLinkKind!]) { linkableDocuments(search: $s, kinds: $k) { kind id label } }`;
    const found = await a.browser.gql<{
      linkableDocuments: Array<{ kind: string; label: string }>;
    }>(picker, { s: 'wz 2026' });
    expect(found.data?.linkableDocuments.map((d) => d.label)).toEqual(['WZ/2026/1142']);
    const invoices = await a.browser.gql<{ linkableDocuments: Array<{ label: string }> }>(picker, {
      s: order.invoice.number.toLowerCase().replaceAll('/', '-'),
      k: ['INVOICE'],
    });
    expect(invoices.data?.linkableDocuments.map((d) => d.label)).toEqual([order.invoice.number]);
    const ofB = await b.browser.gql<{ linkableDocuments: Array<{ label: string }> }>(picker, {
      s: '1142',
    });
    expect(ofB.data?.linkableDocuments).toEqual([]);
    const products = await b.browser.gql<{ linkableDocuments: Array<{ label: string }> }>(picker, {
      s: 'rly24v',
    });
    expect(products.data?.linkableDocuments.map((d) => d.label)).toEqual([
      'RLY-24V-DIN — DIN relay 24 V',
    ]);
    expect(code(await agent.gql(picker, { s: '1142' }))).toBe('FORBIDDEN');
  });

  it('keeps the SQL statements of a list with links flat in the page size', async () => {
    for (let i = 0; i < 6; i += 1)
      await raise(a, `Batch ${i}`, [
        { kind: 'PRODUCT', id: productId },
        { kind: 'ORDER', id: order.id },
      ]);
    const count = async (first: number) => {
      const { statements, data } = await statementsOf<{ tickets: { edges: unknown[] } }>(
        a.browser,
        LIST,
        { first },
      );
      return { statements, rows: data.tickets.edges.length };
    };
    const two = await count(2);
    const seven = await count(7);
    expect(two.rows).toBe(2);
    expect(seven.rows).toBe(7);
    expect(seven.statements).toBe(two.statements);
  });
});

describe('searching requests', () => {
  let subjectKey: string;
  let linkedKey: string;

  beforeAll(async () => {
    subjectKey = (
      await raise(a, 'Delivery ZAM/2026/000014 short by two', [], 'Pallet WZ/2026/7788 was opened.')
    ).data!.createTicket.key;
    linkedKey = (
      await raise(a, 'A question about a delivery', [{ kind: 'INVOICE', id: order.invoice.id }])
    ).data!.createTicket.key;
  });

  it.each([
    'zam 2026 000014',
    'ZAM/2026/000014',
    'zam-2026-000014',
    'Zam2026000014',
    '26/0000',
    '7788',
  ])('finds the number in the subject or description from %j', async (typed) => {
    expect(await keysFound(a.browser, typed)).toContain(subjectKey);
    expect(await keysFound(agent, typed)).toContain(subjectKey);
  });

  it('finds a request by a fragment of a linked document number, for the company and agents', async () => {
    const fragment = order.invoice.number.slice(-4);
    expect(await keysFound(a.browser, fragment)).toContain(linkedKey);
    expect(
      await keysFound(a.browser, order.invoice.number.toLowerCase().replaceAll('/', ' ')),
    ).toContain(linkedKey);
    expect(await keysFound(agent, fragment)).toContain(linkedKey);
    expect(await keysFound(b.browser, fragment)).toEqual([]);
  });

  it('finds whole words and the exact key, and nothing for a fragment that is not there', async () => {
    expect(await keysFound(a.browser, 'pallet')).toEqual([subjectKey]);
    expect(await keysFound(a.browser, subjectKey.toLowerCase())).toEqual([subjectKey]);
    expect(await keysFound(a.browser, 'qqxz')).toEqual([]);
  });
});

describe('searching documents', () => {
  it('checks an invoice whatever the case and separators of its number', async () => {
    const check = 'query C($n: String!) { checkInvoice(number: $n) { number } }';
    for (const typed of [
      order.invoice.number.toLowerCase(),
      order.invoice.number.replaceAll('/', ' '),
    ]) {
      const res = await a.browser.gql<{ checkInvoice: { number: string } }>(check, { n: typed });
      expect(res.data?.checkInvoice.number).toBe(order.invoice.number);
    }
    expect(code(await b.browser.gql(check, { n: order.invoice.number.toLowerCase() }))).toBe(
      'NOT_FOUND',
    );
  });

  it('filters orders and invoices by a number however written', async () => {
    const orders = await a.browser.gql<{ orders: { edges: Array<{ node: { number: string } }> } }>(
      'query O($n: String) { orders(filter: { number: $n }) { edges { node { number } } } }',
      { n: order.number.toLowerCase().replaceAll('/', '-') },
    );
    expect(orders.data?.orders.edges.map((e) => e.node.number)).toEqual([order.number]);
    const invoices = await a.browser.gql<{
      invoices: { edges: Array<{ node: { number: string } }> };
    }>('query I($n: String) { invoices(filter: { number: $n }) { edges { node { number } } } }', {
      n: '1142',
    });
    expect(invoices.data?.invoices.edges.map((e) => e.node.number)).toEqual(['WZ/2026/1142']);
  });

  it.each([
    ['its RMA number', () => rma.rmaNumber.toLowerCase().replaceAll('-', ' ')],
    ['a serial number', () => 'sn77abx'],
    ['a SKU', () => 'rly 24v'],
    ['an invoice number', () => 'wz-2026-1142'],
  ])(
    'finds a return by %s, for the company and agents, never for another company',
    async (_, typed) => {
      const q =
        'query R($s: String) { returnRequests(filter: { search: $s }) { edges { node { rmaNumber } } } }';
      const own = await a.browser.gql<{
        returnRequests: { edges: Array<{ node: { rmaNumber: string } }> };
      }>(q, { s: typed() });
      expect(own.data?.returnRequests.edges.map((e) => e.node.rmaNumber)).toEqual([rma.rmaNumber]);
      const staff = await agent.gql<{
        returnRequests: { edges: Array<{ node: { rmaNumber: string } }> };
      }>(q, { s: typed() });
      expect(staff.data?.returnRequests.edges.map((e) => e.node.rmaNumber)).toEqual([
        rma.rmaNumber,
      ]);
      const other = await b.browser.gql<{ returnRequests: { edges: unknown[] } }>(q, {
        s: typed(),
      });
      expect(other.data?.returnRequests.edges).toEqual([]);
    },
  );

  it('finds products by a fragment of SKU or name', async () => {
    const q = 'query P($s: String) { products(search: $s) { edges { node { sku } } } }';
    for (const typed of ['24vdin', 'rly 24', 'elay 24']) {
      const res = await a.browser.gql<{ products: { edges: Array<{ node: { sku: string } }> } }>(
        q,
        { s: typed },
      );
      expect(res.data?.products.edges.map((e) => e.node.sku)).toEqual(['RLY-24V-DIN']);
    }
  });
});
