import type { Browser, Page } from 'playwright-core';
import { emailsTo, registerCompany, type Registered } from '../../server/test/accounts-helpers';
import { startTestApp, type TestApp } from '../../server/test/harness';
import en from '../src/locales/en.json';
import { clientDist, describeInBrowser, ensureClientBuilt, launchBrowser } from './browser';
import { agentCookie, contextFor, docsShot, erpInvoice, fill } from './returns-helpers';

const w = en.returns.wizard;
const s = en.returns.staff;
const stage = en.returns.stage;
const PRODUCT = 'Wi-Fi router AX3000';

const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;
type Viewport = keyof typeof VIEWPORTS;

/**
 * A service (repair) request end to end: the customer raises it in the wizard (a fault, no
 * return reasons and no return conditions), an agent takes the product through the workshop
 * stages in order on the staff page, the customer follows each stage on the return's history
 * and gets one e-mail per stage whose subject names the stage and the product.
 */
describeInBrowser('a service request through the workshop in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let company: Registered;
  let agent: string;
  const invoiceNumber = `ERP/2026/S${Math.floor(1000 + Math.random() * 8999)}`;

  beforeAll(async () => {
    ensureClientBuilt();
    app = await startTestApp({ clientDir: clientDist });
    browser = await launchBrowser();
    company = await registerCompany(app, { companyName: 'Oder Networks Sp. z o.o.', locale: 'en' });
    const address = await company.browser.gql(
      `mutation ($input: UpdateCompanyInput!) { updateCompany(input: $input) { id } }`,
      { input: { addressLine1: 'ul. Rybacka 7', postalCode: '50-001', city: 'Wrocław' } },
    );
    expect(address.errors).toBeUndefined();
    await erpInvoice(app, company, invoiceNumber, [
      { sku: 'RTR-AX3000', name: PRODUCT, quantity: 3, unitPrice: '89.00' },
      { sku: 'SW-8P', name: 'Switch 8 ports', quantity: 2, unitPrice: '39.00' },
    ]);
    agent = await agentCookie(app, 'Wiktor Workshop');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const noSideScroll = async (page: Page) =>
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);

  /** The customer raises the service request; returns its RMA number. */
  async function raiseServiceRequest(page: Page, viewport: Viewport): Promise<string> {
    const main = page.getByRole('main');
    await page.goto(`${app.url}/returns`);
    await main.getByRole('link', { name: en.returns.list.new }).click();
    await main.getByRole('radio', { name: new RegExp(en.returns.kind.SERVICE) }).click();
    await main.getByRole('button', { name: w.next, exact: true }).click();

    await main.getByRole('textbox', { name: w.product.invoiceNumber }).fill(invoiceNumber);
    await main.getByRole('button', { name: w.product.check }).click();
    await main.getByRole('radio', { name: PRODUCT }).check();
    // A repair is no return: no reason (so no "Ordered by mistake"), no return conditions.
    await main.getByRole('textbox', { name: w.product.fault }).waitFor();
    expect(await main.getByRole('combobox', { name: w.product.reason }).count()).toBe(0);
    expect(await main.getByText(en.returns.reason.ORDERED_BY_MISTAKE).count()).toBe(0);
    expect(await main.getByRole('group', { name: w.conditions.legend }).count()).toBe(0);
    expect(await main.getByRole('checkbox', { name: w.conditions.all }).count()).toBe(0);

    // Adding it without the fault and the purchase date is refused, field by field; each
    // message goes once its field is filled in.
    await main.getByRole('button', { name: w.product.add, exact: true }).click();
    await main.getByText(w.product.faultRequired).waitFor();
    await main.getByText(w.product.evidenceRequired).waitFor();
    await main
      .getByRole('textbox', { name: w.product.fault })
      .fill('Drops the Wi-Fi every few minutes.');
    await main.getByText(w.product.faultRequired).waitFor({ state: 'detached' });
    await main.getByRole('textbox', { name: w.product.serialNumber }).fill('SN-AX-4411');
    await main.getByLabel(w.product.purchaseDate).fill('2026-02-12');
    await main.getByText(w.product.evidenceRequired).waitFor({ state: 'detached' });
    await main.getByRole('textbox', { name: w.product.accessories }).fill('Power supply');
    await noSideScroll(page);
    if (viewport === 'desktop') await docsShot(page, 'returns-wizard-service');
    await main.getByRole('button', { name: w.product.add, exact: true }).click();

    await main.getByRole('article', { name: `1. ${PRODUCT}` }).waitFor();
    await main.getByRole('button', { name: w.next, exact: true }).click();
    // The repaired product goes back to one of the company's addresses.
    await main
      .getByRole('radio', { name: /Rybacka 7/ })
      .first()
      .check();
    await main.getByRole('button', { name: w.next, exact: true }).click();
    await main.getByRole('button', { name: w.summary.send.SERVICE }).click();
    await page
      .getByRole('dialog', { name: w.confirm.title.SERVICE })
      .getByRole('button', { name: w.confirm.yes })
      .click();
    await main.getByRole('heading', { level: 1, name: en.returns.sent.title.SERVICE }).waitFor();
    return (await main.getByTestId('rma-number').innerText()).trim();
  }

  /** On the staff page: a step's button, its dialog's confirm button, the notice after. */
  async function step(page: Page, button: string, dialog: string, confirm: string, done: string) {
    await page.getByRole('main').getByRole('button', { name: button, exact: true }).click();
    const opened = page.getByRole('dialog', { name: dialog });
    await opened.getByRole('button', { name: confirm, exact: true }).click();
    await opened.waitFor({ state: 'detached' });
    await page.getByText(done).waitFor();
  }

  const moveTo = (to: string) => fill(s.moveTo, { stage: to });
  const stageDialog = (to: string) => fill(s.dialog.stage.title, { name: PRODUCT, stage: to });

  /**
   * The agent authorizes, receives, and moves the product through the workshop; after each
   * step, seen(what the customer's history shows now).
   */
  async function workshop(
    page: Page,
    rma: string,
    seen: (text: string) => Promise<void>,
  ): Promise<void> {
    const main = page.getByRole('main');
    await page.goto(`${app.url}/staff/returns/${rma}`);
    await main.getByRole('heading', { level: 1, name: rma }).waitFor();
    const authorize = fill(s.dialog.authorize.title, { rma });
    await step(page, s.authorize, authorize, s.dialog.authorize.confirm, s.done.authorize);
    await seen(en.returns.event.AUTHORIZED);
    const receive = fill(s.dialog.receive.title, { rma });
    await step(page, s.receive, receive, s.dialog.receive.confirm, s.done.receive);
    await seen(stage.RECEIVED);

    // Received: the only way on is the diagnosis; "Shipped back" is not offered yet.
    const stageButtons = main.getByRole('button', { name: /^Move to: / });
    await main.getByRole('button', { name: moveTo(stage.DIAGNOSIS) }).waitFor();
    expect(await stageButtons.allInnerTexts()).toEqual([moveTo(stage.DIAGNOSIS)]);
    await step(
      page,
      moveTo(stage.DIAGNOSIS),
      stageDialog(stage.DIAGNOSIS),
      s.dialog.stage.confirm,
      s.done.stage,
    );
    await seen(stage.DIAGNOSIS);

    // After the diagnosis: repaired, replaced or not repairable.
    await main.getByRole('button', { name: moveTo(stage.REPAIR) }).waitFor();
    expect(await stageButtons.allInnerTexts()).toEqual([
      moveTo(stage.REPAIR),
      moveTo(stage.REPLACEMENT),
      moveTo(stage.NOT_REPAIRABLE),
    ]);
    await step(
      page,
      moveTo(stage.REPAIR),
      stageDialog(stage.REPAIR),
      s.dialog.stage.confirm,
      s.done.stage,
    );
    await seen(stage.REPAIR);

    // Shipped back needs the carrier and the tracking number.
    await main.getByRole('button', { name: moveTo(stage.SHIPPED_BACK) }).click();
    const ship = page.getByRole('dialog', { name: stageDialog(stage.SHIPPED_BACK) });
    await ship.getByRole('textbox', { name: s.carrier }).fill('DPD');
    await ship.getByRole('button', { name: s.dialog.stage.confirm }).click();
    await ship.getByText(s.trackingRequired).waitFor();
    await ship.getByRole('textbox', { name: s.trackingNumber }).fill('0987 6543 21');
    await ship.getByRole('button', { name: s.dialog.stage.confirm }).click();
    await ship.waitFor({ state: 'detached' });
    await page.getByText(s.done.stage).waitFor();
    expect(await stageButtons.count()).toBe(0);
    await seen(stage.SHIPPED_BACK);
    await docsShot(page, 'returns-staff-detail');

    // Every product is back with the customer: the request can be closed, and is.
    const close = fill(s.dialog.close.title, { rma });
    await step(page, s.close, close, s.dialog.close.confirm, s.done.close);
    await main.getByText(s.nothingClosed).waitFor();
    await seen(en.returns.event.CLOSED);
  }

  for (const viewport of ['desktop', 'phone'] as const)
    it(`goes from the wizard to "Shipped back" with tracking, one e-mail per stage (${viewport})`, async () => {
      const customerContext = await contextFor(browser, app, company.browser.cookie!);
      const customer = await customerContext.newPage();
      await customer.setViewportSize(VIEWPORTS[viewport]);
      const rma = await raiseServiceRequest(customer, viewport);
      expect(rma).toMatch(/^RMA-\d{4}-\d{6}$/);

      // The customer keeps the return's page open: each step appears on its history as the
      // agent takes it, without a reload.
      const main = customer.getByRole('main');
      await main.getByRole('link', { name: en.returns.sent.view }).click();
      await main.getByRole('heading', { level: 1, name: rma }).waitFor();
      const history = main.getByRole('region', { name: en.returns.timeline.title });
      await history.getByText(en.returns.event.SUBMITTED, { exact: true }).waitFor();
      const seen = (text: string) => history.getByText(text, { exact: true }).waitFor();

      const agentContext = await contextFor(browser, app, agent);
      await workshop(await agentContext.newPage(), rma, seen);

      // After a reload too: every stage on the history, in the order they happened.
      await customer.reload();
      await main.getByRole('heading', { level: 1, name: rma }).waitFor();
      const tracking = fill(en.returns.item.tracking, { carrier: 'DPD', number: '0987 6543 21' });
      await history.getByText(tracking).waitFor();
      const stages = Object.values(stage);
      const shown = (await history.innerText())
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => stages.includes(line));
      expect(shown).toEqual([stage.RECEIVED, stage.DIAGNOSIS, stage.REPAIR, stage.SHIPPED_BACK]);
      const events = (await history.innerText()).split('\n').map((line) => line.trim());
      const at = (text: string) => events.indexOf(text);
      expect(at(en.returns.event.SUBMITTED)).toBeGreaterThanOrEqual(0);
      expect(at(en.returns.event.SUBMITTED)).toBeLessThan(at(en.returns.event.AUTHORIZED));
      expect(at(en.returns.event.AUTHORIZED)).toBeLessThan(at(stage.RECEIVED));
      expect(at(stage.SHIPPED_BACK)).toBeLessThan(at(en.returns.event.CLOSED));
      await main.getByText(en.returns.next.closed.title).first().waitFor();
      await noSideScroll(customer);
      if (viewport === 'desktop') await docsShot(customer, 'returns-detail');

      // One e-mail per stage, each naming its stage and the product.
      const mail = (await emailsTo(app, company.email)).filter((e) => e.subject.startsWith(rma));
      expect(mail.map((e) => e.subject)).toEqual([
        `${rma}: Submitted`,
        `${rma}: Authorized`,
        `${rma}: Received in the workshop – ${PRODUCT}`,
        `${rma}: Diagnosis – ${PRODUCT}`,
        `${rma}: Repaired – ${PRODUCT}`,
        `${rma}: Shipped back – ${PRODUCT}`,
        `${rma}: Closed`,
      ]);
      for (const e of mail.slice(2, 6)) {
        expect(e.text).toContain(PRODUCT);
        expect(e.text).not.toMatch(/\b(RECEIVED|DIAGNOSIS|REPAIR|SHIPPED_BACK)\b/);
      }
      expect(mail[5]!.text).toContain('DPD');
      expect(mail[5]!.text).toContain('0987 6543 21');

      await customerContext.close();
      await agentContext.close();
    }, 240_000);
});
