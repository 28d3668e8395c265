import type { Browser, Page } from 'playwright-core';
import { createApiToken } from '../../server/src/modules/accounts/auth/api-token.service';
import { registerCompany } from '../../server/test/accounts-helpers';
import { startTestApp, type TestApp } from '../../server/test/harness';
import en from '../src/locales/en.json';
import { clientDist, describeInBrowser, ensureClientBuilt, launchBrowser } from './browser';

const UPSERT = `mutation U($input: UpsertProductsInput!) {
  upsertProducts(input: $input) { created updated }
}`;

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/{{(\w+)}}/g, (_, key: string) => String(values[key]));

/**
 * The shop end to end: a representative searches the catalogue, adds a product, places the
 * order with the resale terms, lands on the order, finds its invoice in the invoices list and
 * the invoice's PDF downloads with the session of the browser.
 */
describeInBrowser('shop in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ensureClientBuilt();
    app = await startTestApp({ clientDir: clientDist });
    browser = await launchBrowser();
    // The ERP fills the catalogue over the API, with a token of its own.
    const { token } = await app.db.dataSource.transaction((tx) => createApiToken(tx, 'ERP'));
    const res = await app.gql<{ upsertProducts: { created: number } }>(
      UPSERT,
      {
        input: {
          products: [
            {
              sku: 'E2E-REL-24',
              name: 'Finder industrial relay 24 V',
              description: 'Industrial relay with gold contacts, 2 changeover contacts, 8 A.',
              price: '12.40',
              stock: 40,
            },
            {
              sku: 'E2E-PSU-60',
              name: 'Meanwell DIN-rail power supply 24 V 60 W',
              description: 'Slim DIN-rail switching power supply.',
              price: '38.90',
              stock: 5,
            },
            {
              sku: 'E2E-SSD-1',
              name: 'Samsung SSD NVMe 1 TB',
              description: 'PCIe 4.0 NVMe M.2 2280 solid-state drive.',
              price: '79.90',
              stock: 0,
            },
          ],
        },
      },
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.upsertProducts.created).toBe(3);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  beforeEach(async () => {
    // A new company, signed in: its session cookie goes into the browser.
    const company = await registerCompany(app, { locale: 'en' });
    const [name, value] = company.browser.cookie!.split(/=(.*)/s) as [string, string];
    const context = await browser.newContext({ locale: 'en-US' });
    await context.addCookies([{ name, value, url: app.url }]);
    page = await context.newPage();
  });
  afterEach(async () => {
    await page.context().close();
  });

  const main = () => page.getByRole('main');

  it('searches, adds to the basket, orders, and downloads the invoice PDF', async () => {
    // 1. The catalogue, searched by words.
    await page.goto(`${app.url}/shop`);
    await main().getByRole('heading', { level: 1, name: en.shop.catalogue.title }).waitFor();
    await page.getByRole('searchbox', { name: en.shop.catalogue.search }).fill('gold relay');
    const catalogue = page.getByRole('table', { name: en.shop.catalogue.title });
    const relayRow = catalogue.getByRole('row').filter({ hasText: 'E2E-REL-24' });
    await relayRow.waitFor();
    await catalogue.getByRole('row').filter({ hasText: 'E2E-PSU-60' }).waitFor({
      state: 'detached',
    });
    expect(await relayRow.innerText()).toContain('€12.40');
    expect(await relayRow.textContent()).toContain(fill(en.shop.common.inStock, { count: 40 }));

    // 2. Three relays into the basket; the header counts them.
    const name = 'Finder industrial relay 24 V';
    const quantity = relayRow.getByRole('textbox', {
      name: fill(en.shop.catalogue.quantityOf, { name }),
    });
    await quantity.fill('3');
    await relayRow
      .getByRole('button', { name: fill(en.shop.catalogue.addNamed, { name }) })
      .click();
    await page.getByRole('link', { name: fill(en.shop.basketLink.label, { count: 3 }) }).waitFor();

    // Out of stock: nothing to add.
    await page.getByRole('searchbox', { name: en.shop.catalogue.search }).fill('E2E-SSD');
    const ssdRow = catalogue.getByRole('row').filter({ hasText: 'E2E-SSD-1' });
    await ssdRow.getByText(en.shop.common.outOfStock).waitFor();
    expect(await ssdRow.getByRole('button').isDisabled()).toBe(true);

    // 3. The basket and the checkout.
    await page.getByRole('tab', { name: en.shop.tabs.basket }).click();
    await page.waitForURL(`${app.url}/shop/basket`);
    const basket = page.getByRole('table', { name: en.shop.basket.title });
    const line = basket.getByRole('row').filter({ hasText: 'E2E-REL-24' });
    await line.waitFor();
    expect(await line.innerText()).toContain('€37.20');
    await page.getByRole('textbox', { name: en.shop.checkout.reference }).fill('PO-E2E-1');
    await page.getByRole('button', { name: en.shop.checkout.submit }).click();
    // Refused without the resale terms.
    await page.getByText(en.shop.checkout.resaleRequired).waitFor();
    await page.getByRole('checkbox', { name: en.shop.checkout.resale }).check();
    await page.getByRole('button', { name: en.shop.checkout.submit }).click();

    // 4. The order, with its invoice.
    await main()
      .getByRole('heading', { level: 1, name: /^Order ZAM\/\d{4}\/\d{6}$/ })
      .waitFor();
    await page.getByText(en.shop.order.placedTitle).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/shop\/orders\/[0-9a-f-]{36}$/);
    const invoiceNumber = await main()
      .getByRole('link', { name: /^FV\/\d{4}\/\d{6}$/ })
      .innerText();
    await page.getByRole('link', { name: fill(en.shop.basketLink.label, { count: 0 }) }).waitFor();

    // 5. The invoice in the list, and its PDF.
    await page.getByRole('tab', { name: en.shop.tabs.invoices }).click();
    await page.waitForURL(`${app.url}/shop/invoices`);
    const invoices = page.getByRole('table', { name: en.shop.invoices.title });
    const row = invoices.getByRole('row').filter({ hasText: invoiceNumber });
    await row.waitFor();
    expect(await row.textContent()).toContain(en.shop.invoices.sources.ORDER);
    expect(await row.innerText()).toContain('€37.20');
    const pdfLink = row.getByRole('link', {
      name: fill(en.shop.invoices.pdf, { number: invoiceNumber }),
    });
    expect(await pdfLink.getAttribute('target')).toBe('_blank');
    const href = (await pdfLink.getAttribute('href'))!;
    expect(href).toMatch(/^\/invoices\/[0-9a-f-]{36}\/pdf$/);
    const pdf = await page.evaluate(async (url) => {
      const res = await fetch(url);
      const bytes = new Uint8Array(await res.arrayBuffer());
      return {
        status: res.status,
        type: res.headers.get('content-type'),
        magic: String.fromCharCode(...bytes.slice(0, 5)),
      };
    }, href);
    expect(pdf).toEqual({ status: 200, type: 'application/pdf', magic: '%PDF-' });

    // The invoice page lists its numbered line.
    await row.getByRole('link', { name: invoiceNumber, exact: true }).click();
    await main()
      .getByRole('heading', {
        level: 1,
        name: fill(en.shop.invoice.title, { number: invoiceNumber }),
      })
      .waitFor();
    const lines = page.getByRole('table', { name: en.shop.invoice.lines });
    const first = lines.getByRole('row').filter({ hasText: 'E2E-REL-24' });
    expect((await first.innerText()).split(/\s+/)[0]).toBe('1');
  });

  it('names the SKU and what is left when the stock runs out at checkout', async () => {
    await page.goto(`${app.url}/shop?q=E2E-PSU`);
    const row = page
      .getByRole('table', { name: en.shop.catalogue.title })
      .getByRole('row')
      .filter({ hasText: 'E2E-PSU-60' });
    await row.waitFor();
    const name = 'Meanwell DIN-rail power supply 24 V 60 W';
    await row.getByRole('button', { name: fill(en.shop.catalogue.addNamed, { name }) }).click();
    await page.getByRole('link', { name: fill(en.shop.basketLink.label, { count: 1 }) }).waitFor();

    // Another company buys all five in the meantime.
    const rival = await registerCompany(app);
    const product = await rival.browser.gql<{ product: { id: string } }>(
      'query P($sku: String!) { product(sku: $sku) { id } }',
      { sku: 'E2E-PSU-60' },
    );
    await rival.browser.gql(
      'mutation A($id: ID!) { addToBasket(productId: $id, quantity: 5) { itemCount } }',
      {
        id: product.data!.product.id,
      },
    );
    const bought = await rival.browser.gql(
      'mutation { placeOrder(input: { idempotencyKey: "rival-order-1", acceptResaleTerms: true }) { id } }',
    );
    expect(bought.errors).toBeUndefined();

    await page.goto(`${app.url}/shop/basket`);
    await page.getByRole('checkbox', { name: en.shop.checkout.resale }).check();
    await page.getByRole('button', { name: en.shop.checkout.submit }).click();
    const alert = page.getByRole('alert').filter({ hasText: en.shop.checkout.outOfStockTitle });
    await alert.waitFor();
    expect(await alert.innerText()).toContain(
      fill(en.shop.checkout.outOfStockNone, { sku: 'E2E-PSU-60' }),
    );
    // The basket, asked again, marks the line.
    await page.getByText(en.shop.basket.soldOut).waitFor();
  });
});
