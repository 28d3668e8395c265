import http from 'node:http';
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
import { startTestApp, type TestApp, type TestBrowser } from './harness';
import { ALL_MET, uploadDraftPhoto } from './return-photos';

let app: TestApp;
let a: Registered;
let agent: TestBrowser;
let tool: Record<string, string>;
let seq = 0;

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(200, 1),
]);
const PDF = Buffer.from('%PDF-1.4\n% test\n');
const code = (r: { errors?: Array<{ extensions?: { code?: string } }> }) =>
  r.errors?.[0]?.extensions?.code;

async function upload(path: string, cookie: string | null, file: Buffer, name: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), name);
  const res = await fetch(`${app.url}${path}`, {
    method: 'POST',
    body: form,
    headers: { ...(cookie ? { cookie } : {}), 'x-portal-upload': '1' },
  });
  return {
    status: res.status,
    body: (await res.json()) as { fileName?: string; error?: { code: string; reason?: string } },
  };
}

/** An imported invoice, a submitted return on it: its id, RMA and item id. */
async function newReturn(): Promise<{ id: string; rma: string; itemId: string }> {
  const number = `ERP/CL/${++seq}-${Date.now().toString(36)}`;
  const imported = await app.gql(
    'mutation I($input: ImportInvoiceInput!) { importInvoice(input: $input) { id } }',
    {
      input: {
        companyTaxId: a.taxId,
        country: 'PL',
        number,
        issuedAt: new Date().toISOString(),
        lines: [{ sku: 'CL-1', name: 'Camera', quantity: 2, unitPrice: '80.00' }],
      },
    },
    { headers: tool },
  );
  if (!imported.data) throw new Error(JSON.stringify(imported.errors));
  const inv = await a.browser.gql<{ checkInvoice: { lines: Array<{ id: string }> } }>(
    'query C($n: String!) { checkInvoice(number: $n) { lines { id } } }',
    { n: number },
  );
  const sub = await a.browser.gql<{
    submitReturnRequest: { id: string; rmaNumber: string; items: Array<{ id: string }> };
  }>(
    'mutation S($input: SubmitReturnRequestInput!) { submitReturnRequest(input: $input) { id rmaNumber items { id } } }',
    {
      input: {
        kind: 'RETURN',
        idempotencyKey: `closed-${seq}`,
        returnAddress: 'ul. Prosta 1, Warszawa',
        items: [
          {
            invoiceLineId: inv.data!.checkInvoice.lines[0]!.id,
            quantity: 1,
            reason: 'DAMAGED_IN_TRANSIT',
            conditions: ALL_MET,
            photoIds: [await uploadDraftPhoto(app, a.browser)],
          },
        ],
      },
    },
  );
  if (!sub.data) throw new Error(JSON.stringify(sub.errors));
  const r = sub.data.submitReturnRequest;
  return { id: r.id, rma: r.rmaNumber, itemId: r.items[0]!.id };
}

async function newTicket(): Promise<{ id: string; key: string }> {
  const portals = await a.browser.gql<{
    portals: Array<{ requestTypeGroups: Array<{ types: Array<{ id: string }> }> }>;
  }>('{ portals { key requestTypeGroups { types { id } } } }');
  const t = await a.browser.gql<{ createTicket: { id: string; key: string } }>(
    'mutation C($input: CreateTicketInput!) { createTicket(input: $input) { id key } }',
    {
      input: {
        portalKey: 'CUSTOMER_SERVICE',
        requestTypeId: portals.data!.portals[0]!.requestTypeGroups[0]!.types[0]!.id,
        subject: 'Broken parcel',
        description: 'See the file',
      },
    },
  );
  if (!t.data) throw new Error(JSON.stringify(t.errors));
  return t.data.createTicket;
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
  a = await registerCompany(app);
  await confirmTaxId(app, a.companyId);
  await app.db.dataSource.query('UPDATE company SET contracted = true WHERE id = $1', [
    a.companyId,
  ]);
});

afterAll(() => app?.close());

describe('closed means closed', () => {
  const COMMENT_TICKET =
    'mutation C($id: ID!) { commentOnTicket(ticketId: $id, body: "still there?") { status } }';

  it('a canceled or closed request refuses comments, replies and files (GraphQL and REST)', async () => {
    const canceled = await newTicket();
    await a.browser.gql('mutation X($id: ID!) { cancelTicket(ticketId: $id) { status } }', {
      id: canceled.id,
    });
    const closed = await newTicket();
    await app.db.dataSource.query(
      `UPDATE ticket SET status = 'CLOSED', "closedAt" = now() WHERE id = $1`,
      [closed.id],
    );
    for (const t of [canceled, closed]) {
      expect(code(await a.browser.gql(COMMENT_TICKET, { id: t.id }))).toBe('TICKET_CLOSED');
      expect(
        code(
          await agent.gql(
            'mutation R($id: ID!) { replyToTicket(ticketId: $id, body: "x") { status } }',
            { id: t.id },
          ),
        ),
      ).toBe('TICKET_CLOSED');
      const file = await upload(`/requests/${t.key}/attachments`, a.browser.cookie, PDF, 'a.pdf');
      expect(file.status).toBe(409);
      expect(file.body.error?.code).toBe('TICKET_CLOSED');
      const byAgent = await upload(`/requests/${t.key}/attachments`, agent.cookie, PDF, 'a.pdf');
      expect(byAgent.body.error?.code).toBe('TICKET_CLOSED');
    }
    const [{ n }] = await app.db.dataSource.query(
      `SELECT count(*)::int AS n FROM attachment WHERE "ownerId" = ANY($1)`,
      [[canceled.id, closed.id]],
    );
    expect(n).toBe(0);
  });

  it('a closed return refuses comments, photos and steps; an open one takes them', async () => {
    const open = await newReturn();
    const ok = await upload(
      `/returns/${open.rma}/items/${open.itemId}/photos`,
      a.browser.cookie,
      PNG,
      'x.png',
    );
    expect(ok.status).toBe(201);
    const r = await newReturn();
    const denied = await agent.gql<{ denyReturnRequest: { status: string } }>(
      'mutation D($id: ID!) { denyReturnRequest(id: $id, note: "Too late") { status } }',
      { id: r.id },
    );
    expect(denied.errors).toBeUndefined();
    const closed = await agent.gql<{ closeReturnRequest: { status: string } }>(
      'mutation C($id: ID!) { closeReturnRequest(id: $id) { status } }',
      { id: r.id },
    );
    expect(closed.data?.closeReturnRequest.status).toBe('CLOSED');
    const COMMENT =
      'mutation C($input: ReturnCommentInput!) { commentOnReturn(input: $input) { id } }';
    const input = { returnRequestId: r.id, body: 'Where is my refund?' };
    expect(code(await a.browser.gql(COMMENT, { input }))).toBe('RETURN_CLOSED');
    expect(code(await agent.gql(COMMENT, { input }))).toBe('RETURN_CLOSED');
    const photo = await upload(
      `/returns/${r.rma}/items/${r.itemId}/photos`,
      a.browser.cookie,
      PNG,
      'x.png',
    );
    expect(photo.status).toBe(409);
    expect(photo.body.error?.code).toBe('RETURN_CLOSED');
    expect(
      code(
        await agent.gql('mutation C($id: ID!) { closeReturnRequest(id: $id) { status } }', {
          id: r.id,
        }),
      ),
    ).toBe('RETURN_CLOSED');
  });
});

describe('uploads', () => {
  it('refuses an anonymous 10 MB upload with 401 before the body is sent', async () => {
    const url = new URL(`${app.url}/requests/CS-1/attachments`);
    const total = 10 * 1024 * 1024;
    const boundary = 'xxBOUNDARYxx';
    const started = Date.now();
    const result = await new Promise<{ status: number; sentWhenAnswered: number }>(
      (resolve, reject) => {
        let sent = 0;
        const req = http.request({
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: {
            'x-portal-upload': '1',
            'content-type': `multipart/form-data; boundary=${boundary}`,
            'content-length': String(total),
          },
        });
        req.on('response', (res) => {
          resolve({ status: res.statusCode ?? 0, sentWhenAnswered: sent });
          res.resume();
          req.destroy();
        });
        req.on('error', (err) => reject(err));
        const chunk = Buffer.alloc(64 * 1024, 0x61);
        req.write(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.png"\r\n\r\n`,
        );
        // Send slowly: a server that read the body first would answer only after all of it.
        const timer = setInterval(() => {
          if (req.destroyed || sent >= total - chunk.length) return clearInterval(timer);
          sent += chunk.length;
          req.write(chunk);
        }, 5);
      },
    );
    expect(result.status).toBe(401);
    expect(result.sentWhenAnswered).toBeLessThan(total / 2);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('keeps a UTF-8 file name ("évé.pdf")', async () => {
    const t = await newTicket();
    const res = await upload(`/requests/${t.key}/attachments`, a.browser.cookie, PDF, 'évé.pdf');
    expect(res.status).toBe(201);
    expect(res.body.fileName).toBe('évé.pdf');
    const listed = await a.browser.gql<{ ticket: { attachments: Array<{ fileName: string }> } }>(
      'query T($k: String!) { ticket(key: $k) { attachments { fileName } } }',
      { k: t.key },
    );
    expect(listed.data?.ticket.attachments.map((f) => f.fileName)).toEqual(['évé.pdf']);
  });
});
