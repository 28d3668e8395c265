import { createApiToken } from '../src/modules/accounts/auth/api-token.service';
import { Product } from '../src/modules/shop/catalog/product.entity';
import {
  activate,
  confirmTaxId,
  invite,
  newEmail,
  registerCompany,
  type Registered,
} from './accounts-helpers';
import { startTestApp, type TestApp } from './harness';
import { DAMAGED, uploadDraftPhoto } from './return-photos';
import { requireRealPostgres } from './real-postgres';

requireRealPostgres();

let app: TestApp;
let a: Registered;
let tool: Record<string, string>;

const ADD = `mutation A($id: ID!, $q: Int!) { addToBasket(productId: $id, quantity: $q) { lines { quantity product { sku } } } }`;
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(200, 1),
]);
const codes = (rs: Array<{ errors?: Array<{ extensions?: { code?: string } }> }>) =>
  rs.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK');

async function productId(sku: string): Promise<string> {
  return (await app.db.dataSource.getRepository(Product).findOneByOrFail({ sku })).id;
}

async function quantityOf(sku: string): Promise<number> {
  const basket = await a.browser.gql<{
    basket: { lines: Array<{ quantity: number; product: { sku: string } }> };
  }>('{ basket { lines { quantity product { sku } } } }');
  return basket.data!.basket.lines.find((l) => l.product.sku === sku)?.quantity ?? 0;
}

const invoiceInput = (number: string) => ({
  companyTaxId: a.taxId,
  country: 'PL',
  number,
  issuedAt: '2026-11-02T10:00:00Z',
  lines: [{ sku: 'RACE-1', name: 'Relay', quantity: 2, unitPrice: '10.00' }],
});
const IMPORT = `mutation I($input: ImportInvoiceInput!) { importInvoice(input: $input) { id number total match lines { lineNo sku quantity } } }`;

beforeAll(async () => {
  app = await startTestApp();
  tool = {
    authorization: `Bearer ${(await app.db.dataSource.transaction((tx) => createApiToken(tx, 'ERP'))).token}`,
  };
  const res = await app.gql(
    'mutation U($input: UpsertProductsInput!) { upsertProducts(input: $input) { created } }',
    {
      input: {
        products: ['RACE-1', 'RACE-2'].map((sku) => ({
          sku,
          name: sku,
          price: '10.00',
          currency: 'EUR',
          stock: 1000,
          active: true,
        })),
      },
    },
    { headers: tool },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  a = await registerCompany(app);
  await confirmTaxId(app, a.companyId);
});

afterAll(() => app?.close());

describe('races end in a domain answer (real PostgreSQL)', () => {
  it('ten parallel addToBasket(+1) on a new line add 10, without an error', async () => {
    const id = await productId('RACE-1');
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => a.browser.gql(ADD, { id, q: 1 })),
    );
    expect(codes(answers)).toEqual(Array(10).fill('OK'));
    expect(await quantityOf('RACE-1')).toBe(10);
  });

  it('ten parallel addToBasket(+1) on an existing line add 10 (1 -> 11)', async () => {
    const id = await productId('RACE-2');
    await a.browser.gql(ADD, { id, q: 1 });
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => a.browser.gql(ADD, { id, q: 1 })),
    );
    expect(codes(answers)).toEqual(Array(10).fill('OK'));
    expect(await quantityOf('RACE-2')).toBe(11);
  });

  it('six parallel identical imports store one invoice and give six identical answers', async () => {
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        app.gql(IMPORT, { input: invoiceInput('ERP/RACE/1') }, { headers: tool }),
      ),
    );
    expect(codes(answers)).toEqual(Array(6).fill('OK'));
    const bodies = answers.map((r) => JSON.stringify(r.data));
    expect(new Set(bodies).size).toBe(1);
    const [{ n, lines }] = await app.db.dataSource.query(
      `SELECT count(DISTINCT i.id)::int AS n, count(l.id)::int AS lines FROM invoice i JOIN invoice_line l ON l."invoiceId" = i.id WHERE i.number = 'ERP/RACE/1'`,
    );
    expect({ n, lines }).toEqual({ n: 1, lines: 1 });
  });

  it('twelve parallel photos to an item with 1 of 10: exactly 9 more stored, 3 refused', async () => {
    const number = 'ERP/RACE/PHOTO';
    await app.gql(IMPORT, { input: invoiceInput(number) }, { headers: tool });
    const inv = await a.browser.gql<{ checkInvoice: { lines: Array<{ id: string }> } }>(
      'query C($n: String!) { checkInvoice(number: $n) { lines { id } } }',
      { n: number },
    );
    const sub = await a.browser.gql<{
      submitReturnRequest: { rmaNumber: string; items: Array<{ id: string }> };
    }>(
      'mutation S($input: SubmitReturnRequestInput!) { submitReturnRequest(input: $input) { rmaNumber items { id } } }',
      {
        input: {
          kind: 'RETURN',
          idempotencyKey: 'race-photos',
          returnAddress: 'ul. Prosta 1, Warszawa',
          items: [
            {
              invoiceLineId: inv.data!.checkInvoice.lines[0]!.id,
              quantity: 1,
              reason: 'DAMAGED_IN_TRANSIT',
              // The wizard's photo of the damage: the item starts with 1 of its 10.
              photoIds: [await uploadDraftPhoto(app, a.browser)],
              conditions: DAMAGED,
            },
          ],
        },
      },
    );
    const { rmaNumber, items } = sub.data!.submitReturnRequest;
    const send = async () => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(PNG)]), 'photo.png');
      const res = await fetch(`${app.url}/returns/${rmaNumber}/items/${items[0]!.id}/photos`, {
        method: 'POST',
        body: form,
        headers: { cookie: a.browser.cookie!, 'x-portal-upload': '1' },
      });
      const body = (await res.json()) as { error?: { code: string; reason?: string } };
      return `${res.status}${body.error ? ` ${body.error.code} ${body.error.reason}` : ''}`;
    };
    const answers = await Promise.all(Array.from({ length: 12 }, send));
    expect(answers.filter((s) => s === '201')).toHaveLength(9);
    expect(answers.filter((s) => s === '400 BAD_USER_INPUT COUNT')).toHaveLength(3);
    const [{ n }] = await app.db.dataSource.query(
      `SELECT count(*)::int AS n FROM attachment WHERE "ownerId" = $1`,
      [items[0]!.id],
    );
    expect(n).toBe(10);
  });

  it('two administrators demoting each other at once: domain answers, one admin left', async () => {
    const second = await registerCompany(app);
    const email = newEmail('admin2');
    const otherId = await invite(second.browser, email, 'ADMIN');
    const other = await activate(app, email);
    const ROLE =
      'mutation R($id: ID!) { changeRepresentativeRole(id: $id, role: MEMBER) { id role } }';
    for (let round = 0; round < 5; round++) {
      await app.db.dataSource.query(`UPDATE representative SET role = 'ADMIN' WHERE id = ANY($1)`, [
        [second.representativeId, otherId],
      ]);
      const answers = await Promise.all([
        second.browser.gql(ROLE, { id: otherId }),
        other.gql(ROLE, { id: second.representativeId }),
      ]);
      const got = codes(answers);
      expect(got.filter((c) => c === 'OK')).toHaveLength(1);
      expect(['LAST_ADMINISTRATOR', 'FORBIDDEN', 'CONFLICT']).toContain(
        got.find((c) => c !== 'OK'),
      );
      for (const r of answers)
        for (const e of r.errors ?? []) expect(e.message).not.toMatch(/deadlock|serializ/i);
      const [{ admins }] = await app.db.dataSource.query(
        `SELECT count(*)::int AS admins FROM representative WHERE "companyId" = $1 AND role = 'ADMIN'`,
        [second.companyId],
      );
      expect(admins).toBe(1);
    }
  });
});
