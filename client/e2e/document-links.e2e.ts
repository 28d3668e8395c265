import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createApiToken } from '../../server/src/modules/accounts/auth/api-token.service';
import {
  confirmTaxId,
  PASSWORD,
  registerCompany,
  type Registered,
} from '../../server/test/accounts-helpers';
import { startTestApp, type TestApp } from '../../server/test/harness';
import en from '../src/locales/en.json';
import { clientDist, describeInBrowser, ensureClientBuilt, launchBrowser } from './browser';

const d = en.documentLinks;
const r = en.requests;
const NUMBER = 'FV/2026/004217';
const shots = path.resolve(__dirname, '../../docs/screenshots');

/**
 * A request about an invoice, as a customer makes it: "Ask about this" on the invoice opens a
 * new request with the invoice linked, the request shows the invoice, the invoice lists the
 * request, and a search for a fragment of the invoice number finds the request.
 */
describeInBrowser('requests tied to documents in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let company: Registered;
  let invoiceId: string;

  beforeAll(async () => {
    ensureClientBuilt();
    app = await startTestApp({ clientDir: clientDist });
    browser = await launchBrowser();
    company = await registerCompany(app, {
      companyName: 'Baltic Parts Sp. z o.o.',
      name: 'Jan Kowalski',
      locale: 'en',
    });
    await confirmTaxId(app, company.companyId);
    const { token } = await app.db.dataSource.transaction((tx) => createApiToken(tx, 'ERP'));
    const imported = await app.gql<{ importInvoice: { id: string } }>(
      'mutation I($input: ImportInvoiceInput!) { importInvoice(input: $input) { id } }',
      {
        input: {
          companyTaxId: company.taxId,
          country: 'PL',
          number: NUMBER,
          issuedAt: '2026-03-02T10:00:00.000Z',
          lines: [{ sku: 'RLY-24V-DIN', name: 'DIN relay 24 V', quantity: 10, unitPrice: '12.00' }],
        },
      },
      { headers: { authorization: `Bearer ${token}` } },
    );
    invoiceId = imported.data!.importInvoice.id;
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('asks about an invoice, shows the link both ways and finds the request by a fragment', async () => {
    const context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 1280, height: 800 },
    });
    page = await context.newPage();
    await page.goto(`${app.url}/sign-in`);
    await page.getByRole('textbox', { name: en.fields.email }).fill(company.email);
    await page.getByLabel(new RegExp(`^${en.fields.password}`)).fill(PASSWORD);
    await page.getByRole('button', { name: en.auth.signIn.submit }).click();
    await page.waitForURL((url) => url.pathname !== '/sign-in');

    // 1. On the invoice: no requests yet, and "Ask about this".
    await page.goto(`${app.url}/shop/invoices/${invoiceId}`);
    const requestsCard = page.getByRole('region', { name: d.requestsTitle });
    await requestsCard.getByText(d.noRequests).waitFor();
    await requestsCard.getByRole('link', { name: d.ask }).click();

    // 2. The new request has the invoice linked already.
    await page.getByRole('heading', { level: 1, name: r.new.title }).waitFor();
    await page.getByText(`${d.kind.INVOICE} ${NUMBER}`).waitFor();
    await page.getByRole('radio', { name: 'Technical question' }).click();
    await page
      .getByRole('textbox', { name: new RegExp(`^${r.new.subject}`) })
      .fill('Relays of this invoice click but do not switch');
    await page
      .getByRole('textbox', { name: new RegExp(`^${r.new.description}`) })
      .fill('Four of the ten relays do not switch the load.');
    await page.screenshot({ path: path.join(shots, 'requests-new-about-invoice.png') });
    await page.getByRole('button', { name: r.new.submit }).click();

    // 3. The request shows the invoice, with a link to it.
    await page.getByRole('heading', { level: 1, name: /Relays of this invoice/ }).waitFor();
    const key = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const linked = page.getByRole('region', { name: d.title });
    await linked.getByRole('link', { name: NUMBER }).waitFor();
    await linked.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, 'requests-linked-documents.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await linked.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, 'requests-linked-documents-phone.png') });
    await page.setViewportSize({ width: 1280, height: 800 });

    // 4. The invoice lists the request.
    await linked.getByRole('link', { name: NUMBER }).click();
    await page
      .getByRole('region', { name: d.requestsTitle })
      .getByRole('link', { name: key })
      .waitFor();

    // 5. A fragment of the invoice number, as a customer types it, finds the request.
    await page.goto(`${app.url}/requests`);
    await page.getByRole('searchbox', { name: r.filters.search }).fill('4217');
    await page.getByRole('link', { name: key }).first().waitFor();
    await page.getByRole('searchbox', { name: r.filters.search }).fill('fv 2026 4217');
    await page.getByText(r.list.noMatch.replace('{{search}}', 'fv 2026 4217')).waitFor();
    await page.getByRole('searchbox', { name: r.filters.search }).fill('fv-2026-004217');
    await page.getByRole('link', { name: key }).first().waitFor();
    await page.screenshot({ path: path.join(shots, 'requests-search-number.png') });
    await context.close();
  });
});
