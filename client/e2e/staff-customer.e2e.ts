import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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
import { uploadDraftPhoto } from '../../server/test/return-photos';
import en from '../src/locales/en.json';
import { clientDist, describeInBrowser, ensureClientBuilt, launchBrowser } from './browser';

const fill = (text: string, values: Record<string, string>) =>
  text.replace(/{{(\w+)}}/g, (_, key: string) => values[key] ?? '');

/** With DOCS_SCREENSHOTS=1: the page at desktop (1280x800) and phone (390x844) size, for docs/. */
async function shot(page: Page, name: string): Promise<void> {
  if (!process.env.DOCS_SCREENSHOTS) return;
  const dir = path.resolve(__dirname, '../../docs/screenshots');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(dir, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** A browser context signed in with a test client's session cookie. */
async function contextFor(browser: Browser, app: TestApp, cookie: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
  });
  const at = cookie.indexOf('=');
  await context.addCookies([
    { name: cookie.slice(0, at), value: cookie.slice(at + 1), url: app.url },
  ]);
  return context;
}

/** An ERP invoice for the company and a return of its first line (damaged: with its photo). */
async function seedReturn(app: TestApp, company: Registered, number: string): Promise<string> {
  const { token } = await app.db.dataSource.transaction((tx) => createApiToken(tx, 'ERP'));
  const imported = await app.gql(
    `mutation ($input: ImportInvoiceInput!) { importInvoice(input: $input) { id } }`,
    {
      input: {
        companyTaxId: company.taxId,
        country: 'PL',
        number,
        issuedAt: '2026-02-10T09:00:00.000Z',
        lines: [{ sku: 'UPS-1500', name: 'UPS 1500 VA', quantity: 2, unitPrice: '310.00' }],
      },
    },
    { headers: { authorization: `Bearer ${token}` } },
  );
  expect(imported.errors).toBeUndefined();
  const inv = await company.browser.gql<{ checkInvoice: { lines: Array<{ id: string }> } }>(
    'query ($n: String!) { checkInvoice(number: $n) { lines { id } } }',
    { n: number },
  );
  const all = {
    complete: true,
    noSignsOfUse: true,
    undamaged: false,
    originalPackaging: true,
    properlyPacked: true,
    merchantable: true,
    disconnected: true,
  };
  const sub = await company.browser.gql<{ submitReturnRequest: { rmaNumber: string } }>(
    `mutation ($input: SubmitReturnRequestInput!) { submitReturnRequest(input: $input) { rmaNumber } }`,
    {
      input: {
        kind: 'RETURN',
        idempotencyKey: `staff-customer-${number.replace(/\W/g, '-')}`,
        returnAddress: 'ul. Portowa 5, 80-001 Gdańsk',
        items: [
          {
            invoiceLineId: inv.data!.checkInvoice.lines[0]!.id,
            quantity: 1,
            reason: 'DAMAGED_IN_TRANSIT',
            photoIds: [await uploadDraftPhoto(app, company.browser)],
            conditions: all,
          },
        ],
      },
    },
  );
  expect(sub.errors).toBeUndefined();
  return sub.data!.submitReturnRequest.rmaNumber;
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
    for (const c of [company, other]) await confirmTaxId(app, c.companyId);
    await app.db.dataSource.query('UPDATE company SET contracted = true WHERE id = $1', [
      company.companyId,
    ]);
    const agentEmail = newEmail('agent');
    await app.db.dataSource.transaction((tx) =>
      createAgent(tx, { email: agentEmail, name: 'Ola Support', password: PASSWORD }),
    );
    agentCookie = (await signIn(app, agentEmail)).cookie!;

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
    await shot(page, 'requests-staff-queue');

    await row.getByRole('link', { name: ticketKey }).click();
    const customer = page.getByRole('region', { name: en.staff.customer.title, exact: true });
    await customer.getByText(companyName).waitFor();
    expect(await customer.innerText()).toContain(company.taxId);
    await shot(page, 'requests-staff-detail');
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
    await shot(page, 'returns-staff-queue');
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
    await shot(page, 'returns-list');
    await box.fill('KOR/0000');
    await page.getByText(fill(en.returns.list.noMatch, { search: 'KOR/0000' })).waitFor();
    await context.close();
  });
});
