import { createSystemContext } from '../src/context/system-context';
import { message } from '../src/i18n/messages';
import type { OutboxEmail } from '../src/mail/outbox.entity';
import { requestScope } from '../src/logger';
import { createAgent } from '../src/modules/accounts/agent/agent.service';
import {
  LIFECYCLE_BATCH_SIZE,
  runTicketLifecycle,
} from '../src/modules/support/ticket/lifecycle.job';
import { Ticket } from '../src/modules/support/ticket/ticket.entity';
import { TicketLifecycle } from '../src/modules/support/ticket/ticket.lifecycle';
import {
  emailsTo,
  newEmail,
  PASSWORD,
  readEmail,
  registerCompany,
  signIn,
  type Registered,
} from './accounts-helpers';
import { startTestApp, type TestApp, type TestBrowser } from './harness';

let app: TestApp;
let agent: TestBrowser;
let uk: Registered; // a Ukrainian-speaking representative
let pl: Registered; // a Polish-speaking representative
let typeId: string;

const TICKET = `query T($key: String!) { ticket(key: $key) { status comments { authorType body statusChange } } }`;
const REPLY =
  'mutation R($id: ID!, $body: String!, $s: TicketStatus) { replyToTicket(ticketId: $id, body: $body, setStatus: $s) { status } }';

const deps = (iso: string) => ({
  config: app.config,
  logger: app.logger,
  db: app.db.dataSource,
  now: () => new Date(iso),
});
const state = (id: string) => app.db.dataSource.getRepository(Ticket).findOneByOrFail({ id });

async function raise(who: Registered, subject: string) {
  const res = await who.browser.gql<{ createTicket: { id: string; key: string } }>(
    'mutation C($input: CreateTicketInput!) { createTicket(input: $input) { id key } }',
    {
      input: {
        portalKey: 'TECHNICAL_ASSISTANCE',
        requestTypeId: typeId,
        subject,
        description: 'The datasheet and the label disagree.',
      },
    },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createTicket;
}

async function statusEvents(ticketId: string) {
  const rows: Array<{ actorType: string; companyId: string; data: Record<string, string> }> =
    await app.db.dataSource.query(
      `SELECT "actorType", "companyId", data FROM audit_event
        WHERE "subjectType" = 'Ticket' AND "subjectId" = $1 AND action = 'ticket.status_changed'
        ORDER BY "createdAt", id`,
      [ticketId],
    );
  return rows;
}

async function speaking(who: Registered, locale: string) {
  const res = await who.browser.gql(
    `mutation L($l: String!) { updateProfile(input: { locale: $l }) { locale } }`,
    { l: locale },
  );
  expect(res.errors).toBeUndefined();
}

beforeAll(async () => {
  app = await startTestApp();
  const email = newEmail('agent');
  await app.db.dataSource.transaction((tx) =>
    createAgent(tx, { email, name: 'Gábor Support', password: PASSWORD }),
  );
  agent = await signIn(app, email);
  uk = await registerCompany(app);
  pl = await registerCompany(app);
  await speaking(uk, 'uk');
  await speaking(pl, 'pl');
  const portals = await uk.browser.gql<{
    portals: Array<{ requestTypeGroups: Array<{ types: Array<{ id: string }> }> }>;
  }>('{ portals { requestTypeGroups { types { id } } } }');
  typeId = portals.data!.portals[0]!.requestTypeGroups[0]!.types[0]!.id;
});
afterAll(() => app?.close());

describe('the lifecycle job takes its steps through the state machine', () => {
  it('auto-resolves: history entry and e-mail in the customer’s language, audit event by the system', async () => {
    const t = await raise(uk, 'Relay RM-24 coil voltage');
    await agent.gql(REPLY, { id: t.id, body: 'Which batch number?', s: 'WAITING_FOR_CUSTOMER' });
    await app.db.dataSource
      .getRepository(Ticket)
      .update({ id: t.id }, { waitingSince: new Date('2026-10-22T08:00:00Z') });
    const before = (await emailsTo(app, uk.email)).length;

    // Thu 22 Oct 10:00 Budapest, Fri 23 Oct a holiday: +4 business days = Thu 29 Oct 10:00 CET.
    expect((await runTicketLifecycle(deps('2026-10-29T08:59:00Z'))).changed).toBe(1); // the reminder
    expect((await state(t.id)).status).toBe('WAITING_FOR_CUSTOMER');
    expect((await runTicketLifecycle(deps('2026-10-29T09:00:00Z'))).changed).toBe(1);
    expect((await state(t.id)).status).toBe('RESOLVED');
    expect((await runTicketLifecycle(deps('2026-10-29T09:01:00Z'))).changed).toBe(0);

    const view = await uk.browser.gql<{
      ticket: { comments: Array<{ authorType: string; body: string; statusChange: string }> };
    }>(TICKET, { key: t.key });
    const entry = view.data!.ticket.comments.at(-1)!;
    expect(entry).toEqual({
      authorType: 'SYSTEM',
      statusChange: 'RESOLVED',
      body: message('TICKET_AUTO_RESOLVED', 'uk', { days: 4 }),
    });
    expect(entry.body).toMatch(/^Вирішено автоматично/);

    const events = await statusEvents(t.id);
    expect(events.at(-1)).toMatchObject({
      actorType: 'SYSTEM',
      companyId: uk.companyId,
      data: { action: 'AUTO_RESOLVE', from: 'WAITING_FOR_CUSTOMER', to: 'RESOLVED', key: t.key },
    });
    expect(events.filter((e) => e.data.action === 'AUTO_RESOLVE')).toHaveLength(1);

    const mail = (await emailsTo(app, uk.email)).slice(before);
    expect(mail.map((e) => [e.locale, e.subject.split(': ').at(-1)])).toEqual([
      ['uk', 'очікує на вашу відповідь'],
      ['uk', 'вирішено автоматично (без відповіді 4 робочі дні)'],
    ]);
    expect(mail[1]!.text).toContain(`/requests/${t.key}`);
    // Resolved Thu 29 Oct 10:00 CET: +4 business days = Wed 4 Nov 10:00 CET.
    expect(mail[1]!.text).toContain('4 листопада 2026');
  });

  it('auto-closes: history entry and e-mail in the customer’s language, audit event by the system', async () => {
    const t = await raise(pl, 'Zasilacz PSU-MEA-0100: brak certyfikatu');
    await agent.gql(
      'mutation R($id: ID!) { resolveTicket(ticketId: $id, comment: "Certificate attached.") { status } }',
      { id: t.id },
    );
    await app.db.dataSource
      .getRepository(Ticket)
      .update({ id: t.id }, { resolvedAt: new Date('2026-10-29T09:00:00Z') });
    const before = (await emailsTo(app, pl.email)).length;

    await runTicketLifecycle(deps('2026-11-04T08:59:00Z'));
    expect((await state(t.id)).status).toBe('RESOLVED');
    await runTicketLifecycle(deps('2026-11-04T09:00:00Z'));
    const closed = await state(t.id);
    expect(closed.status).toBe('CLOSED');
    expect(closed.closedAt?.toISOString()).toBe('2026-11-04T09:00:00.000Z');

    const view = await pl.browser.gql<{
      ticket: { comments: Array<{ authorType: string; body: string; statusChange: string }> };
    }>(TICKET, { key: t.key });
    expect(view.data!.ticket.comments.at(-1)).toEqual({
      authorType: 'SYSTEM',
      statusChange: 'CLOSED',
      body: message('TICKET_AUTO_CLOSED', 'pl', { days: 4 }),
    });
    expect(view.data!.ticket.comments.at(-1)!.body).toMatch(/^Zamknięte automatycznie/);

    expect((await statusEvents(t.id)).at(-1)).toMatchObject({
      actorType: 'SYSTEM',
      companyId: pl.companyId,
      data: { action: 'AUTO_CLOSE', from: 'RESOLVED', to: 'CLOSED' },
    });
    const mail = (await emailsTo(app, pl.email)).slice(before);
    expect(mail.map((e) => [e.locale, e.subject.split(': ').at(-1)])).toEqual([
      ['pl', 'zamknięte'],
    ]);
  });
});

describe('the lifecycle job under concurrency and volume', () => {
  it('lets a concurrent change win: the step re-reads the request and the state machine refuses', async () => {
    const ctx = createSystemContext(app.config, app.logger, app.db.dataSource, 'automatic');
    const lifecycle = new TicketLifecycle();
    const t = await raise(uk, 'Contactor CT-40 auxiliary block');
    await agent.gql(REPLY, { id: t.id, body: 'Photo of the label?', s: 'WAITING_FOR_CUSTOMER' });
    await app.db.dataSource
      .getRepository(Ticket)
      .update({ id: t.id }, { waitingSince: new Date('2026-10-22T08:00:00Z') });
    const now = new Date('2026-10-29T09:00:00Z');
    // The job found it due; meanwhile the customer answered.
    await uk.browser.gql(
      'mutation C($id: ID!) { commentOnTicket(ticketId: $id, body: "Sent.") { id } }',
      {
        id: t.id,
      },
    );
    expect(await lifecycle.autoResolve(ctx, t.id, now)).toBe(false);
    expect((await state(t.id)).status).toBe('WAITING_FOR_SUPPORT');
    // A status that moved while the timestamp stayed: the state machine itself refuses.
    await app.db.dataSource.query(
      `UPDATE ticket SET status = 'IN_PROGRESS', "waitingSince" = '2026-10-22T08:00:00Z' WHERE id = $1`,
      [t.id],
    );
    expect(await lifecycle.autoResolve(ctx, t.id, now)).toBe(false);
    expect((await state(t.id)).status).toBe('IN_PROGRESS');
    expect((await statusEvents(t.id)).some((e) => e.data.action === 'AUTO_RESOLVE')).toBe(false);
  });

  it(`works through more due requests than one batch (${LIFECYCLE_BATCH_SIZE} ids per query)`, async () => {
    const t = await raise(pl, 'Template request for the batch');
    const count = LIFECYCLE_BATCH_SIZE + 5;
    await app.db.dataSource.query(
      `INSERT INTO ticket ("companyId", key, "portalKey", "requestTypeId", subject, description, status,
              "reporterId", "lastActivityAt", "resolvedAt")
       SELECT "companyId", 'BULK-' || n, "portalKey", "requestTypeId", subject, description, 'RESOLVED',
              "reporterId", '2026-01-05T09:00:00Z', '2026-01-05T09:00:00Z'
         FROM ticket, generate_series(1, $2) AS n WHERE id = $1`,
      [t.id, count],
    );
    const result = await runTicketLifecycle(deps('2026-02-02T09:00:00Z'));
    expect(result.changed).toBeGreaterThanOrEqual(count);
    const [left] = await app.db.dataSource.query(
      `SELECT count(*)::int AS n FROM ticket WHERE key LIKE 'BULK-%' AND status <> 'CLOSED'`,
    );
    expect(left.n).toBe(0);
  });

  it('closes rows written with microsecond timestamps, each exactly once', async () => {
    const t = await raise(pl, 'Template request for microseconds');
    await app.db.dataSource.query(
      `INSERT INTO ticket ("companyId", key, "portalKey", "requestTypeId", subject, description, status,
              "reporterId", "lastActivityAt", "resolvedAt")
       SELECT "companyId", 'MICRO-' || n, "portalKey", "requestTypeId", subject, description, 'RESOLVED',
              "reporterId", '2026-03-02T09:00:00.123456Z', '2026-03-02T09:00:00.999999Z'
         FROM ticket, generate_series(1, 3) AS n WHERE id = $1`,
      [t.id],
    );
    await runTicketLifecycle(deps('2026-03-06T09:00:00Z'));
    const rows: Array<{ status: string; audits: number }> = await app.db.dataSource.query(
      `SELECT t.status, (SELECT count(*)::int FROM audit_event a WHERE a."subjectId" = t.id::text) AS audits
         FROM ticket t WHERE key LIKE 'MICRO-%'`,
    );
    expect(rows).toEqual([
      { status: 'CLOSED', audits: 1 },
      { status: 'CLOSED', audits: 1 },
      { status: 'CLOSED', audits: 1 },
    ]);
    await runTicketLifecycle(deps('2026-03-06T10:00:00Z'));
    const [again] = await app.db.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event a JOIN ticket t ON t.id::text = a."subjectId" WHERE t.key LIKE 'MICRO-%'`,
    );
    expect(again.n).toBe(3);
  });
});

describe('the lifecycle job changes a batch set-based', () => {
  /** Runs the job once and counts every SQL statement it sent (as X-Sql-Statements does). */
  async function counted(iso: string) {
    const scope = { requestId: 'lifecycle-test', sqlStatements: 0 };
    const result = await requestScope.run(scope, () => runTicketLifecycle(deps(iso)));
    return { ...result, statements: scope.sqlStatements };
  }

  it('auto-resolves 300 requests of two languages in a bounded number of statements, each once', async () => {
    for (const [who, prefix] of [
      [uk, 'LOC-UK-'],
      [pl, 'LOC-PL-'],
    ] as const) {
      const t = await raise(who, `Template request for ${prefix}`);
      await app.db.dataSource.query(
        `INSERT INTO ticket ("companyId", key, "portalKey", "requestTypeId", subject, description, status,
                "reporterId", "lastActivityAt", "waitingSince")
         SELECT "companyId", $2 || n, "portalKey", "requestTypeId", subject, description, 'WAITING_FOR_CUSTOMER',
                "reporterId", '2027-01-04T09:00:00.123456Z', '2027-01-04T09:00:00.654321Z'
           FROM ticket, generate_series(1, 150) AS n WHERE id = $1`,
        [t.id, prefix],
      );
    }
    // Mon 1 Feb 2027 10:00 CET: resolved then, closed 4 business days later (Fri 5 Feb).
    const run = await counted('2027-02-01T09:00:00Z');
    expect(run.changed).toBeGreaterThanOrEqual(300);
    // The old path took ~10 statements per request; set-based it is a handful per batch of
    // up to LIFECYCLE_BATCH_SIZE (8 with BEGIN and COMMIT), plus the portals and one query for
    // due ids per rule and portal: 16 when run alone, 30 leaves room for earlier tests' rows.
    expect(run.statements).toBeLessThanOrEqual(30);

    const rows: Array<{
      key: string;
      status: string;
      audits: number;
      entries: string[];
      mails: OutboxEmail[];
    }> = await app.db.dataSource.query(
      `SELECT t.key, t.status,
              (SELECT count(*)::int FROM audit_event a WHERE a."subjectId" = t.id::text
                  AND a.action = 'ticket.status_changed' AND a.data->>'action' = 'AUTO_RESOLVE'
                  AND a.data->>'from' = 'WAITING_FOR_CUSTOMER' AND a.data->>'to' = 'RESOLVED'
                  AND a.data->>'key' = t.key AND a."actorType" = 'SYSTEM') AS audits,
              (SELECT array_agg(c.body) FROM ticket_comment c WHERE c."ticketId" = t.id
                  AND c."authorType" = 'SYSTEM' AND c."statusChange" = 'RESOLVED') AS entries,
              (SELECT json_agg(json_build_object('template', o.template, 'locale', o.locale,
                        'replyToken', o."replyToken", 'subject', o.subject, 'text', o.text,
                        'html', o.html, 'content', o.content))
                 FROM outbox_email o WHERE o.subject LIKE '[' || t.key || ']%') AS mails
         FROM ticket t WHERE t.key LIKE 'LOC-%' ORDER BY t.key`,
    );
    expect(rows).toHaveLength(300);
    for (const row of rows) {
      const locale = row.key.startsWith('LOC-UK-') ? 'uk' : 'pl';
      expect(row).toMatchObject({ status: 'RESOLVED', audits: 1 });
      expect(row.entries).toEqual([message('TICKET_AUTO_RESOLVED', locale, { days: 4 })]);
      expect(row.mails).toHaveLength(1);
      const mail = readEmail(app, row.mails[0]!);
      expect(mail.locale).toBe(locale);
      expect(mail.text).toContain(`/requests/${row.key}`);
      expect(mail.text).toContain(locale === 'uk' ? '5 лютого 2027' : '5 lutego 2027');
      expect(mail.subject).toMatch(
        locale === 'uk' ? /вирішено автоматично/ : /rozwiązane automatycznie/,
      );
    }

    // Once: the next run finds nothing of these to resolve, and the close comes 4 days later.
    await counted('2027-02-01T09:10:00Z');
    const [again] = await app.db.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event a JOIN ticket t ON t.id::text = a."subjectId"
        WHERE t.key LIKE 'LOC-%' AND a.action = 'ticket.status_changed'`,
    );
    expect(again.n).toBe(300);
    const close = await counted('2027-02-05T09:00:00Z');
    expect(close.changed).toBeGreaterThanOrEqual(300);
    expect(close.statements).toBeLessThanOrEqual(30);
    const [closed] = await app.db.dataSource.query(
      `SELECT count(*)::int AS n FROM ticket WHERE key LIKE 'LOC-%' AND status = 'CLOSED'
          AND "closedAt" = '2027-02-05T09:00:00Z' AND "waitingSince" IS NULL`,
    );
    expect(closed.n).toBe(300);
  });
});

describe('the set-based step by id and status', () => {
  it('leaves a request whose status moved or that is no longer due', async () => {
    const ctx = createSystemContext(app.config, app.logger, app.db.dataSource, 'automatic');
    const lifecycle = new TicketLifecycle();
    const moved = await raise(uk, 'Terminal block TB-12 marking');
    const renewed = await raise(uk, 'Terminal block TB-16 marking');
    // Found due, then an agent took it over (status moved, timestamp still old)…
    await app.db.dataSource.query(
      `UPDATE ticket SET status = 'IN_PROGRESS', "waitingSince" = '2027-03-01T08:00:00Z' WHERE id = $1`,
      [moved.id],
    );
    // …or the agent asked again (status the same, waiting anew: not due).
    await app.db.dataSource.query(
      `UPDATE ticket SET status = 'WAITING_FOR_CUSTOMER', "waitingSince" = '2027-03-10T08:00:00Z' WHERE id = $1`,
      [renewed.id],
    );
    const now = new Date('2027-03-10T09:00:00Z');
    const changed = await lifecycle.takeDue(ctx, 'AUTO_RESOLVE', [moved.id, renewed.id], {
      now,
      before: new Date('2027-03-04T09:00:01Z'),
    });
    expect(changed).toBe(0);
    expect((await state(moved.id)).status).toBe('IN_PROGRESS');
    expect((await state(renewed.id)).status).toBe('WAITING_FOR_CUSTOMER');
    expect(await statusEvents(moved.id)).toEqual([]);
    expect(await statusEvents(renewed.id)).toEqual([]);
  });
});
