import type { Browser, Page } from 'playwright-core';
import { createAgent } from '../../server/src/modules/accounts/agent/agent.service';
import { createApiToken } from '../../server/src/modules/accounts/auth/api-token.service';
import {
  confirmTaxId,
  newEmail,
  PASSWORD,
  registerCompany,
  signIn,
  type Registered,
} from '../../server/test/accounts-helpers';
import { startTestApp, type TestApp } from '../../server/test/harness';
import { pdfText } from '../../server/test/pdf-text';
import en from '../src/locales/en.json';
import { clientDist, describeInBrowser, ensureClientBuilt, launchBrowser } from './browser';
import { docsShot } from './returns-helpers';

const w = en.returns.wizard;

/**
 * The return wizard as a customer uses it: an ERP invoice is imported for the company (an
 * internal tool with an API token), the representative checks it, adds a product that does
 * not meet every condition, confirms the pre-filled return address, sends, and downloads the
 * label, whose text carries the RMA number. A reload and the back button keep the wizard.
 */
describeInBrowser('returns in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let company: Registered;
  let invoiceNumber: string;

  beforeAll(async () => {
    ensureClientBuilt();
    app = await startTestApp({ clientDir: clientDist });
    browser = await launchBrowser();

    const { token } = await app.db.dataSource.transaction((tx) => createApiToken(tx, 'ERP'));
    company = await registerCompany(app, {
      companyName: 'Baltic Returns Sp. z o.o.',
      locale: 'en',
    });
    const address = await company.browser.gql(
      `mutation ($input: UpdateCompanyInput!) { updateCompany(input: $input) { id } }`,
      { input: { addressLine1: 'ul. Portowa 5', postalCode: '80-001', city: 'Gdańsk' } },
    );
    expect(address.errors).toBeUndefined();

    // The seller has checked the company: its ERP documents reach it.
    await confirmTaxId(app, company.companyId);

    invoiceNumber = `ERP/2026/${Math.floor(1000 + Math.random() * 8999)}`;
    const imported = await app.gql(
      `mutation ($input: ImportInvoiceInput!) { importInvoice(input: $input) { id number } }`,
      {
        input: {
          companyTaxId: company.taxId,
          country: 'PL',
          number: invoiceNumber,
          issuedAt: '2026-02-10T09:00:00.000Z',
          lines: [
            { sku: 'CAM-4K-01', name: 'IP camera 4K', quantity: 5, unitPrice: '129.90' },
            { sku: 'PSU-12V', name: 'Power supply 12 V', quantity: 2, unitPrice: '19.90' },
          ],
        },
      },
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(imported.errors).toBeUndefined();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  beforeEach(async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const cookie = company.browser.cookie!;
    const at = cookie.indexOf('=');
    await context.addCookies([
      { name: cookie.slice(0, at), value: cookie.slice(at + 1), url: app.url },
    ]);
    page = await context.newPage();
  });
  afterEach(async () => {
    await page.context().close();
  });

  const main = () => page.getByRole('main');
  const stepHeading = (name: string) => main().getByRole('heading', { level: 2, name });

  it('goes through the wizard to the RMA number and a label that carries it', async () => {
    // The returns list, with its prominent button.
    await page.goto(`${app.url}/returns`);
    await main().getByRole('heading', { level: 1, name: en.returns.list.title }).waitFor();
    await main().getByRole('link', { name: en.returns.list.new }).click();

    // (a) a return of goods.
    await stepHeading(w.kind.title).waitFor();
    await main()
      .getByRole('radio', { name: new RegExp(en.returns.kind.RETURN) })
      .click();
    await main().getByRole('button', { name: w.next, exact: true }).click();

    // (b) the invoice, checked: an unknown number first, then the company's own.
    await stepHeading(w.product.title).waitFor();
    const invoiceField = main().getByRole('textbox', { name: w.product.invoiceNumber });
    await invoiceField.fill('ERP/0000/0000');
    await main().getByRole('button', { name: w.product.check }).click();
    await main()
      .getByText(w.product.invoiceNotFound.replace('{{number}}', 'ERP/0000/0000'))
      .waitFor();
    await invoiceField.fill(invoiceNumber);
    await main().getByRole('button', { name: w.product.check }).click();

    // (c) the camera, 2 of 5, a wrong item (no photo needed), every condition but the packaging.
    const camera = main().getByRole('radio', { name: 'IP camera 4K' });
    await camera.waitFor();
    expect(await main().getByText('can still return: 5').count()).toBe(1);
    await camera.check();
    await main().getByRole('textbox', { name: w.product.quantity }).fill('2');
    await main()
      .getByRole('combobox', { name: w.product.reason })
      .selectOption({ label: en.returns.reason.WRONG_ITEM });
    await main().getByRole('textbox', { name: w.product.serialNumber }).fill('SN-778899');
    await main().getByRole('checkbox', { name: w.conditions.all }).check();
    await main()
      .getByRole('checkbox', { name: en.returns.condition.originalPackaging.label })
      .uncheck();
    await docsShot(page, 'returns-wizard-conditions');
    await main().getByRole('button', { name: w.product.add, exact: true }).click();

    // (d) the list of products; it survives a reload and the back button.
    await stepHeading(w.products.title).waitFor();
    const card = main().getByRole('article', { name: '1. IP camera 4K' });
    await card.waitFor();
    await page.reload();
    await stepHeading(w.products.title).waitFor();
    await card.getByText(`Quantity: 2 · Reason: ${en.returns.reason.WRONG_ITEM}`).waitFor();
    await page.goBack();
    await stepHeading(w.product.title).waitFor();
    await page.goForward();
    await stepHeading(w.products.title).waitFor();
    await main().getByRole('button', { name: w.next, exact: true }).click();

    // (e) the address: one of the company's own (its billing address).
    await stepHeading(w.address.title).waitFor();
    const saved = main()
      .getByRole('radio', { name: /Portowa 5/ })
      .first();
    await saved.check();
    await main().getByRole('button', { name: w.next, exact: true }).click();

    // (f) the summary, "Send return", "Yes, send it".
    await stepHeading(w.summary.title.RETURN).waitFor();
    await main().getByRole('button', { name: w.summary.send.RETURN }).click();
    const dialog = page.getByRole('dialog', { name: w.confirm.title.RETURN });
    await dialog.getByRole('button', { name: w.confirm.yes }).click();

    // (g) the confirmation: the RMA number, the label, what to do next.
    await main().getByRole('heading', { level: 1, name: en.returns.sent.title.RETURN }).waitFor();
    const rma = (await main().getByTestId('rma-number').innerText()).trim();
    expect(rma).toMatch(/^RMA-\d{4}-\d{6}$/);
    expect(new URL(page.url()).searchParams.get('sent')).toBe(rma);
    await main().getByText(en.returns.sent.next.stick).waitFor();

    const label = main().getByRole('link', { name: en.returns.label.download });
    const href = await label.getAttribute('href');
    expect(href).toBe(`/returns/${rma}/label.pdf`);
    // The PDF with the session cookie of this page, as the button fetches it.
    const pdf = await page.evaluate(async (url) => {
      const res = await fetch(url, { credentials: 'same-origin' });
      return {
        status: res.status,
        type: res.headers.get('content-type'),
        bytes: Array.from(new Uint8Array(await res.arrayBuffer())),
      };
    }, href!);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toContain('application/pdf');
    const text = await pdfText(Buffer.from(pdf.bytes));
    expect(text).toContain(rma);
    expect(text).toContain('CAM-4K-01');

    // The wizard's run is over: a new one starts empty.
    expect(await page.evaluate(() => sessionStorage.getItem('portal.returns.wizard'))).toBeNull();

    // The return: waiting for the seller; once staff authorize it, "Send the parcel".
    await main().getByRole('link', { name: en.returns.sent.view }).click();
    await main().getByRole('heading', { level: 1, name: rma }).waitFor();
    await main().getByText(en.returns.next.waitingAuthorization.title).waitFor();

    const agentEmail = newEmail('agent');
    await app.db.dataSource.transaction((tx) =>
      createAgent(tx, { email: agentEmail, name: 'Rita Returns', password: PASSWORD }),
    );
    const agent = await signIn(app, agentEmail);
    const found = await agent.gql<{ returnRequest: { id: string } }>(
      `query ($rma: String!) { returnRequest(rmaNumber: $rma) { id } }`,
      { rma },
    );
    const authorized = await agent.gql(
      `mutation ($id: ID!) { authorizeReturnRequest(id: $id, note: "Send it in.") { status } }`,
      { id: found.data!.returnRequest.id },
    );
    expect(authorized.errors).toBeUndefined();
    await page.reload();
    await main().getByText(en.returns.next.sendParcel.title).waitFor();
    await main().getByText('Send it in.').waitFor();
  });
});
