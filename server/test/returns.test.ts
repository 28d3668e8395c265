import { createAgent } from '../src/modules/accounts/agent/agent.service';
import { createApiToken } from '../src/modules/accounts/auth/api-token.service';
import {
  emailsTo,
  newEmail,
  PASSWORD,
  registerCompany,
  signIn,
  type Registered,
  confirmTaxId,
} from './accounts-helpers';
import { startTestApp, statementsOf, type TestApp, type TestBrowser } from './harness';
import { pdfText } from './pdf-text';
import { ALL_MET, withPhotos } from './return-photos';

let app: TestApp;
let tool: Record<string, string>;
let agent: TestBrowser;
let a: Registered;
let b: Registered;

const SHIP_BACK = 'Serwis Test Components, ul. Naprawcza 7, 00-950 Warszawa';
const CHECK = `query C($n: String!) { checkInvoice(number: $n) { id number lines { id lineNo sku quantity returnableQuantity } } }`;
const SUBMIT = `mutation S($input: SubmitReturnRequestInput!) { submitReturnRequest(input: $input) { id rmaNumber status kind items { id sku quantity status meetsConditions } } }`;
const RETURN = `query R($rma: String!) { returnRequest(rmaNumber: $rma) { id rmaNumber status returnAddress items { id sku status resolution serviceStage } events { type actorType note statusAfter } } }`;

type Line = { id: string; sku: string; quantity: number; returnableQuantity: number };
let invoiceSeq = 0;

async function invoiceFor(
  company: Registered,
  lines: Array<[string, number]>,
): Promise<{ number: string; lines: Line[] }> {
  const number = `ERP/T/${++invoiceSeq}-${Math.random().toString(36).slice(2, 7)}`;
  const res = await app.gql(
    'mutation I($input: ImportInvoiceInput!) { importInvoice(input: $input) { id } }',
    {
      input: {
        companyTaxId: company.taxId,
        country: 'PL',
        number,
        issuedAt: new Date().toISOString(),
        lines: lines.map(([sku, quantity]) => ({
          sku,
          name: `Product ${sku}`,
          quantity,
          unitPrice: '10.00',
        })),
      },
    },
    { headers: tool },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  const checked = await company.browser.gql<{ checkInvoice: { lines: Line[] } }>(CHECK, {
    n: number,
  });
  return { number, lines: checked.data!.checkInvoice.lines };
}

let keySeq = 0;
/** Submits as the wizard does: a defective or damaged product goes with its photo. */
async function submit(
  browser: TestBrowser,
  items: Array<Record<string, unknown>>,
  extra: Record<string, unknown> = {},
) {
  const kind = extra.kind === 'SERVICE' ? 'SERVICE' : 'RETURN';
  items = await withPhotos(app, browser, kind, items);
  return browser.gql<{
    submitReturnRequest: {
      id: string;
      rmaNumber: string;
      status: string;
      items: Array<{ id: string }>;
    };
  }>(SUBMIT, {
    input: { kind: 'RETURN', idempotencyKey: `rma-key-${++keySeq}-${Date.now()}`, items, ...extra },
  });
}
const item = (line: Line, quantity: number, extra: Record<string, unknown> = {}) => ({
  invoiceLineId: line.id,
  quantity,
  reason: 'DEFECTIVE',
  conditions: ALL_MET,
  ...extra,
});
/** A service item: no reason and no conditions; a fault and the date of purchase. */
const service = (line: Line, faultDescription: string, extra: Record<string, unknown> = {}) => ({
  invoiceLineId: line.id,
  quantity: 1,
  faultDescription,
  serialNumber: 'SN-1',
  purchaseDate: '2026-01-15',
  ...extra,
});

beforeAll(async () => {
  app = await startTestApp();
  tool = {
    authorization: `Bearer ${(await app.db.dataSource.transaction((tx) => createApiToken(tx, 'ERP'))).token}`,
  };
  const agentEmail = newEmail('agent');
  await app.db.dataSource.transaction((tx) =>
    createAgent(tx, { email: agentEmail, name: 'Rita Returns', password: PASSWORD }),
  );
  agent = await signIn(app, agentEmail);
  a = await registerCompany(app, { locale: 'pl' });
  b = await registerCompany(app);
  await confirmTaxId(app, a.companyId);
  await confirmTaxId(app, b.companyId);
});
afterAll(() => app?.close());

describe('checking an invoice', () => {
  it("shows the company's own invoice with returnable quantities", async () => {
    const inv = await invoiceFor(a, [
      ['SKU-A', 10],
      ['SKU-B', 3],
    ]);
    expect(inv.lines.map((l) => [l.sku, l.quantity, l.returnableQuantity])).toEqual([
      ['SKU-A', 10, 10],
      ['SKU-B', 3, 3],
    ]);
  });

  it('answers a foreign and an unknown number the same: NOT_FOUND', async () => {
    const foreign = await invoiceFor(b, [['SKU-Z', 1]]);
    const f = await a.browser.gql(CHECK, { n: foreign.number });
    const u = await a.browser.gql(CHECK, { n: 'ERP/NOPE/1' });
    expect(f.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(f.data).toBeNull();
    expect(f.errors?.map((e) => [e.message, e.extensions])).toEqual(
      u.errors?.map((e) => [e.message, e.extensions]),
    );
  });
});

describe('submitting', () => {
  it("creates an RMA with a yearly number and the timeline's first step; emails the customer", async () => {
    const inv = await invoiceFor(a, [['SKU-C', 4]]);
    const res = await submit(a.browser, [item(inv.lines[0]!, 2)]);
    expect(res.errors).toBeUndefined();
    const rma = res.data!.submitReturnRequest;
    expect(rma.rmaNumber).toMatch(/^RMA-\d{4}-\d{6}$/);
    expect(rma.status).toBe('SUBMITTED');
    const again = await a.browser.gql<{ checkInvoice: { lines: Line[] } }>(CHECK, {
      n: inv.number,
    });
    expect(again.data?.checkInvoice.lines[0]?.returnableQuantity).toBe(2);
    const mail = (await emailsTo(app, a.email)).filter((e) => e.template === 'RETURN_UPDATE');
    expect(mail.at(-1)?.subject).toBe(`${rma.rmaNumber}: Złożone`);
  });

  it('refuses more than is returnable', async () => {
    const inv = await invoiceFor(a, [['SKU-D', 3]]);
    const res = await submit(a.browser, [item(inv.lines[0]!, 2), item(inv.lines[0]!, 2)]);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'QUANTITY_EXCEEDS_RETURNABLE',
      sku: 'SKU-D',
      returnable: 3,
    });
  });

  it('needs an address when a product does not meet the conditions', async () => {
    const inv = await invoiceFor(a, [['SKU-E', 1]]);
    const used = item(inv.lines[0]!, 1, { conditions: { ...ALL_MET, noSignsOfUse: false } });
    const res = await submit(a.browser, [used]);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'RETURN_ADDRESS_REQUIRED',
      field: 'returnAddress',
    });
    const ok = await submit(a.browser, [used], {
      returnAddress: 'Test Components, ul. Prosta 1, 00-001 Warszawa',
    });
    expect(ok.errors).toBeUndefined();
  });

  it('always needs the ship-back address for a service request, and prints it on the label', async () => {
    const inv = await invoiceFor(a, [['SKU-S', 1]]);
    const repair = service(inv.lines[0]!, 'Fan rattles');
    const without = await submit(a.browser, [repair], { kind: 'SERVICE' });
    expect(without.errors?.[0]?.extensions).toMatchObject({
      code: 'RETURN_ADDRESS_REQUIRED',
      field: 'returnAddress',
    });
    expect(without.data).toBeNull();
    const blank = await submit(a.browser, [repair], { kind: 'SERVICE', returnAddress: '  ' });
    expect(blank.errors?.[0]?.extensions?.code).toBe('RETURN_ADDRESS_REQUIRED');
    const ok = await submit(a.browser, [repair], { kind: 'SERVICE', returnAddress: SHIP_BACK });
    expect(ok.errors).toBeUndefined();
    const rma = ok.data!.submitReturnRequest.rmaNumber;
    const seen = await a.browser.gql<{ returnRequest: { returnAddress: string } }>(RETURN, { rma });
    expect(seen.data?.returnRequest.returnAddress).toBe(SHIP_BACK);
    const label = await fetch(`${app.url}/returns/${rma}/label.pdf`, {
      headers: { cookie: a.browser.cookie! },
    });
    expect(label.status).toBe(200);
    const text = await pdfText(await label.arrayBuffer());
    expect(text).toContain('SHIP BACK TO');
    expect(text).toContain('Serwis Test Components');
    expect(text).toContain('ul. Naprawcza 7');
    expect(text).toContain('00-950 Warszawa');
  });

  it('leaves the ship-back address out of a return whose goods meet every condition', async () => {
    const inv = await invoiceFor(a, [['SKU-T', 1]]);
    const ok = await submit(a.browser, [item(inv.lines[0]!, 1)]);
    expect(ok.errors).toBeUndefined();
    const label = await fetch(
      `${app.url}/returns/${ok.data!.submitReturnRequest.rmaNumber}/label.pdf`,
      { headers: { cookie: a.browser.cookie! } },
    );
    expect(await pdfText(await label.arrayBuffer())).not.toContain('SHIP BACK TO');
  });

  it('needs a fault description for a service request', async () => {
    const inv = await invoiceFor(a, [['SKU-F', 1]]);
    const res = await submit(a.browser, [item(inv.lines[0]!, 1, { reason: 'WARRANTY_REPAIR' })], {
      kind: 'SERVICE',
      returnAddress: SHIP_BACK,
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'items.0.faultDescription',
    });
  });

  it('returns the same RMA for the same idempotency key', async () => {
    const inv = await invoiceFor(a, [['SKU-G', 5]]);
    const input = {
      kind: 'RETURN',
      idempotencyKey: 'retry-me-123456',
      items: [item(inv.lines[0]!, 1)],
    };
    const first = await a.browser.gql<{ submitReturnRequest: { rmaNumber: string } }>(SUBMIT, {
      input,
    });
    const second = await a.browser.gql<{ submitReturnRequest: { rmaNumber: string } }>(SUBMIT, {
      input,
    });
    expect(second.data?.submitReturnRequest.rmaNumber).toBe(
      first.data?.submitReturnRequest.rmaNumber,
    );
  });

  it('gives 10 concurrent retries with one idempotency key one RMA', async () => {
    const inv = await invoiceFor(a, [['SKU-W', 5]]);
    const input = {
      kind: 'RETURN',
      idempotencyKey: `race-${Date.now()}`,
      // One photo, uploaded once: every retry sends the same input.
      items: await withPhotos(app, a.browser, 'RETURN', [item(inv.lines[0]!, 2)]),
    };
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        a.browser.gql<{ submitReturnRequest: { rmaNumber: string } }>(SUBMIT, { input }),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual(Array(10).fill(undefined));
    expect(new Set(results.map((r) => r.data?.submitReturnRequest.rmaNumber)).size).toBe(1);
    const check = await a.browser.gql<{ checkInvoice: { lines: Line[] } }>(CHECK, {
      n: inv.number,
    });
    expect(check.data?.checkInvoice.lines[0]?.returnableQuantity).toBe(3);
  });

  it('never exceeds the returnable quantity under 20 concurrent submissions', async () => {
    const inv = await invoiceFor(a, [['SKU-H', 5]]);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => submit(a.browser, [item(inv.lines[0]!, 1)])),
    );
    const codes = results.map((r) => (r.data ? 'OK' : r.errors?.[0]?.extensions?.code)).sort();
    expect(codes).toEqual([
      ...Array(5).fill('OK'),
      ...Array(15).fill('QUANTITY_EXCEEDS_RETURNABLE'),
    ]);
    const check = await a.browser.gql<{ checkInvoice: { lines: Line[] } }>(CHECK, {
      n: inv.number,
    });
    expect(check.data?.checkInvoice.lines[0]?.returnableQuantity).toBe(0);
  });

  it('numbers RMAs without gaps', async () => {
    const rows: Array<{ rmaNumber: string }> = await app.db.dataSource.query(
      `SELECT "rmaNumber" FROM return_request ORDER BY "rmaNumber"`,
    );
    const values = rows.map((r) => Number(r.rmaNumber.slice(-6)));
    expect(values).toEqual(values.map((_, i) => i + 1));
  });
});

describe('the staff side: every legal and illegal transition', () => {
  const act = (query: string, variables: Record<string, unknown>, who: TestBrowser = agent) =>
    who.gql<Record<string, { status: string }>>(query, variables);
  const AUTHORIZE =
    'mutation M($id: ID!, $note: String) { authorizeReturnRequest(id: $id, note: $note) { status } }';
  const DENY =
    'mutation M($id: ID!, $note: String!) { denyReturnRequest(id: $id, note: $note) { status } }';
  const RECEIVE = 'mutation M($id: ID!) { receiveReturnRequest(id: $id) { status } }';
  const DECIDE =
    'mutation M($id: ID!, $d: ReturnItemDecision!, $r: ReturnResolution, $note: String) { decideReturnItem(itemId: $id, decision: $d, resolution: $r, note: $note) { status } }';
  const CLOSE = 'mutation M($id: ID!) { closeReturnRequest(id: $id) { status } }';
  const code = (r: { errors?: Array<{ extensions?: { code?: string } }> }) =>
    r.errors?.[0]?.extensions?.code;

  it('authorize -> receive -> approve one, reject one -> close, refusing steps out of order', async () => {
    const inv = await invoiceFor(a, [
      ['SKU-J', 2],
      ['SKU-K', 2],
    ]);
    const sub = (await submit(a.browser, [item(inv.lines[0]!, 2), item(inv.lines[1]!, 1)])).data!
      .submitReturnRequest;
    const [first, second] = sub.items;
    expect(code(await act(RECEIVE, { id: sub.id }))).toBe('ILLEGAL_TRANSITION');
    expect(code(await act(DECIDE, { id: first!.id, d: 'APPROVED', r: 'REFUND' }))).toBe(
      'ILLEGAL_TRANSITION',
    );
    expect(code(await act(CLOSE, { id: sub.id }))).toBe('ILLEGAL_TRANSITION');
    expect(code(await act(AUTHORIZE, { id: sub.id }, a.browser))).toBe('FORBIDDEN');
    expect(
      (await act(AUTHORIZE, { id: sub.id, note: 'Send both' })).data?.authorizeReturnRequest
        ?.status,
    ).toBe('AUTHORIZED');
    expect(code(await act(AUTHORIZE, { id: sub.id }))).toBe('ILLEGAL_TRANSITION');
    expect(code(await act(DENY, { id: sub.id, note: 'late' }))).toBe('ILLEGAL_TRANSITION');
    expect((await act(RECEIVE, { id: sub.id })).data?.receiveReturnRequest?.status).toBe(
      'RECEIVED',
    );
    expect(code(await act(DECIDE, { id: first!.id, d: 'APPROVED' }))).toBe('BAD_USER_INPUT');
    expect(
      (await act(DECIDE, { id: first!.id, d: 'APPROVED', r: 'REFUND' })).data?.decideReturnItem
        ?.status,
    ).toBe('RECEIVED');
    expect(code(await act(DECIDE, { id: first!.id, d: 'REJECTED' }))).toBe('ILLEGAL_TRANSITION');
    expect(
      (await act(DECIDE, { id: second!.id, d: 'REJECTED', note: 'Signs of use' })).data
        ?.decideReturnItem?.status,
    ).toBe('PARTIALLY_APPROVED');
    expect((await act(CLOSE, { id: sub.id })).data?.closeReturnRequest?.status).toBe('CLOSED');
    expect(code(await act(CLOSE, { id: sub.id }))).toBe('RETURN_CLOSED');

    const seen = await a.browser.gql<{
      returnRequest: {
        items: Array<{ resolution: string }>;
        events: Array<{ type: string; actorType: string; statusAfter: string }>;
      };
    }>(RETURN, { rma: sub.rmaNumber });
    expect(seen.data?.returnRequest.events.map((e) => [e.type, e.statusAfter])).toEqual([
      ['SUBMITTED', 'SUBMITTED'],
      ['AUTHORIZED', 'AUTHORIZED'],
      ['RECEIVED', 'RECEIVED'],
      ['ITEM_APPROVED', 'RECEIVED'],
      ['ITEM_REJECTED', 'PARTIALLY_APPROVED'],
      ['CLOSED', 'CLOSED'],
    ]);
    expect(seen.data?.returnRequest.items.map((i) => i.resolution)).toEqual([
      'REFUND',
      'SHIP_BACK',
    ]);
    // The rejected unit can be returned again; the approved ones cannot.
    const check = await a.browser.gql<{ checkInvoice: { lines: Line[] } }>(CHECK, {
      n: inv.number,
    });
    expect(check.data?.checkInvoice.lines.map((l) => l.returnableQuantity)).toEqual([0, 2]);
    const emails = (await emailsTo(app, a.email)).filter((e) =>
      e.subject.startsWith(sub.rmaNumber),
    );
    expect(emails.map((e) => e.subject.slice(sub.rmaNumber.length + 2))).toEqual([
      'Złożone',
      'Zaakceptowane',
      'Otrzymane',
      'Uznany – Product SKU-J',
      'Nieuznany – Product SKU-K',
      'Zamknięte',
    ]);
    expect(emails[3]?.text).toContain('Kwota zwrotu lub korekty: 20.00');
  });

  it('deny needs a reason and gives the quantity back', async () => {
    const inv = await invoiceFor(a, [['SKU-L', 1]]);
    const sub = (await submit(a.browser, [item(inv.lines[0]!, 1)])).data!.submitReturnRequest;
    expect(code(await act(DENY, { id: sub.id, note: ' ' }))).toBe('BAD_USER_INPUT');
    expect(
      (await act(DENY, { id: sub.id, note: 'Outside the return period' })).data?.denyReturnRequest
        ?.status,
    ).toBe('DENIED');
    expect(code(await act(RECEIVE, { id: sub.id }))).toBe('ILLEGAL_TRANSITION');
    const check = await a.browser.gql<{ checkInvoice: { lines: Line[] } }>(CHECK, {
      n: inv.number,
    });
    expect(check.data?.checkInvoice.lines[0]?.returnableQuantity).toBe(1);
  });

  it('moves service items through the workshop one stage at a time', async () => {
    const inv = await invoiceFor(a, [['SKU-M', 1]]);
    const sub = (
      await submit(a.browser, [service(inv.lines[0]!, 'Does not power on')], {
        kind: 'SERVICE',
        returnAddress: SHIP_BACK,
      })
    ).data!.submitReturnRequest;
    const STAGE =
      'mutation M($id: ID!, $s: ServiceStage!, $c: String, $t: String) { advanceServiceStage(itemId: $id, stage: $s, carrier: $c, trackingNumber: $t) { items { serviceStage status resolution } } }';
    await act(AUTHORIZE, { id: sub.id });
    await act(RECEIVE, { id: sub.id });
    const itemId = sub.items[0]!.id;
    expect(code(await act(STAGE, { id: itemId, s: 'REPAIR' }))).toBe('ILLEGAL_TRANSITION');
    expect(code(await act(STAGE, { id: itemId, s: 'SHIPPED_BACK', c: 'DHL', t: '1' }))).toBe(
      'ILLEGAL_TRANSITION',
    );
    const diag = await agent.gql<{
      advanceServiceStage: { items: Array<{ serviceStage: string }> };
    }>(STAGE, { id: itemId, s: 'DIAGNOSIS' });
    expect(diag.data?.advanceServiceStage.items[0]?.serviceStage).toBe('DIAGNOSIS');
    // The workshop decides a service item, not the inspection of a return.
    expect(code(await act(DECIDE, { id: itemId, d: 'APPROVED', r: 'REPAIR' }))).toBe(
      'ILLEGAL_TRANSITION',
    );
    const repaired = await agent.gql<{
      advanceServiceStage: { items: Array<{ status: string; resolution: string }> };
    }>(STAGE, { id: itemId, s: 'REPAIR' });
    expect(repaired.data?.advanceServiceStage.items[0]).toMatchObject({
      status: 'APPROVED',
      resolution: 'REPAIR',
    });
    expect(code(await act(CLOSE, { id: sub.id }))).toBe('ILLEGAL_TRANSITION');
    expect(code(await act(STAGE, { id: itemId, s: 'SHIPPED_BACK', c: 'DHL' }))).toBe(
      'BAD_USER_INPUT',
    );
    await agent.gql(STAGE, { id: itemId, s: 'SHIPPED_BACK', c: 'DHL', t: 'JD0001' });
    expect((await act(CLOSE, { id: sub.id })).data?.closeReturnRequest?.status).toBe('CLOSED');
  });
});

describe('comments, label and tenant isolation', () => {
  it('keeps a conversation both ways on the timeline', async () => {
    const inv = await invoiceFor(a, [['SKU-N', 1]]);
    const sub = (await submit(a.browser, [item(inv.lines[0]!, 1)])).data!.submitReturnRequest;
    const COMMENT =
      'mutation C($input: ReturnCommentInput!) { commentOnReturn(input: $input) { id } }';
    await a.browser.gql(COMMENT, {
      input: { returnRequestId: sub.id, body: 'The box is dented, is that fine?' },
    });
    await agent.gql(COMMENT, {
      input: { returnRequestId: sub.id, body: 'Yes, send it as it is.' },
    });
    const r = await a.browser.gql<{
      returnRequest: { events: Array<{ type: string; actorType: string; note: string }> };
    }>(RETURN, { rma: sub.rmaNumber });
    expect(
      r.data?.returnRequest.events
        .filter((e) => e.type === 'COMMENT')
        .map((e) => [e.actorType, e.note]),
    ).toEqual([
      ['CUSTOMER', 'The box is dented, is that fine?'],
      ['STAFF', 'Yes, send it as it is.'],
    ]);
  });

  it('serves the label to the owning company and staff only; its text carries the RMA number', async () => {
    const inv = await invoiceFor(a, [['SKU-P', 1]]);
    const sub = (await submit(a.browser, [item(inv.lines[0]!, 1)])).data!.submitReturnRequest;
    const url = `${app.url}/returns/${sub.rmaNumber}/label.pdf`;
    const own = await fetch(url, { headers: { cookie: a.browser.cookie! } });
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(await own.arrayBuffer());
    expect(text).toContain(sub.rmaNumber);
    expect(text).toContain('SKU-P');
    expect((await fetch(url, { headers: { cookie: agent.cookie! } })).status).toBe(200);
    expect((await fetch(url, { headers: tool })).status).toBe(200);
    expect((await fetch(url, { headers: { cookie: b.browser.cookie! } })).status).toBe(404);
    expect(
      (
        await fetch(`${app.url}/returns/RMA-2000-999999/label.pdf`, {
          headers: { cookie: a.browser.cookie! },
        })
      ).status,
    ).toBe(404);
    expect((await fetch(url)).status).toBe(401);
  });

  it("gives company B NOT_FOUND, never data, for company A's returns and invoice lines", async () => {
    const inv = await invoiceFor(a, [['SKU-Q', 2]]);
    const sub = (await submit(a.browser, [item(inv.lines[0]!, 1)])).data!.submitReturnRequest;
    const one = await b.browser.gql(RETURN, { rma: sub.rmaNumber });
    expect(one.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(one.data?.returnRequest ?? null).toBeNull();
    const list = await b.browser.gql<{ returnRequests: { edges: unknown[] } }>(
      '{ returnRequests(first: 100) { edges { node { rmaNumber } } } }',
    );
    expect(list.data?.returnRequests.edges).toEqual([]);
    const comment = await b.browser.gql(
      'mutation C($input: ReturnCommentInput!) { commentOnReturn(input: $input) { id } }',
      { input: { returnRequestId: sub.id, body: 'hi' } },
    );
    expect(comment.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const steal = await submit(b.browser, [item(inv.lines[0]!, 1)]);
    expect(steal.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lets staff filter the queue by status, kind and company', async () => {
    const q =
      'query Q($f: ReturnRequestFilter) { returnRequests(first: 100, filter: $f) { edges { node { rmaNumber status kind } } } }';
    const closed = await agent.gql<{
      returnRequests: { edges: Array<{ node: { status: string } }> };
    }>(q, { f: { statuses: ['CLOSED'] } });
    expect(closed.data?.returnRequests.edges.length).toBeGreaterThanOrEqual(2);
    expect(closed.data?.returnRequests.edges.every((e) => e.node.status === 'CLOSED')).toBe(true);
    const service = await agent.gql<{
      returnRequests: { edges: Array<{ node: { kind: string } }> };
    }>(q, { f: { kind: 'SERVICE' } });
    expect(service.data?.returnRequests.edges.every((e) => e.node.kind === 'SERVICE')).toBe(true);
    const ofB = await agent.gql<{ returnRequests: { edges: unknown[] } }>(q, {
      f: { companyId: b.companyId },
    });
    expect(ofB.data?.returnRequests.edges).toEqual([]);
  });

  it('keeps the SQL statement count of the list flat with the page size', async () => {
    const query =
      'query Q($first: Int) { returnRequests(first: $first) { edges { node { rmaNumber status items { sku status } events { type note } } } } }';
    const count = async (first: number) => {
      const { statements, data } = await statementsOf<{
        returnRequests: { edges: unknown[] };
      }>(a.browser, query, { first });
      return { statements, rows: data.returnRequests.edges.length };
    };
    const five = await count(5);
    const fifty = await count(50);
    expect(five.rows).toBe(5);
    expect(fifty.rows).toBeGreaterThan(10);
    expect(fifty.statements).toBe(five.statements);
  });
});

describe('the state machine writes each step once; lists page by keyset', () => {
  const AUTHORIZE = 'mutation M($id: ID!) { authorizeReturnRequest(id: $id) { status } }';
  const RECEIVE = 'mutation M($id: ID!) { receiveReturnRequest(id: $id) { status } }';
  const CLOSE = 'mutation M($id: ID!) { closeReturnRequest(id: $id) { status } }';
  const audited = async (id: string) =>
    (
      (await app.db.dataSource.query(
        `SELECT action, data FROM audit_event WHERE "subjectId" = $1 ORDER BY "createdAt", id`,
        [id],
      )) as Array<{ action: string; data: { step?: string; status?: string } }>
    ).map((r) => [r.action, r.data.step ?? null, r.data.status ?? null]);

  it('audits, records and e-mails every step of a service request, and nothing for a refused one', async () => {
    const inv = await invoiceFor(a, [['SKU-U', 1]]);
    const sub = (
      await submit(a.browser, [service(inv.lines[0]!, 'No picture')], {
        kind: 'SERVICE',
        returnAddress: SHIP_BACK,
      })
    ).data!.submitReturnRequest;
    await agent.gql(AUTHORIZE, { id: sub.id });
    const before = await audited(sub.id);
    const illegal = await agent.gql(CLOSE, { id: sub.id });
    expect(illegal.errors?.[0]?.extensions?.code).toBe('ILLEGAL_TRANSITION');
    expect(await audited(sub.id)).toEqual(before);
    const STAGE =
      'mutation M($id: ID!, $s: ServiceStage!, $c: String, $t: String) { advanceServiceStage(itemId: $id, stage: $s, carrier: $c, trackingNumber: $t) { status } }';
    const itemId = sub.items[0]!.id;
    await agent.gql(RECEIVE, { id: sub.id });
    await agent.gql(STAGE, { id: itemId, s: 'DIAGNOSIS' });
    await agent.gql(STAGE, { id: itemId, s: 'REPLACEMENT' });
    await agent.gql(STAGE, { id: itemId, s: 'SHIPPED_BACK', c: 'InPost', t: 'PL123456789' });
    await agent.gql(CLOSE, { id: sub.id });
    expect(await audited(sub.id)).toEqual([
      ['return.submitted', null, null],
      ['return.changed', 'AUTHORIZED', 'AUTHORIZED'],
      ['return.changed', 'RECEIVED', 'RECEIVED'],
      ['return.changed', 'SERVICE_STAGE', 'RECEIVED'],
      ['return.changed', 'SERVICE_STAGE', 'APPROVED'],
      ['return.changed', 'SERVICE_STAGE', 'APPROVED'],
      ['return.changed', 'CLOSED', 'CLOSED'],
    ]);
    const seen = await a.browser.gql<{
      returnRequest: {
        items: Array<{ serviceStage: string; trackingNumber: string; carrier: string }>;
        events: Array<{ type: string; stage: string | null; trackingNumber: string | null }>;
      };
    }>(
      `query R($rma: String!) { returnRequest(rmaNumber: $rma) { items { serviceStage carrier trackingNumber } events { type stage trackingNumber } } }`,
      { rma: sub.rmaNumber },
    );
    expect(seen.data?.returnRequest.events.map((e) => [e.type, e.stage])).toEqual([
      ['SUBMITTED', null],
      ['AUTHORIZED', null],
      ['RECEIVED', 'RECEIVED'],
      ['SERVICE_STAGE', 'DIAGNOSIS'],
      ['SERVICE_STAGE', 'REPLACEMENT'],
      ['SERVICE_STAGE', 'SHIPPED_BACK'],
      ['CLOSED', null],
    ]);
    expect(seen.data?.returnRequest.events[5]?.trackingNumber).toBe('PL123456789');
    expect(seen.data?.returnRequest.items[0]).toEqual({
      serviceStage: 'SHIPPED_BACK',
      carrier: 'InPost',
      trackingNumber: 'PL123456789',
    });
    const mail = (await emailsTo(app, a.email)).filter((e) => e.subject.startsWith(sub.rmaNumber));
    expect(mail.map((e) => e.subject.slice(sub.rmaNumber.length + 2))).toEqual([
      'Złożone',
      'Zaakceptowane',
      'Przyjęty do serwisu – Product SKU-U',
      'Diagnoza – Product SKU-U',
      'Wymieniony – Product SKU-U',
      'Odesłany – Product SKU-U',
      'Zamknięte',
    ]);
    expect(mail[5]?.text).toContain('Wysłano przez InPost, numer przesyłki PL123456789.');
    expect(mail.every((e) => e.locale === 'pl')).toBe(true);
    expect(mail.at(-1)?.text).toContain(`/returns/${sub.rmaNumber}`);
  });

  it('pages the list and the staff queue by keyset cursors, newest first', async () => {
    const inv = await invoiceFor(b, [['SKU-V', 5]]);
    for (let i = 0; i < 5; i++) await submit(b.browser, [item(inv.lines[0]!, 1)]);
    type Page = {
      returnRequests: {
        edges: Array<{ node: { rmaNumber: string } }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const LIST =
      'query Q($first: Int, $after: String, $f: ReturnRequestFilter) { returnRequests(first: $first, after: $after, filter: $f) { edges { node { rmaNumber } } pageInfo { hasNextPage endCursor } } }';
    const walk = async (who: TestBrowser, f: Record<string, unknown> | null) => {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const res: { data?: Page | null; errors?: unknown } = await who.gql<Page>(LIST, {
          first: 2,
          after,
          f,
        });
        expect(res.errors).toBeUndefined();
        seen.push(...res.data!.returnRequests.edges.map((e) => e.node.rmaNumber));
        if (!res.data!.returnRequests.pageInfo.hasNextPage) return seen;
        after = res.data!.returnRequests.pageInfo.endCursor;
      }
    };
    const own = await walk(b.browser, null);
    expect(own).toHaveLength(5);
    expect(own).toEqual([...own].sort().reverse());
    expect(await walk(agent, { companyId: b.companyId })).toEqual(own);

    const forged = Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url');
    for (const after of [forged, 'not-a-cursor']) {
      const res = await b.browser.gql(LIST, { first: 2, after });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
    const foreign = await b.browser.gql(LIST, { first: 2, f: { companyId: a.companyId } });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
