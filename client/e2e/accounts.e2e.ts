import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../server/test/harness';
import en from '../src/locales/en.json';
import { clientDist, describeInBrowser, ensureClientBuilt, launchBrowser } from './browser';

/**
 * Accounts end to end, as people do it: a company registers itself, its administrator adds a
 * colleague, the colleague opens the invitation email (the development mailbox) and activates
 * the account, and is signed in for that company.
 */
describeInBrowser('accounts in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ensureClientBuilt();
    app = await startTestApp({ clientDir: clientDist });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  beforeEach(async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    page = await context.newPage();
  });
  afterEach(async () => {
    await page.context().close();
  });

  const company = 'Baltic Parts Sp. z o.o.';
  const banner = () => page.getByRole('banner');
  const main = () => page.getByRole('main');

  it('registers a company, invites a colleague, and the colleague activates from the email', async () => {
    // 1. Register (a valid Polish NIP).
    await page.goto(`${app.url}/register`);
    await page.getByRole('heading', { level: 1, name: en.auth.register.title }).waitFor();
    await page.getByRole('textbox', { name: en.fields.taxId }).fill('774-000-14-54');
    // The country is a searchable select: type part of the name, pick the option.
    await page.getByRole('combobox', { name: en.fields.country, exact: true }).fill('Pola');
    await page.getByRole('option', { name: 'Poland' }).click();
    await page.getByRole('textbox', { name: en.fields.companyName }).fill(company);
    const billing = page.getByRole('group', { name: en.auth.register.addressSection });
    await billing.getByRole('textbox', { name: en.address.street }).fill('ul. Portowa 3');
    await billing.getByRole('textbox', { name: en.address.postalCode }).fill('80-001');
    await billing.getByRole('textbox', { name: en.address.city }).fill('Gdańsk');
    await page.getByRole('textbox', { name: en.fields.yourName }).fill('Jan Kowalski');
    await page.getByRole('textbox', { name: en.fields.email }).fill('jan@baltic.test');
    await page.getByLabel(new RegExp(`^${en.fields.password}`)).fill('Baltic-parts-2026');
    await page.getByRole('checkbox', { name: en.auth.register.terms }).check();
    await page.getByRole('button', { name: en.auth.register.submit }).click();

    // 2. Signed in as the administrator, on the home page.
    await page.getByRole('heading', { level: 1, name: en.home.title }).waitFor();
    const janMenu = banner().getByRole('button', { name: /Jan Kowalski/ });
    await janMenu.waitFor();
    expect(await janMenu.innerText()).toContain(company);

    // 3. Company → Employees → "+ Add employee".
    await page
      .getByRole('navigation', { name: en.nav.label })
      .getByRole('link', { name: en.nav.company })
      .click();
    await main().getByRole('heading', { level: 1, name: company }).waitFor();
    await page.getByRole('tab', { name: en.company.tabs.employees }).click();
    await page.waitForURL(`${app.url}/company/employees`);
    const table = page.getByRole('table', { name: en.employees.title });
    await table.getByRole('cell', { name: 'jan@baltic.test' }).waitFor();

    await page.getByRole('button', { name: en.employees.addButton }).click();
    const dialog = page.getByRole('dialog', { name: en.employees.add.title });
    await dialog.getByRole('textbox', { name: en.fields.email }).fill('ola@baltic.test');
    await dialog.getByRole('button', { name: en.employees.add.submit }).click();
    await dialog.waitFor({ state: 'hidden' });
    const olaRow = table.getByRole('row').filter({ hasText: 'ola@baltic.test' });
    await olaRow.getByText(en.statuses.INVITED, { exact: true }).waitFor();

    // 4. Sign out: the API explorer of this browser forgets Jan's queries and headers too.
    await page.evaluate(() => {
      localStorage.setItem('graphiql:queries', '[{"query":"{ viewer { kind } }"}]');
      localStorage.setItem('graphiql:headers', '{"Authorization":"Bearer secret"}');
    });
    await janMenu.click();
    await page.getByRole('menuitem', { name: en.userMenu.signOut }).click();
    await page.getByRole('heading', { level: 1, name: en.auth.signIn.title }).waitFor();
    await janMenu.waitFor({ state: 'detached' });
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('graphiql:'))),
    ).toEqual([]);

    // 5. The invitation in the development mailbox; its button leads to this server.
    await page.goto(`${app.url}/dev/mailbox`);
    await page
      .getByRole('row')
      .filter({ hasText: 'ola@baltic.test' })
      .getByRole('link', { name: `You are invited to the customer portal of ${company}` })
      .click();
    const activate = page.getByRole('link', { name: 'Activate my account' });
    const href = await activate.getAttribute('href');
    expect(href).toMatch(
      new RegExp(`^${app.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/activate\\?token=`),
    );
    await activate.click();

    // 6. Activation: the company and the email, then name and password.
    await page.getByRole('heading', { level: 1, name: en.auth.activate.title }).waitFor();
    await page.getByText(en.auth.activate.intro.replace('{{company}}', company)).waitFor();
    expect(await page.getByRole('textbox', { name: en.fields.email }).inputValue()).toBe(
      'ola@baltic.test',
    );
    await page.getByRole('textbox', { name: en.fields.yourName }).fill('Ola Nowak');
    await page.getByLabel(new RegExp(`^${en.fields.password}`)).fill('Ola-at-baltic-2026');
    await page.getByLabel(new RegExp(`^${en.fields.confirmPassword}`)).fill('Ola-at-baltic-2026');
    await page.getByRole('button', { name: en.auth.activate.submit }).click();

    // 7. Signed in as the colleague, for the company.
    await page.getByRole('heading', { level: 1, name: en.home.title }).waitFor();
    const olaMenu = banner().getByRole('button', { name: /Ola Nowak/ });
    await olaMenu.waitFor();
    expect(await olaMenu.innerText()).toContain(company);

    // The colleague sees the team, as a member without the management button.
    await page.goto(`${app.url}/company/employees`);
    await table.getByRole('cell', { name: 'jan@baltic.test' }).waitFor();
    const olaNow = table.getByRole('row').filter({ hasText: 'ola@baltic.test' });
    await olaNow.getByText(en.statuses.ACTIVE, { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: en.employees.addButton }).count()).toBe(0);
  });

  it('sends a signed-out visitor of a private page to sign in and back', async () => {
    const registered = await app.gql(
      `mutation ($input: RegisterCompanyInput!) { registerCompany(input: $input) { kind } }`,
      {
        input: {
          taxId: '5213017228',
          country: 'PL',
          companyName: 'Mazovia Trade Sp. z o.o.',
          name: 'Ewa Lis',
          email: 'ewa@mazovia.test',
          password: 'Mazovia-trade-2026',
          acceptResaleTerms: true,
          locale: 'en',
        },
      },
    );
    expect(registered.errors).toBeUndefined();

    await page.goto(`${app.url}/profile`);
    await page.getByRole('heading', { level: 1, name: en.auth.signIn.title }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/profile');
    await page.getByRole('textbox', { name: en.fields.email }).fill('ewa@mazovia.test');
    await page.getByLabel(new RegExp(`^${en.fields.password}`)).fill('Mazovia-trade-2026');
    await page.getByRole('button', { name: en.auth.signIn.submit }).click();
    await page.getByRole('heading', { level: 1, name: en.profile.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/profile');
  });
});
