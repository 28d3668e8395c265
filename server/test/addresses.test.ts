import { createApiToken } from '../src/modules/accounts/auth/api-token.service';
import {
  activate,
  confirmTaxId,
  invite,
  newEmail,
  newNip,
  registerCompany,
  type Registered,
} from './accounts-helpers';
import { startTestApp, type TestApp, type TestBrowser } from './harness';
import { pdfText } from './pdf-text';

let app: TestApp;
let tool: Record<string, string>;
let a: Registered;
let b: Registered;
let member: TestBrowser;

const WARSAW = { street: 'ul. Prosta 1', postalCode: '00-950', city: 'Warszawa', country: 'PL' };
const FIELDS = 'id kind attention street postalCode city country';
const LIST = `{ companyAddresses { ${FIELDS} } }`;
const ADD = `mutation A($input: AddressInput!) { addShippingAddress(input: $input) { ${FIELDS} } }`;
const BILLING = `mutation B($input: AddressInput!) { saveBillingAddress(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation U($id: ID!, $input: AddressInput!) { updateCompanyAddress(id: $id, input: $input) { ${FIELDS} } }`;
const DELETE = `mutation D($id: ID!) { deleteCompanyAddress(id: $id) }`;
const CHECKLIST = `{ gettingStarted { billingAddress colleaguesInvited firstOrderOrRequest complete } }`;
const SUBMIT = `mutation S($input: SubmitReturnRequestInput!) { submitReturnRequest(input: $input) { rmaNumber shipBackAddress { attention street postalCode city country } } }`;

type Address = { id: string; kind: string; street: string; postalCode: string; city: string };
const codeOf = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  res.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  app = await startTestApp();
  tool = {
    authorization: `Bearer ${(await app.db.dataSource.transaction((tx) => createApiToken(tx, 'ERP'))).token}`,
  };
  a = await registerCompany(app, { billingAddress: WARSAW, locale: 'pl' });
  b = await registerCompany(app, {
    billingAddress: { street: 'Váci út 1', postalCode: '1062', city: 'Budapest', country: 'HU' },
  });
  const memberEmail = newEmail('member');
  await invite(a.browser, memberEmail);
  member = await activate(app, memberEmail);
});
afterAll(() => app?.close());

describe('registration with a billing address', () => {
  it('keeps the billing address given at registration', async () => {
    const res = await a.browser.gql<{ companyAddresses: Address[] }>(LIST);
    expect(res.data?.companyAddresses).toEqual([
      expect.objectContaining({ kind: 'BILLING', ...WARSAW, attention: null }),
    ]);
    const viewer = await a.browser.gql<{
      viewer: { company: { billingAddress: { city: string }; addressLine1: string } };
    }>('{ viewer { company { billingAddress { city } addressLine1 } } }');
    expect(viewer.data?.viewer.company).toEqual({
      billingAddress: { city: 'Warszawa' },
      addressLine1: 'ul. Prosta 1',
    });
  });

  it('refuses a postal code of the wrong shape with INVALID_POSTAL_CODE and creates nothing', async () => {
    const taxId = newNip();
    const bad = await app
      .browser()
      .gql(
        `mutation R($input: RegisterCompanyInput!) { registerCompany(input: $input) { kind } }`,
        {
          input: {
            taxId,
            country: 'PL',
            companyName: 'Postal Sp. z o.o.',
            email: newEmail('postal'),
            password: 'Correct-Horse-42',
            name: 'Pat Postal',
            acceptResaleTerms: true,
            billingAddress: { ...WARSAW, postalCode: '00950' },
          },
        },
      );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_POSTAL_CODE',
      field: 'input.billingAddress.postalCode',
      example: '00-950',
    });
    // Nothing was created: the same tax ID registers with a good address.
    const again = await registerCompany(app, { taxId, billingAddress: WARSAW });
    expect(again.companyId).toBeTruthy();
  });

  it('lets an API client register without one (the checklist then asks for it)', async () => {
    const bare = await registerCompany(app);
    const res = await bare.browser.gql<{ companyAddresses: Address[] }>(LIST);
    expect(res.data?.companyAddresses).toEqual([]);
    const list = await bare.browser.gql<{ gettingStarted: Record<string, boolean> }>(CHECKLIST);
    expect(list.data?.gettingStarted).toEqual({
      billingAddress: false,
      colleaguesInvited: false,
      firstOrderOrRequest: false,
      complete: false,
    });
  });
});

describe('managing addresses', () => {
  it('adds, changes and deletes a ship-to address; members see them but cannot change them', async () => {
    const added = await a.browser.gql<{ addShippingAddress: Address }>(ADD, {
      input: {
        attention: 'Goods-in',
        street: 'ul. Składowa 3',
        postalCode: '05-090',
        city: 'Raszyn',
        country: 'pl',
      },
    });
    expect(added.errors).toBeUndefined();
    const id = added.data!.addShippingAddress.id;
    expect(added.data!.addShippingAddress).toMatchObject({ kind: 'SHIPPING', country: 'PL' });
    const seen = await member.gql<{ companyAddresses: Address[] }>(LIST);
    expect(seen.data?.companyAddresses.map((x) => x.kind)).toEqual(['BILLING', 'SHIPPING']);
    expect(codeOf(await member.gql(ADD, { input: WARSAW }))).toBe('FORBIDDEN');
    expect(codeOf(await member.gql(DELETE, { id }))).toBe('FORBIDDEN');

    const changed = await a.browser.gql<{ updateCompanyAddress: Address }>(UPDATE, {
      id,
      input: { street: 'ul. Składowa 5', postalCode: '05-090', city: 'Raszyn', country: 'PL' },
    });
    expect(changed.data?.updateCompanyAddress.street).toBe('ul. Składowa 5');
    expect((await a.browser.gql(DELETE, { id })).data).toEqual({ deleteCompanyAddress: true });
    const after = await a.browser.gql<{ companyAddresses: Address[] }>(LIST);
    expect(after.data?.companyAddresses.map((x) => x.kind)).toEqual(['BILLING']);
  });

  it('changes the billing address but never deletes it', async () => {
    const list = await a.browser.gql<{ companyAddresses: Address[] }>(LIST);
    const billing = list.data!.companyAddresses[0]!;
    expect(codeOf(await a.browser.gql(DELETE, { id: billing.id }))).toBe(
      'BILLING_ADDRESS_REQUIRED',
    );
    const saved = await a.browser.gql<{ saveBillingAddress: Address }>(BILLING, {
      input: { ...WARSAW, street: 'ul. Prosta 2' },
    });
    expect(saved.data?.saveBillingAddress).toMatchObject({
      id: billing.id,
      street: 'ul. Prosta 2',
    });
  });

  it.each([
    ['PL', '00950', '00-950'],
    ['HU', '10511', '1051'],
    ['UA', '0100', '01001'],
    ['DE', '1011', '10115'],
    ['GB', '12345', 'SW1A 1AA'],
  ])(
    'refuses a %s postal code %s with INVALID_POSTAL_CODE',
    async (country, postalCode, example) => {
      const res = await a.browser.gql(ADD, {
        input: { street: 'Street 1', postalCode, city: 'City', country },
      });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'INVALID_POSTAL_CODE',
        field: 'input.postalCode',
        example,
      });
    },
  );

  it('refuses an unknown country and a blank street with BAD_USER_INPUT', async () => {
    const zz = await a.browser.gql(ADD, { input: { ...WARSAW, country: 'ZZ' } });
    expect(zz.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.country',
    });
    const blank = await a.browser.gql(ADD, { input: { ...WARSAW, street: '   ' } });
    expect(blank.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.street',
    });
  });

  it("answers another company's address with NOT_FOUND, like one that does not exist", async () => {
    const own = await a.browser.gql<{ addShippingAddress: Address }>(ADD, { input: WARSAW });
    const id = own.data!.addShippingAddress.id;
    const update = await b.browser.gql(UPDATE, { id, input: WARSAW });
    const unknown = await b.browser.gql(UPDATE, {
      id: '00000000-0000-4000-8000-000000000000',
      input: WARSAW,
    });
    expect(codeOf(update)).toBe('NOT_FOUND');
    expect(update.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect(codeOf(await b.browser.gql(DELETE, { id }))).toBe('NOT_FOUND');
    expect(codeOf(await b.browser.gql(DELETE, { id: 'not-a-uuid' }))).toBe('NOT_FOUND');
    const bList = await b.browser.gql<{ companyAddresses: Address[] }>(LIST);
    expect(bList.data?.companyAddresses.map((x) => x.city)).toEqual(['Budapest']);
    const named = await b.browser.gql(
      `query Q($c: ID) { companyAddresses(companyId: $c) { id } }`,
      {
        c: a.companyId,
      },
    );
    expect(codeOf(named)).toBe('NOT_FOUND');
  });
});

describe('the ship-back address of a return', () => {
  let lineId: string;
  let shipTo: Address;

  beforeAll(async () => {
    await confirmTaxId(app, a.companyId);
    const number = `ERP/ADDR/${Date.now()}`;
    const imported = await app.gql(
      'mutation I($input: ImportInvoiceInput!) { importInvoice(input: $input) { id } }',
      {
        input: {
          companyTaxId: a.taxId,
          country: 'PL',
          number,
          issuedAt: new Date().toISOString(),
          lines: [{ sku: 'ADDR-1', name: 'Router', quantity: 5, unitPrice: '10.00' }],
        },
      },
      { headers: tool },
    );
    expect(imported.errors).toBeUndefined();
    const checked = await a.browser.gql<{ checkInvoice: { lines: Array<{ id: string }> } }>(
      'query C($n: String!) { checkInvoice(number: $n) { lines { id } } }',
      { n: number },
    );
    lineId = checked.data!.checkInvoice.lines[0]!.id;
    const added = await a.browser.gql<{ addShippingAddress: Address }>(ADD, {
      input: {
        attention: 'Serwis',
        street: 'ul. Naprawcza 7',
        postalCode: '02-001',
        city: 'Warszawa',
        country: 'PL',
      },
    });
    shipTo = added.data!.addShippingAddress;
  });

  let seq = 0;
  const service = (extra: Record<string, unknown>) => ({
    input: {
      kind: 'SERVICE',
      idempotencyKey: `addr-key-${++seq}-${Date.now()}`,
      items: [
        {
          invoiceLineId: lineId,
          quantity: 1,
          purchaseDate: '2026-02-01',
          faultDescription: 'Reboots every few minutes.',
        },
      ],
      ...extra,
    },
  });
  const label = async (browser: TestBrowser, rma: string) => {
    const res = await fetch(`${app.url}/returns/${rma}/label.pdf`, {
      headers: { cookie: browser.cookie! },
    });
    expect(res.status).toBe(200);
    return pdfText(await res.arrayBuffer());
  };

  it('keeps a copy of a chosen company address and prints it as the label FROM', async () => {
    const res = await a.browser.gql<{
      submitReturnRequest: { rmaNumber: string; shipBackAddress: unknown };
    }>(SUBMIT, service({ returnAddressId: shipTo.id }));
    expect(res.errors).toBeUndefined();
    const { rmaNumber, shipBackAddress } = res.data!.submitReturnRequest;
    expect(shipBackAddress).toEqual({
      attention: 'Serwis',
      street: 'ul. Naprawcza 7',
      postalCode: '02-001',
      city: 'Warszawa',
      country: 'PL',
    });
    // A later change of the company's address does not move the return's copy.
    await a.browser.gql(UPDATE, { id: shipTo.id, input: { ...WARSAW, street: 'ul. Inna 9' } });
    const seen = await a.browser.gql<{ returnRequest: { shipBackAddress: { street: string } } }>(
      'query R($r: String!) { returnRequest(rmaNumber: $r) { shipBackAddress { street } } }',
      { r: rmaNumber },
    );
    expect(seen.data?.returnRequest.shipBackAddress.street).toBe('ul. Naprawcza 7');
    const text = await label(a.browser, rmaNumber);
    expect(text).toMatch(
      /FROM[\s\S]*Test Components Sp\. z o\.o\.[\s\S]*Serwis[\s\S]*ul\. Naprawcza 7[\s\S]*02-001 Warszawa/,
    );
  });

  it('keeps a new address typed in the wizard', async () => {
    const res = await a.browser.gql<{
      submitReturnRequest: { rmaNumber: string; shipBackAddress: unknown };
    }>(
      SUBMIT,
      service({
        newReturnAddress: {
          street: 'Hauptstraße 5',
          postalCode: '10115',
          city: 'Berlin',
          country: 'de',
        },
      }),
    );
    expect(res.data?.submitReturnRequest.shipBackAddress).toEqual({
      attention: null,
      street: 'Hauptstraße 5',
      postalCode: '10115',
      city: 'Berlin',
      country: 'DE',
    });
    expect(await label(a.browser, res.data!.submitReturnRequest.rmaNumber)).toContain(
      '10115 Berlin',
    );
  });

  it('refuses a missing, malformed, doubled or foreign address', async () => {
    const none = await a.browser.gql(SUBMIT, service({}));
    expect(codeOf(none)).toBe('RETURN_ADDRESS_REQUIRED');
    const malformed = await a.browser.gql(
      SUBMIT,
      service({
        newReturnAddress: {
          street: 'Fő utca 1',
          postalCode: '123',
          city: 'Budapest',
          country: 'HU',
        },
      }),
    );
    expect(malformed.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_POSTAL_CODE',
      field: 'newReturnAddress.postalCode',
    });
    const both = await a.browser.gql(
      SUBMIT,
      service({ returnAddressId: shipTo.id, newReturnAddress: WARSAW }),
    );
    expect(codeOf(both)).toBe('BAD_USER_INPUT');
    const bAddress = (await b.browser.gql<{ companyAddresses: Address[] }>(LIST)).data!
      .companyAddresses[0]!;
    const foreign = await a.browser.gql(SUBMIT, service({ returnAddressId: bAddress.id }));
    expect(codeOf(foreign)).toBe('NOT_FOUND');
  });
});

describe('the getting-started checklist', () => {
  it('ticks itself off from the company’s real data', async () => {
    const fresh = await registerCompany(app);
    const check = async () =>
      (await fresh.browser.gql<{ gettingStarted: Record<string, boolean> }>(CHECKLIST)).data!
        .gettingStarted;
    expect(await check()).toMatchObject({
      billingAddress: false,
      colleaguesInvited: false,
      firstOrderOrRequest: false,
    });
    await fresh.browser.gql(BILLING, { input: WARSAW });
    expect(await check()).toMatchObject({ billingAddress: true, colleaguesInvited: false });
    await invite(fresh.browser, newEmail('colleague'));
    expect(await check()).toMatchObject({ colleaguesInvited: true, firstOrderOrRequest: false });
    const portals = await fresh.browser.gql<{
      portals: Array<{ key: string; requestTypeGroups: Array<{ types: Array<{ id: string }> }> }>;
    }>('{ portals { key requestTypeGroups { types { id } } } }');
    const portal = portals.data!.portals[0]!;
    const ticket = await fresh.browser.gql(
      'mutation T($input: CreateTicketInput!) { createTicket(input: $input) { key } }',
      {
        input: {
          portalKey: portal.key,
          requestTypeId: portal.requestTypeGroups[0]!.types[0]!.id,
          subject: 'First question',
          description: 'Hello',
        },
      },
    );
    expect(ticket.errors).toBeUndefined();
    expect(await check()).toEqual({
      billingAddress: true,
      colleaguesInvited: true,
      firstOrderOrRequest: true,
      complete: true,
    });
    // Another company's data never ticks this one's list.
    expect(
      (await b.browser.gql<{ gettingStarted: Record<string, boolean> }>(CHECKLIST)).data
        ?.gettingStarted.firstOrderOrRequest,
    ).toBe(false);
  });

  it('is null for anyone but a representative', async () => {
    expect((await app.gql(CHECKLIST)).data).toEqual({ gettingStarted: null });
    expect((await app.gql(CHECKLIST, {}, { headers: tool })).data).toEqual({
      gettingStarted: null,
    });
  });
});
