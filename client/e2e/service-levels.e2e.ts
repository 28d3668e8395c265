import fs from 'node:fs';
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

const s = en.requests.sla;
const CREATE = 'mutation C($input: CreateTicketInput!) { createTicket(input: $input) { id key } }';
const WEEK_MS = 7 * 86_400_000;

/**
 * Service levels as an agent meets them: the queue filtered to breached requests, and the
 * dashboard with its charts, table and CSV download.
 */
describeInBrowser('service levels in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let company: Registered;
  let overdue: { id: string; key: string };
  let onTime: { id: string; key: string };
  const agentEmail = newEmail('agent');

  async function raise(subject: string, requestTypeId: string) {
    const res = await company.browser.gql<{ createTicket: { id: string; key: string } }>(CREATE, {
      input: {
        portalKey: 'CUSTOMER_SERVICE',
        requestTypeId,
        subject,
        description: 'Seen on the inbound dock this morning.',
      },
    });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createTicket;
  }

  beforeAll(async () => {
    ensureClientBuilt();
    app = await startTestApp({ clientDir: clientDist });
    browser = await launchBrowser();
    await app.db.dataSource.transaction((tx) =>
      createAgent(tx, { email: agentEmail, name: 'Gábor Support', password: PASSWORD }),
    );
    company = await registerCompany(app, { companyName: 'Baltic Parts Sp. z o.o.' });
    await app.db.dataSource.query('UPDATE company SET contracted = true WHERE id = $1', [
      company.companyId,
    ]);
    const [inbound, stock] = (await app.db.dataSource.query(
      `SELECT t.id FROM request_type t JOIN request_type_group g ON g.id = t."groupId"
        WHERE g."portalKey" = 'CUSTOMER_SERVICE' AND t.names->>'en' IN ('Inbound shipment', 'Stock discrepancy')
        ORDER BY t.names->>'en'`,
    )) as Array<{ id: string }>;
    // Six weeks of measured requests for the dashboard.
    for (let week = 1; week <= 6; week++) {
      for (let n = 0; n < 3; n++) {
        const t = await raise(
          `Delivery note WZ/${week}/${n} does not match`,
          n ? inbound!.id : stock!.id,
        );
        await app.db.dataSource.query(
          `UPDATE ticket_sla SET "openedAt" = $2, "firstResponseAt" = $2,
             "openedWeek" = date_trunc('week', $2::timestamptz AT TIME ZONE 'Europe/Budapest')::date, "firstResponseSeconds" = $3,
             "resolutionSeconds" = $4, "firstResponseBreached" = $3 > 28800, "nextDueAt" = NULL,
             "pausedSince" = $2, stopped = true WHERE "ticketId" = $1`,
          [
            t.id,
            new Date(Date.now() - week * WEEK_MS),
            3600 * (1 + n + week),
            3600 * (6 + 4 * n + week),
          ],
        );
      }
    }
    overdue = await raise('Pallet 7 missing from inbound shipment IN-2211', inbound!.id);
    onTime = await raise('Stock count of SKU 88-140 is off by 12', stock!.id);
    // The first was opened a month ago and nobody answered: its clock is far past due.
    await app.db.dataSource.query(
      `UPDATE ticket_sla SET "openedAt" = "openedAt" - interval '30 days',
         "openedWeek" = date_trunc('week', ("openedAt" - interval '30 days') AT TIME ZONE 'Europe/Budapest')::date,
         "nextDueAt" = "nextDueAt" - interval '30 days' WHERE "ticketId" = $1`,
      [overdue.id],
    );
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function signIn(viewport = { width: 1280, height: 800 }): Promise<Page> {
    const context = await browser.newContext({ locale: 'en-US', viewport, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${app.url}/sign-in`);
    await page.getByRole('textbox', { name: en.fields.email }).fill(agentEmail);
    await page.getByLabel(new RegExp(`^${en.fields.password}`)).fill(PASSWORD);
    await page.getByRole('button', { name: en.auth.signIn.submit }).click();
    await page.getByRole('heading', { level: 1, name: en.staff.title }).waitFor();
    return page;
  }

  it('filters the queue to breached requests and shows their running clocks', async () => {
    const page = await signIn();
    await page.getByRole('link', { name: en.requests.staff.homeButton }).click();
    const queue = page.getByRole('table', { name: en.requests.staff.queueTitle });
    await queue.getByRole('link', { name: onTime.key }).waitFor();
    await page.getByRole('combobox', { name: s.filter }).selectOption({ label: s.filterBreached });
    await page.waitForURL(/sla=breached/);
    await queue.getByRole('link', { name: onTime.key }).waitFor({ state: 'detached' });
    const row = queue.getByRole('row').filter({ hasText: overdue.key });
    await row.getByText(s.breached, { exact: true }).waitFor();
    expect(await queue.getByRole('row').count()).toBe(2); // the header and the breached one

    await page.getByRole('combobox', { name: s.filter }).selectOption({ label: s.filterAny });
    await page.getByRole('combobox', { name: s.sort }).selectOption({ label: s.sortDue });
    await queue.getByRole('link', { name: onTime.key }).waitFor();
    const keys = await queue.getByRole('row').allInnerTexts();
    expect(keys.findIndex((k) => k.includes(overdue.key))).toBeLessThan(
      keys.findIndex((k) => k.includes(onTime.key)),
    );

    await queue.getByRole('link', { name: overdue.key }).click();
    const aside = page.getByRole('complementary', { name: en.requests.detail.details });
    await aside.getByText(s.title, { exact: true }).waitFor();
    await aside.getByText(s.breached, { exact: true }).waitFor();
    await page.context().close();
  });

  it('shows the dashboard with charts and a table, and downloads the CSV', async () => {
    const page = await signIn();
    await page.getByRole('link', { name: s.homeButton }).click();
    await page.getByRole('heading', { level: 1, name: s.reportTitle }).waitFor();
    const table = page.getByRole('table', { name: s.tableTitle });
    await table.getByRole('row').nth(13).waitFor();
    expect(await table.getByRole('row').count()).toBe(1 + 6 * 2 + 1); // header, 6 weeks × 2 types, this week
    // recharts draws the bars and lines as SVG in the lazily loaded chunk.
    const volumes = page.getByRole('figure', { name: s.chartVolumes });
    await volumes.locator('.recharts-bar-rectangle').first().waitFor();
    await page
      .getByRole('figure', { name: s.chartDurations })
      .locator('.recharts-line')
      .first()
      .waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: s.downloadCsv }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^service-levels-.*\.csv$/);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      'week,portalKey,requestTypeName,requests,firstResponseMedianHours,firstResponseP90Hours,resolutionMedianHours,resolutionP90Hours,breaches,averageRating',
    );
    expect(csv).toContain('CUSTOMER_SERVICE,Inbound shipment,2,');
    await page.context().close();
  });
});
