import { renderOutboxEmail } from '../src/mail/mail.service';
import { OutboxEmail } from '../src/mail/outbox.entity';
import type { RenderedEmail } from '../src/mail/templates';
import { Company } from '../src/modules/accounts/company/company.entity';
import type { TestApp, TestBrowser } from './harness';

/** A valid Polish NIP (checksum weights 6 5 7 2 3 4 5 6 7), different on every call. */
let nipSeed = 100_000_000 + Math.floor(Math.random() * 800_000_000);
export function newNip(): string {
  for (;;) {
    const digits = String(nipSeed++).padStart(9, '1').split('').map(Number);
    const sum = [6, 5, 7, 2, 3, 4, 5, 6, 7].reduce((acc, w, i) => acc + w * digits[i]!, 0);
    if (sum % 11 !== 10) return digits.join('') + String(sum % 11);
  }
}

let emailSeed = 0;
export const newEmail = (who = 'person') =>
  `${who}.${Date.now().toString(36)}${emailSeed++}@example.com`;

export const PASSWORD = 'Correct-Horse-42';

export const REGISTER = `mutation Register($input: RegisterCompanyInput!) {
  registerCompany(input: $input) { kind representative { id email name role status locale } company { id name taxId country contracted } }
}`;

export const LOG_IN = `mutation LogIn($email: String!, $password: String!) {
  logIn(email: $email, password: $password) { kind representative { id email role } agent { id email } company { id name } }
}`;

export const VIEWER = `{ viewer { kind representative { id email name role } company { id name } agent { id } } }`;

export interface Registered {
  browser: TestBrowser;
  email: string;
  taxId: string;
  companyId: string;
  representativeId: string;
}

export async function registerCompany(
  app: TestApp,
  overrides: Record<string, unknown> = {},
): Promise<Registered> {
  const browser = app.browser();
  const email = (overrides.email as string) ?? newEmail('admin');
  const taxId = (overrides.taxId as string) ?? newNip();
  const res = await browser.gql<{
    registerCompany: { representative: { id: string }; company: { id: string } };
  }>(REGISTER, {
    input: {
      taxId,
      country: 'PL',
      companyName: 'Test Components Sp. z o.o.',
      email,
      password: PASSWORD,
      name: 'Ada Admin',
      acceptResaleTerms: true,
      ...overrides,
    },
  });
  if (!res.data) throw new Error(`registration failed: ${JSON.stringify(res.errors)}`);
  return {
    browser,
    email,
    taxId,
    companyId: res.data.registerCompany.company.id,
    representativeId: res.data.registerCompany.representative.id,
  };
}

export async function signIn(
  app: TestApp,
  email: string,
  password = PASSWORD,
): Promise<TestBrowser> {
  const browser = app.browser();
  const res = await browser.gql(LOG_IN, { email, password });
  if (!res.data) throw new Error(`sign-in failed: ${JSON.stringify(res.errors)}`);
  return browser;
}

/** An outbox e-mail as its recipient reads it: its body rendered as the mail job sends it. */
export type ReadEmail = OutboxEmail & RenderedEmail;

export function readEmail(app: TestApp, email: OutboxEmail): ReadEmail {
  return { ...email, ...renderOutboxEmail(app.config, email) };
}

export async function emailsTo(app: TestApp, to: string): Promise<ReadEmail[]> {
  const rows = await app.db.dataSource
    .getRepository(OutboxEmail)
    .find({ where: { to }, order: { createdAt: 'ASC' } });
  return rows.map((e) => readEmail(app, e));
}

/** The token of the newest link of this kind in the person's emails. */
export async function linkToken(
  app: TestApp,
  to: string,
  kind: 'activate' | 'reset-password',
): Promise<string> {
  const emails = await emailsTo(app, to);
  for (const e of emails.reverse()) {
    const m = new RegExp(`/${kind}\\?token=([A-Za-z0-9_%-]+)`).exec(e.text);
    if (m) return decodeURIComponent(m[1]!);
  }
  throw new Error(`no ${kind} link in the emails to ${to}`);
}

export async function invite(admin: TestBrowser, email: string, role = 'MEMBER'): Promise<string> {
  const res = await admin.gql<{ inviteRepresentative: { id: string } }>(
    `mutation Invite($input: InviteRepresentativeInput!) { inviteRepresentative(input: $input) { id status } }`,
    { input: { email, role } },
  );
  if (!res.data) throw new Error(`invite failed: ${JSON.stringify(res.errors)}`);
  return res.data.inviteRepresentative.id;
}

export async function activate(
  app: TestApp,
  email: string,
  name = 'Colleague',
): Promise<TestBrowser> {
  const browser = app.browser();
  const token = await linkToken(app, email, 'activate');
  const res = await browser.gql(
    `mutation A($token: String!, $password: String!, $name: String!) { activateRepresentative(token: $token, password: $password, name: $name) { kind } }`,
    { token, password: PASSWORD, name },
  );
  if (!res.data) throw new Error(`activation failed: ${JSON.stringify(res.errors)}`);
  return browser;
}

/** Marks the company's tax ID as confirmed (as an agent's confirmCompanyTaxId would). */
export async function confirmTaxId(app: TestApp, companyId: string): Promise<void> {
  // Through TypeORM, as the product writes a company: the viewer cache sees the change at once
  // (a plain SQL UPDATE would leave a viewer cached moments before saying "not confirmed").
  await app.db.dataSource
    .getRepository(Company)
    .update(companyId, { taxIdConfirmedAt: new Date(), taxIdConfirmedBy: 'test' });
}
