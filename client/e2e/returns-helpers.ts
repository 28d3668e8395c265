import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createAgent } from '../../server/src/modules/accounts/agent/agent.service';
import { createApiToken } from '../../server/src/modules/accounts/auth/api-token.service';
import {
  confirmTaxId,
  newEmail,
  PASSWORD,
  signIn,
  type Registered,
} from '../../server/test/accounts-helpers';
import type { TestApp } from '../../server/test/harness';
import { DAMAGED, uploadDraftPhoto } from '../../server/test/return-photos';

/** "{{name}}" in a locale text, filled in as the page shows it. */
export const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/{{(\w+)}}/g, (_, key: string) => String(values[key] ?? ''));

/** A browser context signed in with a test client's session cookie. */
export async function contextFor(
  browser: Browser,
  app: TestApp,
  cookie: string,
): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: { width: 1280, height: 900 },
  });
  const at = cookie.indexOf('=');
  await context.addCookies([
    { name: cookie.slice(0, at), value: cookie.slice(at + 1), url: app.url },
  ]);
  return context;
}

/** An agent, signed in: its session cookie. */
export async function agentCookie(app: TestApp, name: string): Promise<string> {
  const email = newEmail('agent');
  await app.db.dataSource.transaction((tx) => createAgent(tx, { email, name, password: PASSWORD }));
  return (await signIn(app, email)).cookie!;
}

interface ErpLine {
  sku: string;
  name: string;
  quantity: number;
  unitPrice: string;
}

/**
 * The company's tax ID confirmed and an ERP invoice imported for it (as the seller's ERP does
 * with its API token): the invoice is then the company's.
 */
export async function erpInvoice(
  app: TestApp,
  company: { companyId: string; taxId: string },
  number: string,
  lines: ErpLine[],
): Promise<void> {
  await confirmTaxId(app, company.companyId);
  const { token } = await app.db.dataSource.transaction((tx) => createApiToken(tx, 'ERP'));
  const imported = await app.gql(
    `mutation ($input: ImportInvoiceInput!) { importInvoice(input: $input) { id } }`,
    {
      input: {
        companyTaxId: company.taxId,
        country: 'PL',
        number,
        issuedAt: '2026-02-10T09:00:00.000Z',
        lines,
      },
    },
    { headers: { authorization: `Bearer ${token}` } },
  );
  if (imported.errors) throw new Error(JSON.stringify(imported.errors));
}

const shots = path.resolve(__dirname, '../../docs/screenshots');

/** With DOCS_SCREENSHOTS=1: the page into docs/screenshots/<name>.png (for docs/returns.md). */
export async function docsShot(page: Page, name: string): Promise<void> {
  if (process.env.DOCS_SCREENSHOTS !== '1') return;
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

/** With DOCS_SCREENSHOTS=1: the page at desktop (1280x800) and phone (390x844) size. */
export async function docsShots(page: Page, name: string): Promise<void> {
  if (process.env.DOCS_SCREENSHOTS !== '1') return;
  await page.setViewportSize({ width: 1280, height: 800 });
  await docsShot(page, name);
  await page.setViewportSize({ width: 390, height: 844 });
  await docsShot(page, `${name}-phone`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/**
 * A return of the invoice's first line, one unit, sent through the API with a photo; the
 * product is damaged (one condition not met), so it ships back to the company's address.
 */
export async function apiReturn(
  app: TestApp,
  company: Registered,
  invoiceNumber: string,
  idempotencyKey: string,
  item: { reason: string; serialNumber?: string },
): Promise<string> {
  const inv = await company.browser.gql<{ checkInvoice: { lines: Array<{ id: string }> } }>(
    'query ($n: String!) { checkInvoice(number: $n) { lines { id } } }',
    { n: invoiceNumber },
  );
  if (!inv.data) throw new Error(JSON.stringify(inv.errors));
  const sub = await company.browser.gql<{ submitReturnRequest: { rmaNumber: string } }>(
    `mutation ($input: SubmitReturnRequestInput!) { submitReturnRequest(input: $input) { rmaNumber } }`,
    {
      input: {
        kind: 'RETURN',
        idempotencyKey,
        returnAddress: 'ul. Portowa 5, 80-001 Gdańsk',
        items: [
          {
            ...item,
            invoiceLineId: inv.data.checkInvoice.lines[0]!.id,
            quantity: 1,
            photoIds: [await uploadDraftPhoto(app, company.browser)],
            conditions: DAMAGED,
          },
        ],
      },
    },
  );
  if (!sub.data) throw new Error(JSON.stringify(sub.errors));
  return sub.data.submitReturnRequest.rmaNumber;
}
