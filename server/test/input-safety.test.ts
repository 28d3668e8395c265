import { createApiToken } from '../src/modules/accounts/auth/api-token.service';
import { confirmTaxId, LOG_IN, registerCompany, type Registered } from './accounts-helpers';
import { startTestApp, type TestApp } from './harness';

/** The cases the fuzz test (fuzz.pg.test.ts) found, pinned one by one on either database. */
describe('input that PostgreSQL could not take', () => {
  let app: TestApp;
  let bearer: Record<string, string>;
  let admin: Registered;
  const local = `${'a'.repeat(56)}${Date.now().toString(36).slice(-8)}`;
  const longEmail = `${local}@${'d'.repeat(63)}.${'e'.repeat(63)}.${'f'.repeat(57)}.com`;

  beforeAll(async () => {
    app = await startTestApp();
    const { token } = await app.db.dataSource.transaction((tx) => createApiToken(tx, 'ERP'));
    bearer = { authorization: `Bearer ${token}` };
    admin = await registerCompany(app, { email: longEmail });
  });
  afterAll(() => app?.close());

  it('refuses a NUL byte or a lone surrogate anywhere, naming the argument', async () => {
    // The same operation twice (Apollo keeps its parsed document): each time with its variables.
    const fine = await app.gql(LOG_IN, { email: 'nobody@example.com', password: 'x' });
    expect(fine.errors?.[0]?.extensions?.code).not.toBe('BAD_USER_INPUT');
    const nul = await app.gql(LOG_IN, { email: 'a\u0000@example.com', password: 'x' });
    expect(nul.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const nested = await admin.browser.gql(
      `mutation C($input: CreateTicketInput!) { createTicket(input: $input) { id } }`,
      {
        input: {
          portalKey: 'CUSTOMER_SERVICE',
          requestTypeId: '00000000-0000-0000-0000-000000000000',
          subject: 'Broken \ud800 part',
          description: 'x',
        },
      },
    );
    expect(nested.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.subject',
    });
    const inline = await admin.browser.gql(`{ products(search: "a\\u0000b") { __typename } }`);
    expect(inline.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'search',
    });
  });

  it('answers ids of zeros or dashes with NOT_FOUND', async () => {
    for (const id of ['', '00000000-0000-0000-0000-000000000000', '-'.repeat(36), '0'.repeat(36)]) {
      const res = await admin.browser.gql(`query I($id: ID!) { invoice(id: $id) { id } }`, { id });
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('validates nested filters', async () => {
    const res = await admin.browser.gql(
      `query T($f: TicketFilter) { tickets(filter: $f) { __typename } }`,
      { f: { olderThanDays: 2147483647 } },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.olderThanDays',
    });
  });

  it('imports an ERP line of 300 × 99,999.99 and refuses a line beyond 10^10', async () => {
    const importInvoice = (number: string, quantity: number, unitPrice: string) =>
      app.gql<{
        importInvoice: { totalMinor: number; total: string; lines: Array<{ lineTotal: string }> };
      }>(
        `mutation I($input: ImportInvoiceInput!) { importInvoice(input: $input) { totalMinor total lines { lineTotal } } }`,
        {
          input: {
            country: 'PL',
            companyTaxId: admin.taxId,
            number,
            issuedAt: '2026-01-01T00:00:00Z',
            currency: 'HUF',
            lines: [{ sku: 'BIG-1', name: 'Big', quantity, unitPrice }],
          },
        },
        { headers: bearer },
      );
    await confirmTaxId(app, admin.companyId);
    const big = await importInvoice('BIG/1', 300, '99999.99');
    expect(big.errors).toBeUndefined();
    expect(big.data?.importInvoice).toMatchObject({
      totalMinor: 2_999_999_700,
      total: '29999997.00',
      lines: [{ lineTotal: '29999997.00' }],
    });
    const huge = await importInvoice('BIG/2', 1_000_000, '99999999.99');
    expect(huge.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'lines.0.unitPrice',
    });
  });

  it('lets an administrator without a name and with a 254-character e-mail comment', async () => {
    // Through TypeORM, as the portal writes: the per-session viewer cache is emptied by writes.
    await app.db.dataSource
      .createQueryBuilder()
      .update('representative')
      .set({ name: null })
      .where('id = :id', { id: admin.representativeId })
      .execute();
    const portals = await admin.browser.gql<{
      portals: Array<{ key: string; requestTypeGroups: Array<{ types: Array<{ id: string }> }> }>;
    }>(`{ portals { key requestTypeGroups { types { id } } } }`);
    const portal = portals.data!.portals[0]!;
    const created = await admin.browser.gql<{ createTicket: { id: string } }>(
      `mutation C($input: CreateTicketInput!) { createTicket(input: $input) { id } }`,
      {
        input: {
          portalKey: portal.key,
          requestTypeId: portal.requestTypeGroups[0]!.types[0]!.id,
          subject: 'A long address',
          description: 'Hello',
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const commented = await admin.browser.gql<{
      commentOnTicket: { comments: Array<{ authorName: string }> };
    }>(
      `mutation M($id: ID!) { commentOnTicket(ticketId: $id, body: "Any news?") { comments { authorName } } }`,
      { id: created.data!.createTicket.id },
    );
    expect(commented.errors).toBeUndefined();
    expect(commented.data?.commentOnTicket.comments.map((c) => c.authorName)).toContain(longEmail);
  });
});
