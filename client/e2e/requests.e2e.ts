import type { Browser, Page } from 'playwright-core';
import {
  newEmail,
  PASSWORD,
  registerCompany,
  type Registered,
} from '../../server/test/accounts-helpers';
import { startTestApp, type TestApp } from '../../server/test/harness';
import { createAgent } from '../../server/src/modules/accounts/agent/agent.service';
import en from '../src/locales/en.json';
import { clientDist, describeInBrowser, ensureClientBuilt, launchBrowser } from './browser';

const r = en.requests;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** i18next's {{placeholders}} filled in, as the page shows them. */
const fill = (text: string, values: Record<string, string>) =>
  text.replace(/{{(\w+)}}/g, (_, name: string) => values[name] ?? '');

/**
 * A support request end to end, with the customer and an agent in two browsers: the
 * customer raises it, the agent asks for information ("Waiting for customer"), the customer
 * finds the email in the development mailbox and answers on the request page, the agent
 * resolves it, and the customer reopens it with a comment.
 */
describeInBrowser('support requests in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let customer: Page;
  let agent: Page;
  let company: Registered;
  const agentEmail = newEmail('agent');

  beforeAll(async () => {
    ensureClientBuilt();
    app = await startTestApp({ clientDir: clientDist });
    browser = await launchBrowser();
    await app.db.dataSource.transaction((tx) =>
      createAgent(tx, { email: agentEmail, name: 'Gábor Support', password: PASSWORD }),
    );
    company = await registerCompany(app, {
      companyName: 'Baltic Parts Sp. z o.o.',
      name: 'Jan Kowalski',
      locale: 'en',
    });
    // A contract opens the Customer service portal.
    await app.db.dataSource.query('UPDATE company SET contracted = true WHERE id = $1', [
      company.companyId,
    ]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function signIn(email: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${app.url}/sign-in`);
    await page.getByRole('textbox', { name: en.fields.email }).fill(email);
    await page.getByLabel(new RegExp(`^${en.fields.password}`)).fill(PASSWORD);
    await page.getByRole('button', { name: en.auth.signIn.submit }).click();
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    return page;
  }

  const sidebarStatus = (page: Page, status: string) =>
    page
      .getByRole('complementary', { name: r.detail.details })
      .getByText(status, { exact: true })
      .waitFor();

  it('goes from a new request to an answer, a resolution and a reopening', async () => {
    const subject = 'Order ZAM/2026/000123: 3 of 10 boxes crushed';

    // 1. The customer raises a request from the list.
    customer = await signIn(company.email);
    await customer
      .getByRole('navigation', { name: en.nav.label })
      .getByRole('link', { name: en.nav.requests })
      .click();
    await customer.getByRole('heading', { level: 1, name: r.list.title }).waitFor();
    await customer.getByText(r.list.noOpen).waitFor();
    await customer.getByRole('link', { name: r.list.new }).click();
    await customer
      .getByRole('radiogroup', { name: r.new.portal })
      .getByRole('radio', { name: /Customer service/ })
      .click();
    await customer.getByRole('radio', { name: 'Delivery problem' }).click();
    await customer
      .getByRole('combobox', { name: r.new.sub })
      .selectOption({ label: 'Damaged parcel' });
    await customer.getByRole('textbox', { name: new RegExp(`^${r.new.subject}`) }).fill(subject);
    await customer
      .getByRole('textbox', { name: new RegExp(`^${r.new.description}`) })
      .fill('Boxes 2, 5 and 7 were crushed; the driver noted it on delivery note WZ/0311.');
    // A photo of the damage goes with it (a 1×1 PNG: the server checks the file's bytes).
    await customer.locator('input[type="file"]').setInputFiles({
      name: 'crushed-boxes.png',
      mimeType: 'image/png',
      buffer: Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
        'base64',
      ),
    });
    await customer.getByRole('button', { name: r.new.submit }).click();

    await customer.getByRole('heading', { level: 1, name: subject }).waitFor();
    await customer.getByText(r.detail.createdTitle).waitFor();
    const key = decodeURIComponent(new URL(customer.url()).pathname.split('/').pop()!);
    expect(key).toMatch(/^CS-\d+$/);
    await customer.getByText(fill(r.detail.createdText, { key, email: company.email })).waitFor();
    await sidebarStatus(customer, r.status.WAITING_FOR_SUPPORT);
    await customer
      .getByRole('complementary', { name: r.detail.details })
      .getByRole('link', { name: 'crushed-boxes.png' })
      .waitFor();

    // 2. The agent, in a second browser, finds it in the queue and asks for information.
    agent = await signIn(agentEmail);
    await agent.getByRole('heading', { level: 1, name: en.staff.title }).waitFor();
    await agent.getByRole('link', { name: r.staff.homeButton }).click();
    const queue = agent.getByRole('table', { name: r.staff.queueTitle });
    await queue.getByRole('link', { name: key }).click();
    await agent.getByRole('heading', { level: 1, name: subject }).waitFor();
    await agent
      .getByRole('textbox', { name: r.staff.replyLabel, exact: true })
      .fill('Could you send the number of the delivery note page with the driver’s remark?');
    await agent.getByRole('radio', { name: r.status.WAITING_FOR_CUSTOMER }).check();
    await agent.getByRole('button', { name: r.staff.sendReply }).click();
    await agent
      .getByText(fill(r.staff.replySentStatus, { status: r.status.WAITING_FOR_CUSTOMER }))
      .waitFor();
    await sidebarStatus(agent, r.status.WAITING_FOR_CUSTOMER);

    // 3. The customer gets the email (development mailbox), which names the request.
    await customer.goto(`${app.url}/dev/mailbox`);
    const mail = customer
      .getByRole('row')
      .filter({ hasText: company.email })
      .getByRole('link', { name: new RegExp(`^\\[${escape(key)}\\].*support needs your answer`) });
    await mail.click();
    await customer
      .getByText(`Your request ${key} "${subject}": support needs your answer.`)
      .first()
      .waitFor();
    await customer
      .getByText(/Without an answer it will be resolved automatically on/)
      .first()
      .waitFor();
    const open = customer.getByRole('link', { name: 'Open the request' });
    expect(await open.getAttribute('href')).toBe(`${app.url}/requests/${key}`);
    await open.click();

    // ... and answers on the request page: back to support.
    await customer.getByText(r.detail.waitingTitle).waitFor();
    await customer.getByText(/this request will be resolved automatically on/).waitFor();
    await customer
      .getByRole('textbox', { name: r.detail.answerLabel })
      .fill('Page 2 of WZ/0311, signed by the driver at 10:40.');
    await customer.getByRole('button', { name: r.detail.sendAnswer }).click();
    await customer.getByText(r.detail.answerSent).waitFor();
    await sidebarStatus(customer, r.status.WAITING_FOR_SUPPORT);

    // 4. The agent sees the answer and resolves the request.
    await agent.reload();
    await agent.getByText('Page 2 of WZ/0311, signed by the driver at 10:40.').waitFor();
    await agent.getByRole('button', { name: r.staff.resolveButton }).click();
    const dialog = agent.getByRole('dialog', { name: r.staff.resolveTitle });
    await dialog
      .getByRole('textbox', { name: r.staff.resolveComment })
      .fill('A credit note for the three boxes is on its way.');
    await dialog.getByRole('button', { name: r.staff.resolve, exact: true }).click();
    await agent.getByText(r.staff.resolved).waitFor();
    await sidebarStatus(agent, r.status.RESOLVED);

    // 5. The customer reopens it with a comment: waiting for support again.
    await customer.reload();
    await customer.getByText(r.detail.resolvedTitle).waitFor();
    await customer.getByText(/you can reopen it until/).waitFor();
    expect(await customer.getByRole('textbox', { name: r.detail.commentLabel }).count()).toBe(0);
    await customer
      .getByRole('textbox', { name: new RegExp(escape(r.detail.reopenLabel)) })
      .fill('The credit note covers only two of the three boxes.');
    await customer.getByRole('button', { name: r.detail.reopen, exact: true }).click();
    await customer.getByText(r.detail.reopened).waitFor();
    await sidebarStatus(customer, r.status.WAITING_FOR_SUPPORT);
    await customer.getByRole('heading', { level: 1, name: subject }).waitFor();
    expect(await customer.getByRole('button', { name: r.detail.reopen, exact: true }).count()).toBe(
      0,
    );
  });
});
