import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import {
  requestPath,
  returnPath,
  ROUTES,
  staffRequestPath,
  staffReturnPath,
} from '../../shared/src/routes';
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
import { apiReturn, erpInvoice } from './returns-helpers';
import en from '../src/locales/en.json';
import { clientDist, describeInBrowser, ensureClientBuilt, launchBrowser } from './browser';

const SIZES = [
  { name: 'desktop 1280x800', width: 1280, height: 800 },
  { name: 'phone 390x844', width: 390, height: 844 },
] as const;
/** How long a page may take to show its heading and settle. */
const LOAD = { timeout: 15_000 };

/** What the seeded company owns: one of each record with a page of its own. */
interface Seeded {
  rma: string;
  ticketKey: string;
  orderId: string;
  invoiceId: string;
}

async function seedShop(app: TestApp, company: Registered, erp: Record<string, string>) {
  const upsert = await app.gql<{ upsertProducts: { created: number } }>(
    `mutation ($input: UpsertProductsInput!) { upsertProducts(input: $input) { created } }`,
    {
      input: {
        products: [
          { sku: 'A11Y-REL-24', name: 'Finder relay 24 V', price: '12.40', stock: 40 },
          { sku: 'A11Y-PSU-60', name: 'DIN-rail power supply 60 W', price: '38.90', stock: 0 },
        ],
      },
    },
    { headers: erp },
  );
  expect(upsert.errors).toBeUndefined();
  const [product] = (await app.db.dataSource.query(`SELECT id FROM product WHERE sku = $1`, [
    'A11Y-REL-24',
  ])) as Array<{ id: string }>;
  const add = `mutation ($id: ID!, $q: Int!) { addToBasket(productId: $id, quantity: $q) { itemCount } }`;
  expect((await company.browser.gql(add, { id: product!.id, q: 2 })).errors).toBeUndefined();
  const placed = await company.browser.gql<{ placeOrder: { id: string; invoice: { id: string } } }>(
    `mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id invoice { id } } }`,
    { input: { idempotencyKey: 'a11y-order-1', acceptResaleTerms: true } },
  );
  expect(placed.errors).toBeUndefined();
  // Something in the basket, so that its page shows lines and the order form.
  expect((await company.browser.gql(add, { id: product!.id, q: 1 })).errors).toBeUndefined();
  return { orderId: placed.data!.placeOrder.id, invoiceId: placed.data!.placeOrder.invoice.id };
}

async function seedReturn(app: TestApp, company: Registered) {
  await erpInvoice(app, company, 'ERP/A11Y/1', [
    { sku: 'CAM-4K-01', name: 'IP camera 4K', quantity: 5, unitPrice: '129.90' },
  ]);
  return apiReturn(app, company, 'ERP/A11Y/1', 'a11y-return-1', {
    reason: 'DEFECTIVE',
    serialNumber: 'SN-1',
  });
}

async function seedTicket(company: Registered): Promise<string> {
  const portals = await company.browser.gql<{
    portals: Array<{ requestTypeGroups: Array<{ types: Array<{ id: string }> }> }>;
  }>('{ portals { requestTypeGroups { types { id } } } }');
  const typeId = portals.data!.portals[0]!.requestTypeGroups[0]!.types[0]!.id;
  const created = await company.browser.gql<{ createTicket: { key: string } }>(
    'mutation ($input: CreateTicketInput!) { createTicket(input: $input) { key } }',
    {
      input: {
        portalKey: 'CUSTOMER_SERVICE',
        requestTypeId: typeId,
        subject: 'The relay clicks but does not switch',
        description: 'Ordered last week; the coil is fine.',
      },
    },
  );
  expect(created.errors).toBeUndefined();
  return created.data!.createTicket.key;
}

async function seed(app: TestApp, company: Registered): Promise<Seeded> {
  await app.db.dataSource.query('UPDATE company SET contracted = true WHERE id = $1', [
    company.companyId,
  ]);
  const address = await company.browser.gql(
    `mutation ($input: UpdateCompanyInput!) { updateCompany(input: $input) { id } }`,
    { input: { addressLine1: 'ul. Portowa 5', postalCode: '80-001', city: 'Gdańsk' } },
  );
  expect(address.errors).toBeUndefined();
  await confirmTaxId(app, company.companyId);
  const { token } = await app.db.dataSource.transaction((tx) => createApiToken(tx, 'ERP'));
  const erp = { authorization: `Bearer ${token}` };
  const shop = await seedShop(app, company, erp);
  const rma = await seedReturn(app, company);
  const ticketKey = await seedTicket(company);
  return { ...shop, rma, ticketKey };
}

/** The problems of one page at one size: serious/critical axe rules and a sideways scroll. */
async function problemsOf(page: Page, where: string): Promise<string[]> {
  const problems: string[] = [];
  const results = await new AxeBuilder({ page }).analyze();
  for (const v of results.violations) {
    if (v.impact !== 'serious' && v.impact !== 'critical') continue;
    const targets = v.nodes
      .slice(0, 3)
      .map((n) => n.target.join(' '))
      .join(' | ');
    problems.push(`${where}: ${v.impact} ${v.id} (${v.nodes.length}x: ${targets})`);
  }
  // Mantine's stylesheets come per component in use (client/vite.mantine-styles.mts): a class of
  // a Mantine component that no rule of the page's stylesheets names is a component unstyled.
  const unstyled = await page.evaluate(() => {
    const styled = new Set<string>();
    const walk = (rules: CSSRuleList) => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSStyleRule)
          for (const m of rule.selectorText.matchAll(/\.(m_[0-9a-f]+)/g)) styled.add(m[1]!);
        if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of Array.from(document.styleSheets)) walk(sheet.cssRules);
    const missing = new Set<string>();
    for (const element of Array.from(document.querySelectorAll('[class*="m_"]')))
      for (const name of Array.from(element.classList))
        if (/^m_[0-9a-f]+$/.test(name) && !styled.has(name))
          missing.add(`${name} (${element.className})`);
    return [...missing];
  });
  if (unstyled.length) problems.push(`${where}: unstyled Mantine classes ${unstyled.join(', ')}`);
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
  }));
  if (widths.scroll > widths.inner) {
    problems.push(`${where}: scrolls sideways (${widths.scroll} px > ${widths.inner} px)`);
  }
  return problems;
}

describeInBrowser('accessibility and phone layout of every page in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let company: Registered;
  let agentCookie: string;
  let data: Seeded;

  beforeAll(async () => {
    ensureClientBuilt();
    app = await startTestApp({ clientDir: clientDist });
    browser = await launchBrowser();
    company = await registerCompany(app, {
      companyName: 'Baltic Access Sp. z o.o.',
      name: 'Jan Kowalski',
      locale: 'en',
    });
    data = await seed(app, company);
    const agentEmail = newEmail('agent');
    await app.db.dataSource.transaction((tx) =>
      createAgent(tx, { email: agentEmail, name: 'Rita Reviewer', password: PASSWORD }),
    );
    agentCookie = (await signIn(app, agentEmail)).cookie!;
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** Visits each path at both sizes (with the cookie, if any) and lists every problem. */
  async function audit(paths: string[], cookie: string | null): Promise<string[]> {
    const problems: string[] = [];
    for (const size of SIZES) {
      const context = await browser.newContext({
        locale: 'en-US',
        viewport: { width: size.width, height: size.height },
      });
      if (cookie) {
        const at = cookie.indexOf('=');
        await context.addCookies([
          { name: cookie.slice(0, at), value: cookie.slice(at + 1), url: app.url },
        ]);
      }
      const page = await context.newPage();
      for (const path of paths) {
        const where = `${path} at ${size.name}`;
        try {
          await page.goto(`${app.url}${path}`);
          await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor(LOAD);
          await page.waitForLoadState('networkidle', LOAD);
          await page.waitForFunction(
            () => !document.querySelector('.mantine-Loader-root'),
            undefined,
            LOAD,
          );
        } catch (error) {
          problems.push(`${where}: did not load (${String(error).split('\n')[0]})`);
          continue;
        }
        problems.push(...(await problemsOf(page, where)));
      }
      await context.close();
    }
    return problems;
  }

  it('signed out: home, sign-in, register, forgot password and a 404', async () => {
    const paths = [
      ROUTES.home,
      ROUTES.signIn,
      ROUTES.register,
      ROUTES.forgotPassword,
      '/no-such-page',
    ];
    expect(await audit(paths, null)).toEqual([]);
  }, 180_000);

  it("a representative's pages", async () => {
    const paths = [
      ROUTES.home,
      ROUTES.requests,
      ROUTES.requestsNew,
      requestPath(data.ticketKey),
      ROUTES.returns,
      ROUTES.returnsNew,
      returnPath(data.rma),
      ROUTES.shop,
      ROUTES.shopBasket,
      ROUTES.shopOrders,
      `${ROUTES.shopOrders}/${data.orderId}`,
      ROUTES.shopInvoices,
      `${ROUTES.shopInvoices}/${data.invoiceId}`,
      ROUTES.company,
      ROUTES.companyEmployees,
      ROUTES.profile,
    ];
    expect(await audit(paths, company.browser.cookie!)).toEqual([]);
  }, 300_000);

  it("an agent's pages", async () => {
    const paths = [
      ROUTES.staff,
      ROUTES.staffRequests,
      staffRequestPath(data.ticketKey),
      ROUTES.staffReturns,
      staffReturnPath(data.rma),
      ROUTES.staffRequestTypes,
      ROUTES.staffUnmatchedDocuments,
    ];
    expect(await audit(paths, agentCookie)).toEqual([]);
  }, 300_000);

  it('shows a focus ring of at least 2 px on a text field and a button reached by keyboard', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${app.url}${ROUTES.signIn}`);
    await page.getByRole('button', { name: en.auth.signIn.submit }).waitFor();
    const rings: Record<string, string> = {};
    for (let i = 0; i < 40 && Object.keys(rings).length < 2; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || !el.closest('main')) return null;
        const style = getComputedStyle(el);
        const kind =
          el instanceof HTMLInputElement && ['text', 'email'].includes(el.type)
            ? 'text field'
            : el instanceof HTMLButtonElement
              ? 'button'
              : null;
        return kind && { kind, style: style.outlineStyle, width: style.outlineWidth };
      });
      if (focused && !rings[focused.kind]) {
        rings[focused.kind] =
          focused.style === 'none'
            ? '0px'
            : `${parseFloat(focused.width) >= 2 ? 'ok' : focused.width}`;
      }
    }
    expect(rings).toEqual({ 'text field': 'ok', button: 'ok' });
    await context.close();
  });
});
