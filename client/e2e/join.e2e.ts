import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createAgent } from '../../server/src/modules/accounts/agent/agent.service';
import { newEmail, PASSWORD, registerCompany } from '../../server/test/accounts-helpers';
import { startTestApp, type TestApp } from '../../server/test/harness';
import en from '../src/locales/en.json';
import { clientDist, describeInBrowser, ensureClientBuilt, launchBrowser } from './browser';

const j = en.join;
const s = en.satisfaction;
/** i18next's {{placeholders}} filled in, as the page shows them. */
const fill = (text: string, values: Record<string, string>) =>
  text.replace(/{{(\w+)}}/g, (_, name: string) => values[name] ?? '');

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

/**
 * "Ask to join your company" as a new person does it: registration meets a known tax ID, the
 * person asks to join from there, confirms the address from the e-mail, the administrator
 * approves in Company → Employees, and the person activates the invitation and is signed in.
 * Then satisfaction: the reporter rates a resolved request from the e-mail's one-click link.
 */
describeInBrowser('asking to join and rating in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  const agentEmail = newEmail('agent');

  beforeAll(async () => {
    ensureClientBuilt();
    app = await startTestApp({ clientDir: clientDist });
    browser = await launchBrowser();
    await app.db.dataSource.transaction((tx) =>
      createAgent(tx, { email: agentEmail, name: 'Gábor Support', password: PASSWORD }),
    );
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 1280, height: 800 },
    });
    return context.newPage();
  }

  async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
    await page.goto(`${app.url}/sign-in`);
    await page.getByRole('textbox', { name: en.fields.email }).fill(email);
    await page.getByLabel(new RegExp(`^${en.fields.password}`)).fill(password);
    await page.getByRole('button', { name: en.auth.signIn.submit }).click();
  }

  /** Opens the newest e-mail to `to` with this subject in the development mailbox. */
  async function openMail(page: Page, to: string, subject: string | RegExp): Promise<void> {
    await page.goto(`${app.url}/dev/mailbox`);
    await page
      .getByRole('row')
      .filter({ hasText: to })
      .getByRole('link', { name: subject })
      .first()
      .click();
  }

  it('goes from the duplicate tax ID message to signing in as the new representative', async () => {
    const admin = await registerCompany(app, {
      taxId: '5260001246',
      companyName: 'Baltic Parts Sp. z o.o.',
      name: 'Ewa Lis',
      locale: 'en',
    });
    const page = await newPage();

    // 1. Registration refuses the tax ID and offers to ask to join.
    await page.goto(`${app.url}/register`);
    await page.getByRole('textbox', { name: en.fields.taxId }).fill('526-000-12-46');
    await page.getByRole('combobox', { name: en.fields.country, exact: true }).fill('Pola');
    await page.getByRole('option', { name: 'Poland' }).click();
    await page.getByRole('textbox', { name: en.fields.companyName }).fill('Baltic Parts');
    const billing = page.getByRole('group', { name: en.auth.register.addressSection });
    await billing.getByRole('textbox', { name: en.address.street }).fill('ul. Portowa 3');
    await billing.getByRole('textbox', { name: en.address.postalCode }).fill('80-001');
    await billing.getByRole('textbox', { name: en.address.city }).fill('Gdańsk');
    await page.getByRole('textbox', { name: en.fields.yourName }).fill('Marek Zieliński');
    await page.getByRole('textbox', { name: en.fields.email }).fill('marek@baltic.test');
    await page.getByLabel(new RegExp(`^${en.fields.password}`)).fill('Marek-at-baltic-2026');
    await page.getByRole('checkbox', { name: en.auth.register.terms }).check();
    await page.getByRole('button', { name: en.auth.register.submit }).click();
    const taken = page.getByRole('alert').filter({ hasText: en.auth.register.taxIdTaken.title });
    await taken.waitFor();
    await shot(page, 'accounts-join-from-register');
    await taken.getByRole('link', { name: j.link.register }).click();

    // 2. The form starts with the tax ID and country; the answer says "check your mailbox".
    await page.getByRole('heading', { level: 1, name: j.page.title }).waitFor();
    expect(await page.getByRole('textbox', { name: en.fields.taxId }).inputValue()).toBe(
      '526-000-12-46',
    );
    await page.getByRole('textbox', { name: j.page.name }).fill('Marek Zieliński');
    await page.getByRole('textbox', { name: en.fields.email }).fill('marek@baltic.test');
    await shot(page, 'accounts-join-form');
    await page.getByRole('button', { name: j.page.submit }).click();
    await page.getByRole('heading', { level: 1, name: j.page.sentTitle }).waitFor();
    await page.getByText(fill(j.page.sent, { email: 'marek@baltic.test' })).waitFor();

    // 3. The confirmation e-mail; its link asks for one click.
    await openMail(
      page,
      'marek@baltic.test',
      'Confirm your request to join a company in the customer portal',
    );
    await page.getByRole('link', { name: 'Confirm and send my request' }).click();
    await page.getByRole('heading', { level: 1, name: j.confirm.title }).waitFor();
    await page.getByRole('button', { name: j.confirm.submit }).click();
    await page.getByRole('heading', { level: 1, name: j.confirm.confirmedTitle }).waitFor();
    await shot(page, 'accounts-join-confirmed');

    // 4. The administrator is e-mailed; the request waits in Company → Employees.
    const admins = await newPage();
    await openMail(
      admins,
      admin.email,
      'Marek Zieliński asks to join Baltic Parts Sp. z o.o. in the customer portal',
    );
    await admins.getByRole('link', { name: 'Review the request' }).click();
    await admins.getByRole('heading', { level: 1, name: en.auth.signIn.title }).waitFor();
    await admins.getByRole('textbox', { name: en.fields.email }).fill(admin.email);
    await admins.getByLabel(new RegExp(`^${en.fields.password}`)).fill(PASSWORD);
    await admins.getByRole('button', { name: en.auth.signIn.submit }).click();
    const requests = admins.getByRole('region', { name: j.requests.title });
    const marek = requests.getByRole('listitem', { name: 'Marek Zieliński' });
    await marek.waitFor();
    await shot(admins, 'accounts-join-requests');
    await marek.getByRole('button', { name: j.requests.approve }).click();
    const dialog = admins.getByRole('dialog', {
      name: fill(j.requests.approveTitle, { name: 'Marek Zieliński' }),
    });
    await dialog.getByRole('radio', { name: new RegExp(en.roles.MEMBER) }).check();
    await shot(admins, 'accounts-join-approve');
    await dialog.getByRole('button', { name: j.requests.approveSubmit }).click();
    await admins
      .getByText(fill(j.requests.approved, { name: 'Marek Zieliński', email: 'marek@baltic.test' }))
      .waitFor();
    const table = admins.getByRole('table', { name: en.employees.title });
    await table
      .getByRole('row')
      .filter({ hasText: 'marek@baltic.test' })
      .getByText(en.statuses.INVITED, { exact: true })
      .waitFor();
    await admins.context().close();

    // 5. The usual invitation: activate, and be signed in for the company.
    await openMail(
      page,
      'marek@baltic.test',
      'You are invited to the customer portal of Baltic Parts Sp. z o.o.',
    );
    await page.getByRole('link', { name: 'Activate my account' }).click();
    await page.getByRole('heading', { level: 1, name: en.auth.activate.title }).waitFor();
    await page.getByRole('textbox', { name: en.fields.yourName }).fill('Marek Zieliński');
    await page.getByLabel(new RegExp(`^${en.fields.password}`)).fill('Marek-at-baltic-2026');
    await page.getByLabel(new RegExp(`^${en.fields.confirmPassword}`)).fill('Marek-at-baltic-2026');
    await page.getByRole('button', { name: en.auth.activate.submit }).click();
    await page.getByRole('heading', { level: 1, name: en.home.title }).waitFor();
    const menu = page.getByRole('banner').getByRole('button', { name: /Marek Zieliński/ });
    await menu.waitFor();
    expect(await menu.innerText()).toContain('Baltic Parts Sp. z o.o.');

    // 6. Signed out, the new password signs in.
    await page.context().clearCookies();
    await signIn(page, 'marek@baltic.test', 'Marek-at-baltic-2026');
    await page.getByRole('heading', { level: 1, name: en.home.title }).waitFor();
    await page.context().close();
  }, 240_000);

  it('offers "ask to join" on the sign-in and forgot-password pages', async () => {
    const page = await newPage();
    await page.goto(`${app.url}/sign-in`);
    await page.getByRole('link', { name: j.link.signInAction }).click();
    await page.getByRole('heading', { level: 1, name: j.page.title }).waitFor();
    await page.goto(`${app.url}/forgot-password`);
    await page.getByRole('link', { name: j.link.signInAction }).click();
    await page.getByRole('heading', { level: 1, name: j.page.title }).waitFor();
    await page.context().close();
  });

  it('lets the reporter rate a resolved request from the e-mail, once; the agent sees it', async () => {
    const company = await registerCompany(app, { name: 'Jan Kowalski', locale: 'en' });
    const portals = await company.browser.gql<{
      portals: Array<{ requestTypeGroups: Array<{ types: Array<{ id: string }> }> }>;
    }>('{ portals { requestTypeGroups { types { id } } } }');
    const created = await company.browser.gql<{ createTicket: { id: string; key: string } }>(
      'mutation C($input: CreateTicketInput!) { createTicket(input: $input) { id key } }',
      {
        input: {
          portalKey: 'TECHNICAL_ASSISTANCE',
          requestTypeId: portals.data!.portals[0]!.requestTypeGroups[0]!.types[0]!.id,
          subject: 'Relay RM-24 coil voltage',
          description: 'The datasheet says 24 V, the label 12 V.',
        },
      },
    );
    const { id, key } = created.data!.createTicket;
    const agent = await newPage();
    await signIn(agent, agentEmail);
    await agent.getByRole('heading', { level: 1, name: en.staff.title }).waitFor();
    const resolved = await app.gql(
      'mutation R($id: ID!) { resolveTicket(ticketId: $id, comment: "The label is right: 12 V.") { status } }',
      { id },
      {
        headers: {
          cookie: (await agent.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; '),
        },
      },
    );
    expect(resolved.errors).toBeUndefined();

    // The resolution e-mail's "4 ★" leads to sign-in, then to the request with 4 chosen.
    const page = await newPage();
    await openMail(page, company.email, `[${key}] Relay RM-24 coil voltage: resolved`);
    await page.getByRole('link', { name: '4 ★' }).click();
    await page.getByRole('heading', { level: 1, name: en.auth.signIn.title }).waitFor();
    await page.getByRole('textbox', { name: en.fields.email }).fill(company.email);
    await page.getByLabel(new RegExp(`^${en.fields.password}`)).fill(PASSWORD);
    await page.getByRole('button', { name: en.auth.signIn.submit }).click();
    const form = page.getByRole('form', { name: s.title });
    await form.waitFor();
    expect(await form.getByRole('radio', { name: fill(s.star, { value: '4' }) }).isChecked()).toBe(
      true,
    );
    await form.getByRole('textbox', { name: s.comment }).fill('Quick and clear, thank you.');
    await shot(page, 'requests-rate');
    await form.getByRole('button', { name: s.submit }).click();
    await page.getByText(s.thanks).waitFor();
    await page.getByText('Quick and clear, thank you.').waitFor();
    await shot(page, 'requests-rated');
    // Rated once: the form is gone for good.
    await page.reload();
    await page.getByText(s.yours).first().waitFor();
    expect(await page.getByRole('form', { name: s.title }).count()).toBe(0);

    // The agent sees the rating on the request.
    await agent.goto(`${app.url}/staff/requests/${key}`);
    await agent.getByRole('heading', { name: s.staffTitle }).waitFor();
    await agent.getByText('Quick and clear, thank you.').waitFor();
    await shot(agent, 'requests-staff-rating');
    await agent.context().close();
    await page.context().close();
  }, 240_000);
});
