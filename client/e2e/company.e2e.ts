import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../server/test/harness';
import en from '../src/locales/en.json';
import { clientDist, describeInBrowser, ensureClientBuilt, launchBrowser } from './browser';

const root = path.resolve(__dirname, '../..');
const shots = path.join(root, 'docs/screenshots');
/** DOCS_SCREENSHOTS=1 renews the guides' screenshots (docs/accounts.md, docs/shop.md). */
const saveShots = process.env.DOCS_SCREENSHOTS === '1';

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

/**
 * Addresses and the home page end to end, on a desktop and a phone: a visitor finds
 * "Register your company" on the home page, registers with a billing address, sees the
 * checklist tick the address off, and manages the company's addresses.
 */
describeInBrowser('company addresses and the home page in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let nip = 774000150;

  beforeAll(async () => {
    ensureClientBuilt();
    app = await startTestApp({ clientDir: clientDist });
    browser = await launchBrowser();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  afterEach(async () => {
    await page?.context().close();
  });

  const open = async (viewport: keyof typeof VIEWPORTS) => {
    const context = await browser.newContext({ locale: 'en-US', viewport: VIEWPORTS[viewport] });
    page = await context.newPage();
  };
  const noSideScroll = async () =>
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
  const shot = async (name: string) => {
    if (saveShots) await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
  };

  /** Valid Polish NIPs, one per registration (checksum weights 6 5 7 2 3 4 5 6 7). */
  const nextNip = (): string => {
    for (;;) {
      const digits = String(nip++).split('').map(Number);
      const sum = [6, 5, 7, 2, 3, 4, 5, 6, 7].reduce((a, w, i) => a + w * digits[i]!, 0) % 11;
      if (sum !== 10) return digits.join('') + String(sum);
    }
  };

  const register = async (email: string) => {
    await page.getByRole('textbox', { name: en.fields.taxId }).fill(nextNip());
    await page.getByRole('combobox', { name: en.fields.country, exact: true }).fill('Pola');
    await page.getByRole('option', { name: 'Poland' }).click();
    await page.getByRole('textbox', { name: en.fields.companyName }).fill('Amber Tools Sp. z o.o.');
    const billing = page.getByRole('group', { name: en.auth.register.addressSection });
    await billing.getByRole('textbox', { name: en.address.street }).fill('ul. Długa 5');
    const postal = billing.getByRole('textbox', { name: en.address.postalCode });
    await postal.fill('80831');
    await page.getByRole('textbox', { name: en.fields.yourName }).fill('Ewa Nowak');
    await page.getByRole('textbox', { name: en.fields.email }).fill(email);
    await page.getByLabel(new RegExp(`^${en.fields.password}`)).fill('Amber-tools-2026');
    await page.getByRole('checkbox', { name: en.auth.register.terms }).check();
    await page.getByRole('button', { name: en.auth.register.submit }).click();
    // The postal code of Poland is NN-NNN: refused before sending, then corrected.
    await billing.getByText('This is not a postal code of Poland. For example: 00-950.').waitFor();
    await billing.getByRole('textbox', { name: en.address.city }).fill('Gdańsk');
    await postal.fill('80-831');
    await page.getByRole('button', { name: en.auth.register.submit }).click();
  };

  for (const viewport of ['desktop', 'phone'] as const) {
    it(`leads a visitor from the home page to registration with a billing address (${viewport})`, async () => {
      await open(viewport);
      await page.goto(app.url);
      const main = page.getByRole('main');
      await main.getByRole('heading', { level: 1, name: en.home.title }).waitFor();
      await main.getByRole('link', { name: en.home.signedOut.signIn }).waitFor();
      // Each card leads to its area.
      const cards = page.getByRole('region', { name: en.home.cardsLabel });
      expect(
        await cards.getByRole('link', { name: en.home.cards.returns.title }).getAttribute('href'),
      ).toBe('/returns');
      await noSideScroll();
      await shot(`home-signed-out-${viewport}`);

      await main.getByRole('link', { name: en.home.signedOut.register }).click();
      await page.getByRole('heading', { level: 1, name: en.auth.register.title }).waitFor();
      await noSideScroll();
      await shot(`accounts-register-address-${viewport}`);
      await register(`ewa.${viewport}@amber.test`);

      // Home with the administrator's checklist: the billing address is ticked off.
      const checklist = page.getByRole('region', { name: en.home.checklist.title });
      await checklist.getByText('1 of 3 done').waitFor();
      await checklist.getByText(en.home.checklist.steps.billingAddress).waitFor();
      await checklist
        .getByRole('link', { name: en.home.checklist.steps.colleaguesInvited })
        .waitFor();
      await noSideScroll();
      await shot(`home-checklist-${viewport}`);

      // The company page: the billing address from registration, and a new ship-to address.
      await checklist
        .getByRole('link', { name: en.home.checklist.steps.colleaguesInvited })
        .waitFor();
      await page.goto(`${app.url}/company`);
      const addresses = page.getByRole('region', { name: en.company.addresses.title });
      await addresses.getByRole('article', { name: 'Billing address: ul. Długa 5' }).waitFor();
      await addresses.getByRole('button', { name: en.company.addresses.addShipping }).click();
      const dialog = page.getByRole('dialog', { name: en.company.addresses.addTitle });
      await dialog.getByRole('textbox', { name: en.address.street }).fill('Hauptstraße 5');
      await dialog.getByRole('combobox', { name: en.fields.country }).fill('Germ');
      await page.getByRole('option', { name: 'Germany' }).click();
      await dialog.getByRole('textbox', { name: en.address.postalCode }).fill('10115');
      await dialog.getByRole('textbox', { name: en.address.city }).fill('Berlin');
      await dialog.getByRole('textbox', { name: en.address.attention }).fill('Lager Berlin');
      await dialog.getByRole('button', { name: en.company.addresses.save }).click();
      await addresses.getByRole('article', { name: 'Ship-to address: Hauptstraße 5' }).waitFor();
      await addresses.getByText(en.company.addresses.saved).waitFor();
      await noSideScroll();
      await shot(`accounts-addresses-${viewport}`);
    }, 240_000);
  }

  it('renders a real invoice page for the guide', async () => {
    await open('desktop');
    await page.goto(`${app.url}/register`);
    await page.getByRole('heading', { level: 1, name: en.auth.register.title }).waitFor();
    await register('ewa.invoice@amber.test');
    await page.getByRole('region', { name: en.home.checklist.title }).waitFor();
    // An order through the API as the signed-in person: two products at 23 %.
    const gql = (query: string, variables: Record<string, unknown> = {}) =>
      page.evaluate(
        async ([q, v]) =>
          (
            await fetch('/graphql', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query: q, variables: v }),
            })
          ).json(),
        [query, variables] as const,
      );
    await app.db.dataSource.query(
      `INSERT INTO product (sku, name, description, "priceMinor", currency, stock, active, "vatRateBp")
       VALUES ('SSD-SAM-0100', 'Samsung SSD NVMe M.2 1 TB', '', 7990, 'EUR', 40, true, 2300),
              ('CAB-GOO-0100', 'Goobay patch cable Cat6 2 m', '', 235, 'EUR', 900, true, 2300)`,
    );
    for (const [sku, q] of [
      ['SSD-SAM-0100', 4],
      ['CAB-GOO-0100', 25],
    ] as const) {
      const found = (await gql('query P($sku: String!) { product(sku: $sku) { id } }', {
        sku,
      })) as { data: { product: { id: string } } };
      await gql(
        'mutation A($id: ID!, $q: Int!) { addToBasket(productId: $id, quantity: $q) { itemCount } }',
        { id: found.data.product.id, q },
      );
    }
    const placed = (await gql(
      'mutation O($input: PlaceOrderInput!) { placeOrder(input: $input) { invoice { id } } }',
      { input: { idempotencyKey: 'docs-invoice-0001', acceptResaleTerms: true } },
    )) as { data: { placeOrder: { invoice: { id: string } } } };
    const invoiceId = placed.data.placeOrder.invoice.id;
    const pdf = await page.evaluate(async (id) => {
      const bytes = new Uint8Array(await (await fetch(`/invoices/${id}/pdf`)).arrayBuffer());
      return Array.from(bytes);
    }, invoiceId);
    expect(pdf.length).toBeGreaterThan(1000);

    // Rendered with pdf.js (Mozilla's PDF engine) on a page of the same origin.
    const pdfjs = path.join(root, 'node_modules/pdfjs-dist/legacy/build');
    await page.route('**/__pdfjs/*', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: fs.readFileSync(
          path.join(pdfjs, path.basename(new URL(route.request().url()).pathname)),
        ),
      }),
    );
    await page.route('**/__invoice.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        // pdf.js is loaded by the page itself (a module script), not by code the test runner
        // transpiles: it exposes one function that draws page 1 onto the canvas.
        body: `<!doctype html><body style="margin:0"><canvas id="c"></canvas>
<script type="module">
import * as lib from '/__pdfjs/pdf.mjs';
lib.GlobalWorkerOptions.workerSrc = '/__pdfjs/pdf.worker.mjs';
window.renderInvoice = async (data) => {
  const doc = await lib.getDocument({ data: new Uint8Array(data) }).promise;
  const pdfPage = await doc.getPage(1);
  const viewport = pdfPage.getViewport({ scale: 2 });
  const canvas = document.getElementById('c');
  canvas.width = viewport.width;
  canvas.height = viewport.height;
  await pdfPage.render({ canvasContext: canvas.getContext('2d'), viewport }).promise;
  return true;
};
</script></body>`,
      }),
    );
    await page.setViewportSize({ width: 1240, height: 1754 });
    await page.goto(`${app.url}/__invoice.html`);
    await page.waitForFunction(() => 'renderInvoice' in window);
    const drawn = await page.evaluate(
      (data) =>
        (window as unknown as { renderInvoice: (d: number[]) => Promise<boolean> }).renderInvoice(
          data,
        ),
      pdf,
    );
    expect(drawn).toBe(true);
    if (saveShots)
      await page.locator('#c').screenshot({ path: path.join(shots, 'shop-invoice-pdf.png') });
  }, 240_000);
});
