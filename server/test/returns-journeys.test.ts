import { createAgent } from '../src/modules/accounts/agent/agent.service';
import { createApiToken } from '../src/modules/accounts/auth/api-token.service';
import {
  confirmTaxId,
  emailsTo,
  newEmail,
  PASSWORD,
  registerCompany,
  signIn,
  type Registered,
} from './accounts-helpers';
import { startTestApp, type GqlResponse, type TestApp, type TestBrowser } from './harness';
import { ALL_MET, PNG } from './return-photos';

/**
 * The journeys of issue 12 items 4-6: service requests of their own with workshop stages,
 * cancelling, item-by-item authorization, refund amounts and credit notes, photos from the
 * wizard, and staff seeing (and finding) the customer company.
 */
let app: TestApp;
let tool: Record<string, string>;
let agent: TestBrowser;
let en: Registered;
let uk: Registered;
let other: Registered;

const SHIP_BACK = 'Acme Sp. z o.o., ul. Długa 5, 00-001 Warszawa';
const PDF = Buffer.from('%PDF-1.4\n% warranty card\n');

const SUBMIT = `mutation S($input: SubmitReturnRequestInput!) { submitReturnRequest(input: $input) { id rmaNumber status items { id sku status reason } } }`;
const DETAIL = `query R($rma: String!) { returnRequest(rmaNumber: $rma) { id status creditNoteNumber items { id status decisionNote creditAmount currency resolution serviceStage carrier trackingNumber purchaseDate accessories photos { fileName } warrantyProof { fileName contentType } } events { type stage sku note } } }`;
const STAGE = `mutation M($id: ID!, $s: ServiceStage!, $c: String, $t: String) { advanceServiceStage(itemId: $id, stage: $s, carrier: $c, trackingNumber: $t) { status } }`;
const AUTHORIZE = 'mutation M($id: ID!) { authorizeReturnRequest(id: $id) { status } }';
const RECEIVE = 'mutation M($id: ID!) { receiveReturnRequest(id: $id) { status } }';
const CANCEL = 'mutation M($id: ID!) { cancelReturnRequest(id: $id) { status } }';
const AUTH_ITEM = 'mutation M($id: ID!) { authorizeReturnItem(itemId: $id) { status } }';
const DENY_ITEM =
  'mutation M($id: ID!, $note: String!) { denyReturnItem(itemId: $id, note: $note) { status } }';

type Submitted = { id: string; rmaNumber: string; items: Array<{ id: string; reason: string }> };
type Line = { id: string; sku: string };
const code = (r: GqlResponse<unknown>) => r.errors?.[0]?.extensions?.code;

let seq = 0;
async function invoiceFor(company: Registered, skus: string[]): Promise<Line[]> {
  const number = `ERP/J/${++seq}-${Date.now().toString(36)}`;
  const res = await app.gql(
    'mutation I($input: ImportInvoiceInput!) { importInvoice(input: $input) { id } }',
    {
      input: {
        companyTaxId: company.taxId,
        country: 'PL',
        number,
        issuedAt: new Date().toISOString(),
        lines: skus.map((sku) => ({ sku, name: `Router ${sku}`, quantity: 3, unitPrice: '25.00' })),
      },
    },
    { headers: tool },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  const checked = await company.browser.gql<{ checkInvoice: { lines: Line[] } }>(
    'query C($n: String!) { checkInvoice(number: $n) { lines { id sku } } }',
    { n: number },
  );
  return checked.data!.checkInvoice.lines;
}

function submit(who: TestBrowser, kind: string, items: unknown[], extra = {}) {
  return who.gql<{ submitReturnRequest: Submitted }>(SUBMIT, {
    input: { kind, idempotencyKey: `journey-${++seq}-${Date.now()}`, items, ...extra },
  });
}
const returned = (line: Line, reason = 'WRONG_ITEM', extra = {}) => ({
  invoiceLineId: line.id,
  quantity: 1,
  reason,
  conditions: ALL_MET,
  ...extra,
});
const repair = (line: Line, extra: Record<string, unknown> = {}) => ({
  invoiceLineId: line.id,
  quantity: 1,
  faultDescription: 'Reboots every few minutes',
  serialNumber: 'SN-77',
  purchaseDate: '2026-02-01',
  accessories: 'Power supply',
  ...extra,
});

async function uploadDraft(who: TestBrowser, file: Buffer, name: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), name);
  const res = await fetch(`${app.url}/returns/drafts/files`, {
    method: 'POST',
    body: form,
    headers: { ...(who.cookie ? { cookie: who.cookie } : {}), 'x-portal-upload': '1' },
  });
  return { status: res.status, body: (await res.json()) as { id?: string } };
}

async function detail(who: TestBrowser, rma: string) {
  const res = await who.gql<{
    returnRequest: {
      status: string;
      creditNoteNumber: string | null;
      items: Array<Record<string, unknown>>;
      events: Array<{ type: string; stage: string | null; sku: string | null; note: string }>;
    };
  }>(DETAIL, { rma });
  return res.data!.returnRequest;
}

beforeAll(async () => {
  app = await startTestApp();
  tool = {
    authorization: `Bearer ${(await app.db.dataSource.transaction((tx) => createApiToken(tx, 'ERP'))).token}`,
  };
  const agentEmail = newEmail('agent');
  await app.db.dataSource.transaction((tx) =>
    createAgent(tx, { email: agentEmail, name: 'Wanda Workshop', password: PASSWORD }),
  );
  agent = await signIn(app, agentEmail);
  en = await registerCompany(app, { locale: 'en', companyName: 'Zephyr Networks Ltd' });
  uk = await registerCompany(app, { locale: 'uk', companyName: 'Kyiv Routers TOV' });
  other = await registerCompany(app, { companyName: 'Other Trading Kft' });
  for (const c of [en, uk, other]) await confirmTaxId(app, c.companyId);
  await app.db.dataSource.query('UPDATE company SET contracted = true WHERE id = $1', [
    en.companyId,
  ]);
});
afterAll(() => app?.close());

describe('service requests of their own', () => {
  it('asks no reason or conditions, but a fault and a purchase date or warranty proof', async () => {
    const [line] = await invoiceFor(en, ['SR-1']);
    const bare = await submit(en.browser, 'SERVICE', [repair(line!, { purchaseDate: null })], {
      returnAddress: SHIP_BACK,
    });
    expect(bare.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'WARRANTY_EVIDENCE',
    });
    const future = await submit(
      en.browser,
      'SERVICE',
      [repair(line!, { purchaseDate: '2999-01-01' })],
      { returnAddress: SHIP_BACK },
    );
    expect(code(future)).toBe('BAD_USER_INPUT');
    const proof = await uploadDraft(en.browser, PDF, 'warranty.pdf');
    expect(proof.status).toBe(201);
    const ok = await submit(
      en.browser,
      'SERVICE',
      [repair(line!, { purchaseDate: null, warrantyProofId: proof.body.id })],
      { returnAddress: SHIP_BACK },
    );
    expect(ok.errors).toBeUndefined();
    const seen = await detail(en.browser, ok.data!.submitReturnRequest.rmaNumber);
    expect(seen.items[0]).toMatchObject({
      accessories: 'Power supply',
      purchaseDate: null,
      warrantyProof: [{ fileName: 'warranty.pdf', contentType: 'application/pdf' }],
    });
    expect(ok.data!.submitReturnRequest.items[0]!.reason).toBe('WARRANTY_REPAIR');
  });

  it('goes through the workshop in order, one e-mail per stage naming stage and product', async () => {
    for (const [company, expected] of [
      [
        en,
        [
          'Submitted',
          'Authorized',
          'Received in the workshop – Router SR-2',
          'Diagnosis – Router SR-2',
          'Repaired – Router SR-2',
          'Shipped back – Router SR-2',
        ],
      ],
      [
        uk,
        [
          'Подано',
          'Погоджено',
          'Отримано сервісом – Router SR-2',
          'Діагностика – Router SR-2',
          'Відремонтовано – Router SR-2',
          'Відправлено назад – Router SR-2',
        ],
      ],
    ] as const) {
      const [line] = await invoiceFor(company, ['SR-2']);
      const sub = (
        await submit(company.browser, 'SERVICE', [repair(line!)], { returnAddress: SHIP_BACK })
      ).data!.submitReturnRequest;
      const itemId = sub.items[0]!.id;
      await agent.gql(AUTHORIZE, { id: sub.id });
      expect(code(await agent.gql(STAGE, { id: itemId, s: 'DIAGNOSIS' }))).toBe(
        'ILLEGAL_TRANSITION',
      );
      await agent.gql(RECEIVE, { id: sub.id });
      const early = await agent.gql(STAGE, { id: itemId, s: 'SHIPPED_BACK', c: 'DHL', t: 'X1' });
      expect(code(early)).toBe('ILLEGAL_TRANSITION');
      expect((await agent.gql(STAGE, { id: itemId, s: 'DIAGNOSIS' })).errors).toBeUndefined();
      expect(code(await agent.gql(STAGE, { id: itemId, s: 'DIAGNOSIS' }))).toBe(
        'ILLEGAL_TRANSITION',
      );
      await agent.gql(STAGE, { id: itemId, s: 'REPAIR' });
      expect(code(await agent.gql(STAGE, { id: itemId, s: 'SHIPPED_BACK' }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(code(await company.browser.gql(STAGE, { id: itemId, s: 'SHIPPED_BACK' }))).toBe(
        'FORBIDDEN',
      );
      await agent.gql(STAGE, { id: itemId, s: 'SHIPPED_BACK', c: 'DPD', t: '0987654321' });
      const seen = await detail(company.browser, sub.rmaNumber);
      expect(seen.items[0]).toMatchObject({
        status: 'APPROVED',
        resolution: 'REPAIR',
        serviceStage: 'SHIPPED_BACK',
        carrier: 'DPD',
        trackingNumber: '0987654321',
      });
      const mail = (await emailsTo(app, company.email)).filter((e) =>
        e.subject.startsWith(sub.rmaNumber),
      );
      expect(mail.map((e) => e.subject.slice(sub.rmaNumber.length + 2))).toEqual(expected);
      expect(mail.at(-1)?.text).toContain('0987654321');
    }
  });
});

describe('cancelling until authorized', () => {
  it('cancels a waiting return, gives the quantity back, and is final', async () => {
    const [line] = await invoiceFor(en, ['CN-1']);
    const sub = (await submit(en.browser, 'RETURN', [returned(line!)])).data!.submitReturnRequest;
    expect(code(await other.browser.gql(CANCEL, { id: sub.id }))).toBe('NOT_FOUND');
    expect(code(await agent.gql(CANCEL, { id: sub.id }))).toBe('FORBIDDEN');
    expect(code(await en.browser.gql(CANCEL, { id: 'not-a-uuid' }))).toBe('NOT_FOUND');
    const res = await en.browser.gql<{ cancelReturnRequest: { status: string } }>(CANCEL, {
      id: sub.id,
    });
    expect(res.data?.cancelReturnRequest.status).toBe('CANCELED');
    expect(code(await en.browser.gql(CANCEL, { id: sub.id }))).toBe('RETURN_CLOSED');
    expect(code(await agent.gql(AUTHORIZE, { id: sub.id }))).toBe('RETURN_CLOSED');
    const seen = await detail(en.browser, sub.rmaNumber);
    expect(seen.items[0]?.status).toBe('CANCELED');
    expect(seen.events.map((e) => e.type)).toEqual(['SUBMITTED', 'CANCELED']);
    // The quantity is free again: the same unit can go into a new return.
    const again = await submit(en.browser, 'RETURN', [
      returned(line!, 'WRONG_ITEM', { quantity: 3 }),
    ]);
    expect(again.errors).toBeUndefined();
  });

  it('refuses to cancel once an item is authorized, with RETURN_ALREADY_AUTHORIZED', async () => {
    const lines = await invoiceFor(en, ['CN-2', 'CN-3']);
    const sub = (
      await submit(
        en.browser,
        'RETURN',
        lines.map((l) => returned(l)),
      )
    ).data!.submitReturnRequest;
    await agent.gql(AUTH_ITEM, { id: sub.items[0]!.id });
    const res = await en.browser.gql(CANCEL, { id: sub.id });
    expect(code(res)).toBe('RETURN_ALREADY_AUTHORIZED');
    expect((await detail(en.browser, sub.rmaNumber)).status).toBe('PARTIALLY_AUTHORIZED');
  });
});

describe('item-by-item authorization', () => {
  it('authorizes one item and denies another with a reason the customer sees; staff only', async () => {
    const lines = await invoiceFor(en, ['IT-1', 'IT-2']);
    const sub = (
      await submit(
        en.browser,
        'RETURN',
        lines.map((l) => returned(l)),
      )
    ).data!.submitReturnRequest;
    const [first, second] = sub.items;
    expect(code(await en.browser.gql(AUTH_ITEM, { id: first!.id }))).toBe('FORBIDDEN');
    expect(code(await other.browser.gql(AUTH_ITEM, { id: first!.id }))).toBe('FORBIDDEN');
    expect(code(await agent.gql(AUTH_ITEM, { id: '00000000-0000-4000-8000-000000000000' }))).toBe(
      'NOT_FOUND',
    );
    expect(code(await agent.gql(DENY_ITEM, { id: second!.id, note: '  ' }))).toBe('BAD_USER_INPUT');
    await agent.gql(AUTH_ITEM, { id: first!.id });
    expect(code(await agent.gql(AUTH_ITEM, { id: first!.id }))).toBe('ILLEGAL_TRANSITION');
    const denied = await agent.gql<{ denyReturnItem: { status: string } }>(DENY_ITEM, {
      id: second!.id,
      note: 'Bought more than 30 days ago',
    });
    expect(denied.data?.denyReturnItem.status).toBe('PARTIALLY_AUTHORIZED');
    const seen = await detail(en.browser, sub.rmaNumber);
    expect(seen.items.map((i) => [i.status, i.decisionNote])).toEqual([
      ['AUTHORIZED', null],
      ['DENIED', 'Bought more than 30 days ago'],
    ]);
    expect(seen.events.slice(1).map((e) => [e.type, e.sku])).toEqual([
      ['ITEM_AUTHORIZED', 'IT-1'],
      ['ITEM_DENIED', 'IT-2'],
    ]);
    const mail = (await emailsTo(app, en.email)).filter((e) => e.subject.startsWith(sub.rmaNumber));
    expect(mail.at(-1)?.subject).toBe(`${sub.rmaNumber}: Denied – Router IT-2`);
    expect(mail.at(-1)?.text).toContain('Bought more than 30 days ago');
  });
});

describe('refund amounts and credit notes', () => {
  const DECIDE =
    'mutation M($id: ID!, $amount: String) { decideReturnItem(itemId: $id, decision: APPROVED, resolution: REFUND, amount: $amount) { status } }';
  const CREDIT =
    'mutation M($rma: String!, $n: String!) { recordCreditNote(rmaNumber: $rma, creditNoteNumber: $n) { creditNoteNumber } }';

  it('shows the refund of an approved item and the ERP credit-note number', async () => {
    const lines = await invoiceFor(en, ['RF-1', 'RF-2']);
    const sub = (
      await submit(
        en.browser,
        'RETURN',
        lines.map((l) => returned(l)),
      )
    ).data!.submitReturnRequest;
    expect(code(await app.gql(CREDIT, { rma: sub.rmaNumber, n: 'KOR/1' }, { headers: tool }))).toBe(
      'ILLEGAL_TRANSITION',
    );
    await agent.gql(AUTHORIZE, { id: sub.id });
    await agent.gql(RECEIVE, { id: sub.id });
    expect(code(await agent.gql(DECIDE, { id: sub.items[0]!.id, amount: '25.01' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await agent.gql(DECIDE, { id: sub.items[0]!.id, amount: 'lots' }))).toBe(
      'BAD_USER_INPUT',
    );
    await agent.gql(DECIDE, { id: sub.items[0]!.id });
    await agent.gql(DECIDE, { id: sub.items[1]!.id, amount: '12.50' });
    expect(code(await en.browser.gql(CREDIT, { rma: sub.rmaNumber, n: 'KOR/1' }))).toBe(
      'FORBIDDEN',
    );
    expect(code(await app.gql(CREDIT, { rma: 'RMA-2000-000001', n: 'K' }, { headers: tool }))).toBe(
      'NOT_FOUND',
    );
    const credited = await app.gql<{ recordCreditNote: { creditNoteNumber: string } }>(
      CREDIT,
      { rma: sub.rmaNumber, n: 'KOR/2026/0007' },
      { headers: tool },
    );
    expect(credited.data?.recordCreditNote.creditNoteNumber).toBe('KOR/2026/0007');
    const seen = await detail(en.browser, sub.rmaNumber);
    expect(seen.items.map((i) => [i.resolution, i.creditAmount, i.currency])).toEqual([
      ['REFUND', '25.00', 'EUR'],
      ['REFUND', '12.50', 'EUR'],
    ]);
    expect(seen.creditNoteNumber).toBe('KOR/2026/0007');
    const mail = (await emailsTo(app, en.email)).filter((e) => e.subject.startsWith(sub.rmaNumber));
    expect(mail.map((e) => e.subject.slice(sub.rmaNumber.length + 2)).slice(-3)).toEqual([
      'Approved – Router RF-1',
      'Approved – Router RF-2',
      'Approved',
    ]);
    expect(mail.at(-1)?.text).toContain('Credit note KOR/2026/0007.');
    expect(mail.at(-2)?.text).toContain('Refund or credit: 12.50 EUR.');
  });
});

describe('photos taken in the wizard', () => {
  it('refuses a defective or damaged product without a photo (PHOTOS_REQUIRED); a wrong one needs none', async () => {
    const [line] = await invoiceFor(en, ['PH-3']);
    const none = await submit(en.browser, 'RETURN', [
      returned(line!, 'WRONG_ITEM'),
      returned(line!, 'DAMAGED_IN_TRANSIT'),
    ]);
    expect(none.errors?.[0]?.extensions).toMatchObject({
      code: 'PHOTOS_REQUIRED',
      field: 'items.1.photoIds',
      reason: 'DAMAGED_IN_TRANSIT',
    });
    expect(none.data).toBeNull();
    const empty = await submit(en.browser, 'RETURN', [
      returned(line!, 'DEFECTIVE', { photoIds: [] }),
    ]);
    expect(code(empty)).toBe('PHOTOS_REQUIRED');
    // Nothing was created by the refused attempts.
    const list = await en.browser.gql<{ returnRequests: { edges: unknown[] } }>(
      `query L($s: String) { returnRequests(filter: { search: $s }) { edges { node { id } } } }`,
      { s: 'PH-3' },
    );
    expect(list.data?.returnRequests.edges).toEqual([]);
    const wrong = await submit(en.browser, 'RETURN', [returned(line!, 'WRONG_ITEM')]);
    expect(wrong.errors).toBeUndefined();
    const photo = await uploadDraft(en.browser, PNG, 'dent.png');
    const defective = await submit(en.browser, 'RETURN', [
      returned(line!, 'DEFECTIVE', { photoIds: [photo.body.id] }),
    ]);
    expect(defective.errors).toBeUndefined();
  });

  it("moves the customer's own draft photos onto the item; nobody else's", async () => {
    const [line] = await invoiceFor(en, ['PH-1']);
    const photo = await uploadDraft(en.browser, PNG, 'broken-corner.png');
    expect(photo.status).toBe(201);
    expect((await uploadDraft(agent, PNG, 'x.png')).status).toBe(403);
    const stolen = await submit(other.browser, 'RETURN', [
      returned((await invoiceFor(other, ['PH-2']))[0]!, 'DAMAGED_IN_TRANSIT', {
        photoIds: [photo.body.id],
      }),
    ]);
    expect(code(stolen)).toBe('NOT_FOUND');
    const pdf = await uploadDraft(en.browser, PDF, 'not-a-photo.pdf');
    expect(
      code(
        await submit(en.browser, 'RETURN', [
          returned(line!, 'DEFECTIVE', { photoIds: [pdf.body.id] }),
        ]),
      ),
    ).toBe('BAD_USER_INPUT');
    const ok = await submit(en.browser, 'RETURN', [
      returned(line!, 'DAMAGED_IN_TRANSIT', { photoIds: [photo.body.id] }),
    ]);
    expect(ok.errors).toBeUndefined();
    const seen = await detail(en.browser, ok.data!.submitReturnRequest.rmaNumber);
    expect(seen.items[0]?.photos).toEqual([{ fileName: 'broken-corner.png' }]);
    // A draft is claimed once.
    const twice = await submit(en.browser, 'RETURN', [
      returned(line!, 'DAMAGED_IN_TRANSIT', { photoIds: [photo.body.id] }),
    ]);
    expect(code(twice)).toBe('NOT_FOUND');
  });
});

describe('staff see and find the customer', () => {
  const COMPANIES =
    'query Q($s: String, $first: Int, $after: String) { companies(search: $s, first: $first, after: $after) { edges { node { id name taxId contracted } } pageInfo { hasNextPage endCursor } } }';
  type Companies = {
    companies: {
      edges: Array<{ node: { id: string; name: string; taxId: string; contracted: boolean } }>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };

  it('shows the company on every return and request, for the queue rows too', async () => {
    const [line] = await invoiceFor(en, ['CO-1']);
    await submit(en.browser, 'RETURN', [returned(line!)]);
    const queue = await agent.gql<{
      returnRequests: {
        edges: Array<{ node: { company: { name: string; taxId: string; contracted: boolean } } }>;
      };
    }>(
      'query Q($f: ReturnRequestFilter) { returnRequests(first: 5, filter: $f) { edges { node { company { name taxId contracted } } } } }',
      { f: { companyId: en.companyId } },
    );
    expect(queue.data?.returnRequests.edges[0]?.node.company).toEqual({
      name: 'Zephyr Networks Ltd',
      taxId: en.taxId,
      contracted: true,
    });
    const portals = await en.browser.gql<{
      portals: Array<{ requestTypeGroups: Array<{ types: Array<{ id: string }> }> }>;
    }>('{ portals { requestTypeGroups { types { id } } } }');
    const created = await en.browser.gql<{ createTicket: { key: string } }>(
      'mutation C($input: CreateTicketInput!) { createTicket(input: $input) { key } }',
      {
        input: {
          portalKey: 'CUSTOMER_SERVICE',
          requestTypeId: portals.data!.portals[0]!.requestTypeGroups[0]!.types[0]!.id,
          subject: 'Where is my credit note?',
          description: 'RMA pending',
        },
      },
    );
    const ticket = await agent.gql<{ ticket: { company: { name: string; contracted: boolean } } }>(
      'query T($k: String!) { ticket(key: $k) { company { name taxId contracted } } }',
      { k: created.data!.createTicket.key },
    );
    expect(ticket.data?.ticket.company).toMatchObject({
      name: 'Zephyr Networks Ltd',
      contracted: true,
    });
  });

  it('finds companies by any part of the name or the start of the tax ID, paged by keyset', async () => {
    const byFragment = await agent.gql<Companies>(COMPANIES, { s: 'outers' });
    expect(byFragment.data?.companies.edges.map((e) => e.node.name)).toEqual(['Kyiv Routers TOV']);
    const byTax = await agent.gql<Companies>(COMPANIES, { s: other.taxId.slice(0, 7) });
    expect(byTax.data?.companies.edges.map((e) => e.node.id)).toContain(other.companyId);
    const literal = await agent.gql<Companies>(COMPANIES, { s: '%' });
    expect(literal.data?.companies.edges).toEqual([]);
    const first = await agent.gql<Companies>(COMPANIES, { first: 2 });
    expect(first.data?.companies.pageInfo.hasNextPage).toBe(true);
    const next = await agent.gql<Companies>(COMPANIES, {
      first: 2,
      after: first.data!.companies.pageInfo.endCursor,
    });
    const names = [...first.data!.companies.edges, ...next.data!.companies.edges].map(
      (e) => e.node.name,
    );
    expect(names).toEqual(['Kyiv Routers TOV', 'Other Trading Kft', 'Zephyr Networks Ltd']);
    expect(code(await agent.gql(COMPANIES, { after: 'garbage' }))).toBe('BAD_USER_INPUT');
  });

  it('keeps the directory from customers', async () => {
    expect(code(await en.browser.gql(COMPANIES, { s: 'Kyiv' }))).toBe('FORBIDDEN');
  });
});
