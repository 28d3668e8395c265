import { createAgent } from '../src/modules/accounts/agent/agent.service';
import { createApiToken } from '../src/modules/accounts/auth/api-token.service';
import {
  newEmail,
  PASSWORD,
  registerCompany,
  signIn,
  type Registered,
  confirmTaxId,
} from './accounts-helpers';
import { startTestApp, type TestApp, type TestBrowser } from './harness';
import { DAMAGED, uploadDraftPhoto } from './return-photos';

let app: TestApp;
let a: Registered;
let b: Registered;
let agent: TestBrowser;
let rma: string;
let itemId: string;
let ticketKey: string;

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(200, 1),
]);
const PDF = Buffer.from('%PDF-1.4\n% test\n');

async function upload(
  path: string,
  cookie: string | null,
  file: Buffer,
  name = 'photo.png',
  headers: Record<string, string> = { 'x-portal-upload': '1' },
) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), name);
  const res = await fetch(`${app.url}${path}`, {
    method: 'POST',
    body: form,
    headers: { ...(cookie ? { cookie } : {}), ...headers },
  });
  return {
    status: res.status,
    body: (await res.json()) as {
      id?: string;
      url?: string;
      error?: { code: string; reason?: string };
    },
  };
}

beforeAll(async () => {
  app = await startTestApp();
  a = await registerCompany(app);
  b = await registerCompany(app);
  await confirmTaxId(app, a.companyId);
  await app.db.dataSource.query('UPDATE company SET contracted = true WHERE id = $1', [
    a.companyId,
  ]);
  const agentEmail = newEmail('agent');
  await app.db.dataSource.transaction((tx) =>
    createAgent(tx, { email: agentEmail, name: 'Agent', password: PASSWORD }),
  );
  agent = await signIn(app, agentEmail);
  const { token } = await app.db.dataSource.transaction((tx) => createApiToken(tx, 'ERP'));
  await app.gql(
    'mutation I($input: ImportInvoiceInput!) { importInvoice(input: $input) { id } }',
    {
      input: {
        companyTaxId: a.taxId,
        country: 'PL',
        number: 'ERP/ATT/1',
        issuedAt: new Date().toISOString(),
        lines: [{ sku: 'CAM-1', name: 'Camera', quantity: 2, unitPrice: '80.00' }],
      },
    },
    { headers: { authorization: `Bearer ${token}` } },
  );
  const inv = await a.browser.gql<{ checkInvoice: { lines: Array<{ id: string }> } }>(
    '{ checkInvoice(number: "ERP/ATT/1") { lines { id } } }',
  );
  const sub = await a.browser.gql<{
    submitReturnRequest: { rmaNumber: string; items: Array<{ id: string }> };
  }>(
    'mutation S($input: SubmitReturnRequestInput!) { submitReturnRequest(input: $input) { rmaNumber items { id } } }',
    {
      input: {
        kind: 'RETURN',
        idempotencyKey: 'attach-test-1',
        returnAddress: 'ul. Prosta 1, Warszawa',
        items: [
          {
            invoiceLineId: inv.data!.checkInvoice.lines[0]!.id,
            quantity: 1,
            reason: 'DAMAGED_IN_TRANSIT',
            conditions: DAMAGED,
            // A damaged product goes with a photo taken in the wizard.
            photoIds: [await uploadDraftPhoto(app, a.browser, 'parcel.png')],
          },
        ],
      },
    },
  );
  rma = sub.data!.submitReturnRequest.rmaNumber;
  itemId = sub.data!.submitReturnRequest.items[0]!.id;
  const portals = await a.browser.gql<{
    portals: Array<{ key: string; requestTypeGroups: Array<{ types: Array<{ id: string }> }> }>;
  }>('{ portals { key requestTypeGroups { types { id } } } }');
  const typeId = portals.data!.portals[0]!.requestTypeGroups[0]!.types[0]!.id;
  const t = await a.browser.gql<{ createTicket: { key: string } }>(
    'mutation C($input: CreateTicketInput!) { createTicket(input: $input) { key } }',
    {
      input: {
        portalKey: 'CUSTOMER_SERVICE',
        requestTypeId: typeId,
        subject: 'Crushed parcel',
        description: 'See photo',
      },
    },
  );
  ticketKey = t.data!.createTicket.key;
});
afterAll(() => app?.close());

describe('photos of returned items', () => {
  it('stores a photo for the owner and lists it on the item', async () => {
    const res = await upload(
      `/returns/${rma}/items/${itemId}/photos`,
      a.browser.cookie,
      PNG,
      'dent.png',
    );
    expect(res.status).toBe(201);
    const seen = await a.browser.gql<{
      returnRequest: {
        items: Array<{ photos: Array<{ fileName: string; contentType: string; url: string }> }>;
      };
    }>(
      'query R($rma: String!) { returnRequest(rmaNumber: $rma) { items { photos { fileName contentType size url } } } }',
      { rma },
    );
    expect(seen.data?.returnRequest.items[0]?.photos).toEqual([
      expect.objectContaining({ fileName: 'parcel.png', contentType: 'image/png' }),
      expect.objectContaining({ fileName: 'dent.png', contentType: 'image/png' }),
    ]);
    const file = await fetch(`${app.url}${res.body.url}`, {
      headers: { cookie: a.browser.cookie! },
    });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await file.arrayBuffer()).equals(PNG)).toBe(true);
    expect(
      (await fetch(`${app.url}${res.body.url}`, { headers: { cookie: agent.cookie! } })).status,
    ).toBe(200);
    expect(
      (await fetch(`${app.url}${res.body.url}`, { headers: { cookie: b.browser.cookie! } })).status,
    ).toBe(404);
    expect((await fetch(`${app.url}${res.body.url}`)).status).toBe(401);
  });

  it('refuses other file types whatever their name, and cross-site form posts', async () => {
    const fake = await upload(
      `/returns/${rma}/items/${itemId}/photos`,
      a.browser.cookie,
      Buffer.from('MZ not an image'),
      'photo.png',
    );
    expect(fake.status).toBe(400);
    expect(fake.body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TYPE' });
    const pdf = await upload(
      `/returns/${rma}/items/${itemId}/photos`,
      a.browser.cookie,
      PDF,
      'doc.pdf',
    );
    expect(pdf.body.error?.reason).toBe('TYPE');
    const noHeader = await upload(
      `/returns/${rma}/items/${itemId}/photos`,
      a.browser.cookie,
      PNG,
      'x.png',
      {},
    );
    expect(noHeader.status).toBe(400);
    const big = await upload(
      `/returns/${rma}/items/${itemId}/photos`,
      a.browser.cookie,
      Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]),
    );
    expect(big.body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SIZE' });
  });

  it('gives another company NOT_FOUND', async () => {
    const res = await upload(`/returns/${rma}/items/${itemId}/photos`, b.browser.cookie, PNG);
    expect(res.status).toBe(404);
    expect(res.body.error?.code).toBe('NOT_FOUND');
  });
});

describe('files of support requests', () => {
  it('accepts images and PDFs from the company and staff; others get NOT_FOUND', async () => {
    expect(
      (
        await upload(
          `/requests/${ticketKey}/attachments`,
          a.browser.cookie,
          PDF,
          'delivery-note.pdf',
        )
      ).status,
    ).toBe(201);
    expect(
      (await upload(`/requests/${ticketKey}/attachments`, agent.cookie, PNG, 'answer.png')).status,
    ).toBe(201);
    expect((await upload(`/requests/${ticketKey}/attachments`, b.browser.cookie, PDF)).status).toBe(
      404,
    );
    const seen = await a.browser.gql<{ ticket: { attachments: Array<{ fileName: string }> } }>(
      'query T($k: String!) { ticket(key: $k) { attachments { fileName } } }',
      { k: ticketKey },
    );
    expect(seen.data?.ticket.attachments.map((x) => x.fileName)).toEqual([
      'delivery-note.pdf',
      'answer.png',
    ]);
  });
});
