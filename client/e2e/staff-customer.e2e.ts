import type { Browser } from 'playwright-core';
import { confirmTaxId, registerCompany, type Registered } from '../../server/test/accounts-helpers';
import { startTestApp, type TestApp } from '../../server/test/harness';
import en from '../src/locales/en.json';
import { clientDist, describeInBrowser, ensureClientBuilt, launchBrowser } from './browser';
import {
  agentCookie as signedInAgent,
  apiReturn,
  contextFor,
  docsShots,
  erpInvoice,
  fill,
} from './returns-helpers';

/** An ERP invoice for the company and a return of its first line (damaged: with its photo). */
async function seedReturn(app: TestApp, company: Registered, number: string): Promise<string> {
  await erpInvoice(app, company, number, [
    { sku: 'UPS-1500', name: 'UPS 1500 VA', quantity: 2, unitPrice: '310.00' },
  ]);
  return apiReturn(app, company, number, `staff-customer-${number.replace(/\W/g, '-')}`, {
    reason: 'DAMAGED_IN_TRANSIT',
  });
}

/**
 * Staff see who the customer is: the request queue and page, and the returns queue, show the
 * company's name, tax ID and contract state, and the queues filter by a company picked by
 * name. The customer finds a return by a part of its invoice number.
 */
describeInBrowser('staff see the customer; customers search their returns, in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let company: Registered;
  let other: Registered;
  let agentCookie: string;
  let ticketKey: string;
  let rma: string;
  const companyName = 'Baltic Power Systems Sp. z o.o.';
  const invoiceNumber = `FV/2026/${String(Math.floor(100000 + Math.random() * 899999))}`;

  beforeAll(async () => {
    ensureClientBuilt();
    app = await startTestApp({ clientDir: clientDist });
    browser = await launchBrowser();
    company = await registerCompany(app, { companyName, locale: 'en' });
    other = await registerCompany(app, { companyName: 'Tatra Networks S.A.', locale: 'en' });
    await confirmTaxId(app, other.companyId); // the company's own is confirmed with its invoice
    await app.db.dataSource.query('UPDATE company SET contracted = true WHERE id = $1', [
      company.companyId,
    ]);
    agentCookie = await signedInAgent(app, 'Ola Support');

    const portals = await company.browser.gql<{
      portals: Array<{ key: string; requestTypeGroups: Array<{ types: Array<{ id: string }> }> }>;
    }>('{ portals { key requestTypeGroups { types { id } } } }');
    const ta = portals.data!.portals.find((p) => p.key === 'TECHNICAL_ASSISTANCE')!;
    for (const [who, subject] of [
      [company, 'UPS 1500 VA beeps every minute on battery'],
      [other, 'Switch firmware for the 24-port model'],
    ] as const) {
      const created = await who.browser.gql<{ createTicket: { key: string } }>(
        'mutation ($input: CreateTicketInput!) { createTicket(input: $input) { key } }',
        {
          input: {
            portalKey: 'TECHNICAL_ASSISTANCE',
            requestTypeId: ta.requestTypeGroups[0]!.types[0]!.id,
            subject,
            description: 'Details in the attached log.',
          },
        },
      );
      expect(created.errors).toBeUndefined();
      if (who === company) ticketKey = created.data!.createTicket.key;
    }
    rma = await seedReturn(app, company, invoiceNumber);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("shows the customer's company in the request queue and page, and filters by it", async () => {
    const context = await contextFor(browser, app, agentCookie);
    const page = await context.newPage();
    await page.goto(`${app.url}/staff/requests`);
    const table = page.getByRole('table', { name: en.requests.staff.queueTitle });
    const row = table.getByRole('row').filter({ hasText: ticketKey });
    await row.waitFor();
    expect(await row.innerText()).toContain(companyName);
    expect(await row.innerText()).toContain(company.taxId);
    expect(await row.textContent()).toContain(en.staff.customer.contracted);
    await table.getByRole('row').filter({ hasText: 'Tatra Networks' }).waitFor();

    // The company by name: type a part of it, pick it; the other company's request goes.
    await page.getByPlaceholder(en.staff.customer.filterPlaceholder).fill('baltic');
    await page.getByRole('option', { name: new RegExp(companyName) }).click();
    await table
      .getByRole('row')
      .filter({ hasText: 'Tatra Networks' })
      .waitFor({ state: 'detached' });
    expect(page.url()).toContain(`company=${company.companyId}`);
    await docsShots(page, 'requests-staff-queue');

    await row.getByRole('link', { name: ticketKey }).click();
    const customer = page.getByRole('region', { name: en.staff.customer.title, exact: true });
    await customer.getByText(companyName).waitFor();
    expect(await customer.innerText()).toContain(company.taxId);
    await docsShots(page, 'requests-staff-detail');
    await context.close();
  });

  it('shows the company in the returns queue and on the return', async () => {
    const context = await contextFor(browser, app, agentCookie);
    const page = await context.newPage();
    await page.goto(`${app.url}/staff/returns`);
    const table = page.getByRole('table', { name: en.returns.staff.queueTitle });
    const row = table.getByRole('row').filter({ hasText: rma });
    await row.waitFor();
    expect(await row.innerText()).toContain(companyName);
    expect(await row.textContent()).toContain(en.staff.customer.contracted);
    await docsShots(page, 'returns-staff-queue');
    await row.getByRole('link', { name: rma }).click();
    const customer = page.getByRole('region', { name: en.staff.customer.title, exact: true });
    await customer.getByText(companyName).waitFor();
    await context.close();
  });

  it('finds a return by a part of its invoice number, and says when none matches', async () => {
    const context = await contextFor(browser, app, company.browser.cookie!);
    const page = await context.newPage();
    await page.goto(`${app.url}/returns`);
    const table = page.getByRole('table', { name: en.returns.list.title });
    await table.getByRole('link', { name: rma }).waitFor();
    const box = page.getByRole('searchbox', { name: en.returns.list.search });
    await box.fill(invoiceNumber.slice(-6).toLowerCase());
    await page.waitForURL(/q=/);
    await table.getByRole('link', { name: rma }).waitFor();
    await docsShots(page, 'returns-list');
    await box.fill('KOR/0000');
    await page.getByText(fill(en.returns.list.noMatch, { search: 'KOR/0000' })).waitFor();
    await context.close();
  });
});
