import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createAgent } from '../../server/src/modules/accounts/agent/agent.service';
import { createApiToken } from '../../server/src/modules/accounts/auth/api-token.service';
import {
  newEmail,
  PASSWORD,
  registerCompany,
  signIn,
  type Registered,
} from '../../server/test/accounts-helpers';
import { startTestApp, type TestApp } from '../../server/test/harness';
import en from '../src/locales/en.json';
import { clientDist, describeInBrowser, ensureClientBuilt, launchBrowser } from './browser';

const u = en.staff.unmatched;
const fill = (text: string, values: Record<string, string>) =>
  text.replace(/{{(\w+)}}/g, (_, key: string) => values[key] ?? '');

/** A browser context signed in with a test client's session cookie. */
async function contextFor(browser: Browser, app: TestApp, cookie: string): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'en-US' });
  const at = cookie.indexOf('=');
  await context.addCookies([
    { name: cookie.slice(0, at), value: cookie.slice(at + 1), url: app.url },
  ]);
  return context;
}

/**
 * Invoice ownership end to end: the ERP imports an invoice for a self-registered company
 * whose tax ID nobody has confirmed; the customer does not see it and is told why; an agent
 * finds it under "Unmatched documents" and confirms the company's tax ID; the invoice is then
 * the customer's.
 */
describeInBrowser('staff unmatched documents in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let company: Registered;
  let agentCookie: string;
  const companyName = 'Vistula Parts Sp. z o.o.';
  const invoiceNumber = `ERP/2026/U${Math.floor(1000 + Math.random() * 8999)}`;

  beforeAll(async () => {
    ensureClientBuilt();
    app = await startTestApp({ clientDir: clientDist });
    browser = await launchBrowser();

    company = await registerCompany(app, { companyName, locale: 'en' });
    const { token } = await app.db.dataSource.transaction((tx) => createApiToken(tx, 'ERP'));
    const imported = await app.gql<{ importInvoice: { match: string } }>(
      `mutation ($input: ImportInvoiceInput!) { importInvoice(input: $input) { match } }`,
      {
        input: {
          companyTaxId: company.taxId,
          country: 'PL',
          number: invoiceNumber,
          issuedAt: '2026-02-10T09:00:00.000Z',
          lines: [{ sku: 'CAB-CAT6', name: 'Patch cable Cat 6', quantity: 10, unitPrice: '4.90' }],
        },
      },
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(imported.errors).toBeUndefined();
    expect(imported.data?.importInvoice.match).toBe('TAX_ID_NOT_CONFIRMED');

    const agentEmail = newEmail('agent');
    await app.db.dataSource.transaction((tx) =>
      createAgent(tx, { email: agentEmail, name: 'Iga Invoices', password: PASSWORD }),
    );
    agentCookie = (await signIn(app, agentEmail)).cookie!;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('an agent confirms the tax ID and the waiting invoice reaches the customer', async () => {
    // 1. The customer sees no invoice yet, and why.
    const customerContext = await contextFor(browser, app, company.browser.cookie!);
    const customer: Page = await customerContext.newPage();
    await customer.goto(`${app.url}/shop/invoices`);
    await customer.getByRole('heading', { level: 1, name: en.shop.invoices.title }).waitFor();
    await customer.getByText(en.company.taxIdPending.text).waitFor();
    await customer.getByText(en.shop.invoices.empty).waitFor();

    // 2. The agent opens the staff area, then "Unmatched documents".
    const agentContext = await contextFor(browser, app, agentCookie);
    const agent: Page = await agentContext.newPage();
    await agent.goto(`${app.url}/staff`);
    await agent.getByRole('heading', { level: 1, name: en.staff.title }).waitFor();
    await agent.getByRole('link', { name: u.homeButton }).click();
    await agent.getByRole('heading', { level: 1, name: u.title }).waitFor();
    const row = agent
      .getByRole('table', { name: u.title })
      .getByRole('row')
      .filter({ hasText: invoiceNumber });
    await row.waitFor();
    expect(await row.textContent()).toContain(u.match.TAX_ID_NOT_CONFIRMED);
    expect(await row.innerText()).toContain(companyName);

    // 3. It confirms the company's tax ID; the invoice leaves the queue.
    await row.getByRole('button', { name: fill(u.confirm, { company: companyName }) }).click();
    const dialog = agent.getByRole('dialog', { name: u.confirmTitle });
    await dialog.getByRole('button', { name: u.confirmButton }).click();
    await agent.getByText(fill(u.confirmed, { company: companyName })).waitFor();
    await agent.getByText(u.empty).waitFor();

    // 4. The customer now finds the invoice, and no note.
    await customer.reload();
    await customer
      .getByRole('table', { name: en.shop.invoices.title })
      .getByRole('link', { name: invoiceNumber, exact: true })
      .waitFor();
    expect(await customer.getByText(en.company.taxIdPending.text).count()).toBe(0);

    await customerContext.close();
    await agentContext.close();
  });
});
