import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  newEmail,
  PASSWORD,
  registerCompany,
  type Registered,
} from '../../server/test/accounts-helpers';
import { startTestApp, type TestApp } from '../../server/test/harness';
import { requireRealPostgres } from '../../server/test/real-postgres';
import { createAgent } from '../../server/src/modules/accounts/agent/agent.service';
import en from '../src/locales/en.json';
import { clientDist, describeInBrowser, ensureClientBuilt, launchBrowser } from './browser';

const r = en.requests;
const fill = (text: string, values: Record<string, string>) =>
  text.replace(/{{(\w+)}}/g, (_, name: string) => values[name] ?? '');
/** Set to a folder (e.g. docs/screenshots) to save the pages of this journey there. */
const screenshots = process.env.SCREENSHOT_DIR;

/**
 * Live pages across two server processes on one PostgreSQL: the customer's request page is
 * served by one, the agent writes through the other, and the customer's open page shows the
 * reply and a "New reply" notice without a reload. Events cross processes through LISTEN/NOTIFY,
 * which the embedded database cannot carry between connections: this needs DATABASE_URL.
 */
requireRealPostgres();

describeInBrowser('live request page across two server processes', () => {
  let first: TestApp; // serves the customer
  let second: TestApp; // serves the agent
  let browser: Browser;
  let company: Registered;
  const agentEmail = newEmail('agent');

  beforeAll(async () => {
    ensureClientBuilt();
    first = await startTestApp({ clientDir: clientDist });
    second = await startTestApp({ clientDir: clientDist, databaseUrl: first.config.databaseUrl });
    browser = await launchBrowser();
    await first.db.dataSource.transaction((tx) =>
      createAgent(tx, { email: agentEmail, name: 'Gábor Support', password: PASSWORD }),
    );
    company = await registerCompany(first, {
      companyName: 'Baltic Parts Sp. z o.o.',
      name: 'Jan Kowalski',
      locale: 'en',
    });
    await first.db.dataSource.query('UPDATE company SET contracted = true WHERE id = $1', [
      company.companyId,
    ]);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await second?.close();
    await first?.close();
  });

  async function signIn(app: TestApp, email: string, viewport = { width: 1280, height: 800 }) {
    const context = await browser.newContext({ locale: 'en-US', viewport });
    const page = await context.newPage();
    await page.goto(`${app.url}/sign-in`);
    await page.getByRole('textbox', { name: en.fields.email }).fill(email);
    await page.getByLabel(new RegExp(`^${en.fields.password}`)).fill(PASSWORD);
    await page.getByRole('button', { name: en.auth.signIn.submit }).click();
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    return page;
  }

  async function raise(): Promise<string> {
    const types = await company.browser.gql<{
      portals: Array<{ key: string; requestTypeGroups: Array<{ types: Array<{ id: string }> }> }>;
    }>('{ portals { key requestTypeGroups { types { id } } } }');
    const cs = types.data!.portals.find((p) => p.key === 'CUSTOMER_SERVICE')!;
    const res = await company.browser.gql<{ createTicket: { key: string } }>(
      'mutation C($input: CreateTicketInput!) { createTicket(input: $input) { key } }',
      {
        input: {
          portalKey: 'CUSTOMER_SERVICE',
          requestTypeId: cs.requestTypeGroups[0]!.types[0]!.id,
          subject: 'Order ZAM/2026/000456: wrong colour delivered',
          description: 'We ordered RAL 7035 cabinets and received RAL 9005.',
        },
      },
    );
    return res.data!.createTicket.key;
  }

  it("shows the agent's reply on the customer's open page without a reload", async () => {
    const key = await raise();
    const customer: Page = await signIn(first, company.email);
    await customer.goto(`${first.url}/requests/${key}`);
    await customer
      .getByRole('heading', { level: 1, name: 'Order ZAM/2026/000456: wrong colour delivered' })
      .waitFor();
    // A mark on this very document: a reload would lose it.
    await customer.evaluate(() => ((window as unknown as { marked: boolean }).marked = true));

    const agent = await signIn(second, agentEmail);
    await agent.goto(`${second.url}/staff/requests/${key}`);
    await agent.getByRole('heading', { level: 1, name: /wrong colour delivered/ }).waitFor();
    await agent
      .getByRole('textbox', { name: r.staff.replyLabel, exact: true })
      .fill('The RAL 7035 cabinets leave our warehouse tomorrow; keep the others for pickup.');
    await agent.getByRole('radio', { name: r.status.WAITING_FOR_CUSTOMER }).check();
    await agent.getByRole('button', { name: r.staff.sendReply }).click();
    await agent
      .getByText(fill(r.staff.replySentStatus, { status: r.status.WAITING_FOR_CUSTOMER }))
      .waitFor();

    const notice = customer.getByRole('status').filter({ hasText: r.live.newReply });
    await notice.waitFor();
    await notice.getByText(fill(r.live.newReplyText, { name: 'Gábor Support' })).waitFor();
    await customer.getByText('The RAL 7035 cabinets leave our warehouse tomorrow').waitFor();
    await customer.getByText(r.detail.waitingTitle).waitFor();
    expect(await customer.evaluate(() => (window as unknown as { marked?: boolean }).marked)).toBe(
      true,
    );
    if (screenshots) {
      await customer.screenshot({ path: path.join(screenshots, 'requests-live-reply.png') });
    }

    // The customer answers; the agent's open page (on the other process) hears it the same way.
    await customer
      .getByRole('textbox', { name: r.detail.answerLabel })
      .fill('Pickup works any weekday from 8:00 to 15:00.');
    await customer.getByRole('button', { name: r.detail.sendAnswer }).click();
    await agent.getByRole('status').filter({ hasText: r.live.newReply }).waitFor();
    await agent.getByText('Pickup works any weekday from 8:00 to 15:00.').waitFor();

    await notice.getByRole('button', { name: r.live.close }).click();
    await notice.waitFor({ state: 'detached' });
  });

  it('works the same on a phone', async () => {
    const key = await raise();
    const customer = await signIn(first, company.email, { width: 390, height: 844 });
    await customer.goto(`${first.url}/requests/${key}`);
    await customer.getByRole('heading', { level: 1, name: /wrong colour delivered/ }).waitFor();
    const agent = await signIn(second, agentEmail);
    await agent.goto(`${second.url}/staff/requests/${key}`);
    await agent
      .getByRole('textbox', { name: r.staff.replyLabel, exact: true })
      .fill('Which delivery note came with the cabinets?');
    await agent.getByRole('button', { name: r.staff.sendReply }).click();
    await customer.getByRole('status').filter({ hasText: r.live.newReply }).waitFor();
    await customer.getByText('Which delivery note came with the cabinets?').waitFor();
    if (screenshots) {
      await customer.screenshot({ path: path.join(screenshots, 'requests-live-reply-phone.png') });
    }
  });
});
