import type { Browser, Page } from 'playwright-core';
import { registerCompany, type Registered } from '../../server/test/accounts-helpers';
import { startTestApp, type TestApp } from '../../server/test/harness';
import { orderFromShop, type PlacedOrder } from '../../server/test/shop-helpers';
import en from '../src/locales/en.json';
import { clientDist, describeInBrowser, ensureClientBuilt, launchBrowser } from './browser';
import { contextFor, docsShot, erpInvoice, fill } from './returns-helpers';

const w = en.returns.wizard;

const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

/**
 * "Return this" on an invoice line: from the customer's invoice page the wizard opens with
 * the invoice checked and that line picked; the customer adds why and sends the return,
 * which then names the product and the invoice. On a desktop and on a phone. An order's
 * lines offer it too, with the invoice the order was billed on.
 */
describeInBrowser('"Return this" from an invoice line in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let company: Registered;
  const invoiceNumber = `ERP/2026/R${Math.floor(1000 + Math.random() * 8999)}`;
  let placed: PlacedOrder;

  beforeAll(async () => {
    ensureClientBuilt();
    app = await startTestApp({ clientDir: clientDist });
    browser = await launchBrowser();
    company = await registerCompany(app, { companyName: 'Warta Office Sp. z o.o.', locale: 'en' });
    await erpInvoice(app, company, invoiceNumber, [
      { sku: 'MON-27-QHD', name: 'Monitor 27" QHD', quantity: 4, unitPrice: '219.00' },
      { sku: 'KBD-PL', name: 'Keyboard PL layout', quantity: 10, unitPrice: '24.50' },
      { sku: 'MSE-WL', name: 'Wireless mouse', quantity: 10, unitPrice: '14.90' },
    ]);

    // An order from the shop (its invoice is made with it): a product the seller's ERP lists.
    ({ order: placed } = await orderFromShop(
      app,
      company.browser,
      { sku: 'DOCK-USBC', name: 'USB-C dock', price: '89.00', currency: 'EUR', stock: 50 },
      { quantity: 3, idempotencyKey: 'return-this-order' },
    ));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const noSideScroll = async (page: Page) =>
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);

  for (const [viewport, product] of [
    ['desktop', 'Keyboard PL layout'],
    ['phone', 'Wireless mouse'],
  ] as const) {
    it(`opens the wizard at the line and sends the return (${viewport})`, async () => {
      const context = await contextFor(browser, app, company.browser.cookie!);
      const page = await context.newPage();
      await page.setViewportSize(VIEWPORTS[viewport]);
      const main = page.getByRole('main');

      // Shop → Invoices → the invoice, and "Return this" on the product's line.
      await page.goto(`${app.url}/shop/invoices`);
      await main.getByRole('link', { name: invoiceNumber, exact: true }).click();
      await main
        .getByRole('heading', {
          level: 1,
          name: fill(en.shop.invoice.title, { number: invoiceNumber }),
        })
        .waitFor();
      await noSideScroll(page);
      if (viewport === 'desktop') await docsShot(page, 'returns-invoice-return-this');
      await main
        .getByRole('link', { name: fill(en.shop.returnThisNamed, { name: product }) })
        .click();

      // The wizard: the invoice checked, that line picked, one unit; nothing else chosen.
      await main.getByRole('radio', { name: product, checked: true }).waitFor();
      expect(await main.getByRole('radio', { checked: true }).count()).toBe(1);
      expect(await main.getByRole('textbox', { name: w.product.invoiceNumber }).inputValue()).toBe(
        invoiceNumber,
      );
      expect(await main.getByRole('textbox', { name: w.product.quantity }).inputValue()).toBe('1');
      await noSideScroll(page);

      // The customer says why; every condition is met, so no ship-back address is asked.
      await main
        .getByRole('combobox', { name: w.product.reason })
        .selectOption({ label: en.returns.reason.NO_LONGER_NEEDED });
      await main.getByRole('checkbox', { name: w.conditions.all }).check();
      await main.getByRole('button', { name: w.product.add, exact: true }).click();
      await main.getByRole('article', { name: `1. ${product}` }).waitFor();
      await main.getByRole('button', { name: w.next, exact: true }).click();
      await main.getByRole('button', { name: w.summary.send.RETURN }).click();
      await page
        .getByRole('dialog', { name: w.confirm.title.RETURN })
        .getByRole('button', { name: w.confirm.yes })
        .click();
      await main.getByRole('heading', { level: 1, name: en.returns.sent.title.RETURN }).waitFor();
      const rma = (await main.getByTestId('rma-number').innerText()).trim();
      expect(rma).toMatch(/^RMA-\d{4}-\d{6}$/);

      // The return names the product, from that invoice.
      await main.getByRole('link', { name: en.returns.sent.view }).click();
      await main.getByRole('heading', { level: 1, name: rma }).waitFor();
      const items = main.getByRole('region', { name: en.returns.detail.items });
      await items.getByText(product, { exact: true }).waitFor();
      await items.getByText(invoiceNumber, { exact: false }).first().waitFor();
      await noSideScroll(page);
      await context.close();
    }, 180_000);
  }

  it("opens the wizard at an order line too, with the order's invoice", async () => {
    const context = await contextFor(browser, app, company.browser.cookie!);
    const page = await context.newPage();
    const main = page.getByRole('main');
    await page.goto(`${app.url}/shop/orders`);
    await main.getByRole('link', { name: placed.number, exact: true }).click();
    await main
      .getByRole('heading', {
        level: 1,
        name: fill(en.shop.order.title, { number: placed.number }),
      })
      .waitFor();
    await main
      .getByRole('link', { name: fill(en.shop.returnThisNamed, { name: 'USB-C dock' }) })
      .click();
    await main.getByRole('radio', { name: 'USB-C dock', checked: true }).waitFor();
    expect(await main.getByRole('textbox', { name: w.product.invoiceNumber }).inputValue()).toBe(
      placed.invoice.number,
    );
    await context.close();
  }, 180_000);
});
