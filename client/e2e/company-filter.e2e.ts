import type { Browser, Page } from 'playwright-core';
import { registerCompany, type Registered } from '../../server/test/accounts-helpers';
import { startTestApp, type TestApp } from '../../server/test/harness';
import { ALL_MET } from '../../server/test/return-photos';
import en from '../src/locales/en.json';
import { clientDist, describeInBrowser, ensureClientBuilt, launchBrowser } from './browser';
import { agentCookie, contextFor, docsShot, erpInvoice } from './returns-helpers';

const q = en.returns.staff;

const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

/**
 * The agent's company type-ahead on the returns queue: typing part of a company's name
 * offers the companies that match (and only those), and picking one filters the queue to
 * that company's returns. On a desktop and on a phone.
 */
describeInBrowser('the returns queue filtered by company in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let agent: string;
  const rmaOf: Record<string, string> = {};
  const NAMES = [
    'Baltic Amber Trade Sp. z o.o.',
    'Amberline Electronics Kft.',
    'Tatra Tools s.r.o.',
  ];

  /** A company with one return of one product (through the API, as the wizard sends it). */
  async function companyWithReturn(name: string, n: number): Promise<Registered> {
    const company = await registerCompany(app, { companyName: name, locale: 'en' });
    const number = `ERP/2026/C${n}${Math.floor(100 + Math.random() * 899)}`;
    await erpInvoice(app, company, number, [
      { sku: `UPS-${n}`, name: 'UPS 1500 VA', quantity: 2, unitPrice: '310.00' },
    ]);
    const checked = await company.browser.gql<{ checkInvoice: { lines: Array<{ id: string }> } }>(
      'query ($n: String!) { checkInvoice(number: $n) { lines { id } } }',
      { n: number },
    );
    const sent = await company.browser.gql<{ submitReturnRequest: { rmaNumber: string } }>(
      `mutation ($input: SubmitReturnRequestInput!) { submitReturnRequest(input: $input) { rmaNumber } }`,
      {
        input: {
          kind: 'RETURN',
          idempotencyKey: `company-filter-${n}-${Date.now()}`,
          items: [
            {
              invoiceLineId: checked.data!.checkInvoice.lines[0]!.id,
              quantity: 1,
              reason: 'NO_LONGER_NEEDED',
              conditions: ALL_MET,
            },
          ],
        },
      },
    );
    if (!sent.data) throw new Error(JSON.stringify(sent.errors));
    rmaOf[name] = sent.data.submitReturnRequest.rmaNumber;
    return company;
  }

  beforeAll(async () => {
    ensureClientBuilt();
    app = await startTestApp({ clientDir: clientDist });
    browser = await launchBrowser();
    for (const [i, name] of NAMES.entries()) await companyWithReturn(name, i + 1);
    agent = await agentCookie(app, 'Kasia Queue');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** The RMA numbers the queue lists now. */
  const listed = async (page: Page) => {
    const table = page.getByRole('main').getByRole('table', { name: q.queueTitle });
    await table.waitFor();
    return (await table.getByRole('link', { name: /^RMA-/ }).allInnerTexts()).sort();
  };

  for (const viewport of ['desktop', 'phone'] as const) {
    it(`offers the companies matching what the agent types and filters by the one chosen (${viewport})`, async () => {
      const context = await contextFor(browser, app, agent);
      const page = await context.newPage();
      await page.setViewportSize(VIEWPORTS[viewport]);
      const main = page.getByRole('main');
      await page.goto(`${app.url}/staff/returns`);
      await main.getByRole('heading', { level: 1, name: q.queueTitle }).waitFor();
      await main.getByRole('link', { name: rmaOf[NAMES[2]!]! }).waitFor();
      expect(await listed(page)).toEqual(Object.values(rmaOf).sort());

      // "amber" (any part of the name, any case): the two Amber companies, not Tatra.
      const picker = main.getByRole('combobox', { name: en.staff.customer.filter });
      await picker.fill('amber');
      const options = page.getByRole('listbox').getByRole('option');
      const option = (name: RegExp) => page.getByRole('listbox').getByRole('option', { name });
      await option(new RegExp(`^${NAMES[1]}`)).waitFor();
      await option(new RegExp(`^Baltic Amber Trade`)).waitFor();
      expect(await options.count()).toBe(2);
      expect(await option(/Tatra/).count()).toBe(0);
      if (viewport === 'desktop') await docsShot(page, 'returns-staff-company-filter');

      // A name nobody has: no company matches.
      await picker.fill('zzqx');
      await page.getByText(en.staff.customer.noMatch).waitFor();

      // Picking one filters the queue to its returns; the choice stays in the address.
      await picker.fill('berline');
      await option(new RegExp(`^${NAMES[1]}`)).click();
      expect(await picker.inputValue()).toBe(NAMES[1]);
      await main.getByRole('button', { name: q.apply }).click();
      await page.waitForURL(/[?&]company=/);
      await main.getByRole('link', { name: rmaOf[NAMES[0]!]! }).waitFor({ state: 'detached' });
      expect(await listed(page)).toEqual([rmaOf[NAMES[1]!]]);
      const row = main.getByRole('row').filter({ hasText: rmaOf[NAMES[1]!]! });
      expect(await row.innerText()).toContain(NAMES[1]);
      await page.reload();
      await main.getByRole('link', { name: rmaOf[NAMES[1]!]! }).waitFor();
      expect(await listed(page)).toEqual([rmaOf[NAMES[1]!]]);
      expect(await picker.inputValue()).toBe(NAMES[1]);

      // Clearing the filters lists every company's returns again.
      await main.getByRole('button', { name: q.clear }).click();
      await main.getByRole('link', { name: rmaOf[NAMES[0]!]! }).waitFor();
      expect(await listed(page)).toEqual(Object.values(rmaOf).sort());
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true);
      await context.close();
    }, 180_000);
  }
});
