import fs from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { OutboxEmail } from '../src/mail/outbox.entity';
import { deliverDueEmails } from '../src/mail/deliver.job';
import { OutboxRenderedAtSend1796147158382 } from '../src/db/migrations/1796147158382-outbox-rendered-at-send';
import { enqueueEmail } from '../src/mail/mail.service';
import { freePort, startTestApp, type TestApp } from './harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const outbox = () => app.db.dataSource.getRepository(OutboxEmail);
const deps = (overrides: Partial<TestApp['config']> = {}, now = () => new Date()) => ({
  config: { ...app.config, ...overrides },
  logger: app.logger,
  db: app.db.dataSource,
  now,
});

async function queue(to: string, locale = 'en'): Promise<OutboxEmail> {
  return app.db.dataSource.transaction((tx) =>
    enqueueEmail(tx, app.config, {
      to,
      template: 'PASSWORD_RESET',
      locale,
      params: { email: to, minutes: '30' },
      linkPath: '/reset-password?token=abc',
    }),
  );
}

beforeEach(async () => {
  await outbox().clear();
});

describe('mail delivery', () => {
  it('writes each email once as an .eml file without SMTP_URL, with a Message-ID from its outbox id', async () => {
    const a = await queue('a@example.com', 'uk');
    await queue('b@example.com', 'hu');
    expect(await deliverDueEmails(deps())).toEqual({ changed: 2 });
    expect(await deliverDueEmails(deps())).toEqual({ changed: 0 });
    const dir = path.join(app.config.dataDir, 'mail');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.eml'));
    const file = files.find((f) => f.includes(a.id))!;
    const eml = fs.readFileSync(path.join(dir, file), 'utf8');
    expect(eml).toContain(`Message-ID: <${a.id}@localhost>`);
    expect(eml).toMatch(/Subject: =\?UTF-8\?/); // Ukrainian subject, encoded
    const decoded = eml.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    expect(decoded).toContain(`${app.config.appUrl}/reset-password?token=abc`);
    expect((await outbox().find()).map((e) => e.status)).toEqual(['SENT', 'SENT']);
  });

  it("delivers through SMTP, in the recipient's language, HTML and text", async () => {
    const received: string[] = [];
    const port = await freePort();
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, done) {
        let raw = '';
        stream.on('data', (d: Buffer) => (raw += d.toString()));
        stream.on('end', () => {
          received.push(raw);
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(port, '127.0.0.1', resolve));
    try {
      await queue('smtp@example.com', 'pl');
      expect(await deliverDueEmails(deps({ smtpUrl: `smtp://127.0.0.1:${port}` }))).toEqual({
        changed: 1,
      });
      expect(received).toHaveLength(1);
      expect(received[0]).toContain('To: smtp@example.com');
      expect(received[0]).toContain('Content-Type: text/plain');
      expect(received[0]).toContain('Content-Type: text/html');
      expect(received[0]).toMatch(/Ustaw nowe has/);
    } finally {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });

  it('retries with backoff while SMTP is down and gives up after 8 attempts', async () => {
    const email = await queue('retry@example.com');
    const down = { smtpUrl: `smtp://127.0.0.1:${await freePort()}` };
    let clock = Date.now();
    const now = () => new Date(clock);
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 8; attempt++) {
      expect(await deliverDueEmails(deps(down, now))).toMatchObject({ changed: 0 });
      const row = await outbox().findOneByOrFail({ id: email.id });
      expect(row.attempts).toBe(attempt);
      if (attempt < 8) {
        expect(row.status).toBe('PENDING');
        delays.push(Math.round((row.nextAttemptAt.getTime() - clock) / 60_000));
        clock = row.nextAttemptAt.getTime() + 1;
      } else {
        expect(row.status).toBe('FAILED');
        expect(row.lastError).toMatch(/ECONNREFUSED/);
      }
    }
    expect(delays).toEqual([1, 2, 4, 8, 16, 32, 64]);
  });

  it('sends again an email whose sender died mid-send, once its lease has run out', async () => {
    const email = await queue('crash@example.com');
    // What a process killed between claim and SENT leaves behind.
    const leaseUntil = new Date(Date.now() + app.config.mailLeaseSeconds * 1000);
    await outbox().update({ id: email.id }, { status: 'SENDING', attempts: 1, leaseUntil });
    expect(await deliverDueEmails(deps())).toMatchObject({ changed: 0, nextRunAt: leaseUntil });
    const afterLease = () => new Date(leaseUntil.getTime() + 1);
    expect(await deliverDueEmails(deps({}, afterLease))).toMatchObject({ changed: 1 });
    const row = await outbox().findOneByOrFail({ id: email.id });
    expect(row).toMatchObject({ status: 'SENT', attempts: 2, leaseUntil: null });
  });

  it('claims nothing once the process is stopping', async () => {
    await queue('stop@example.com');
    const stopping = AbortSignal.abort();
    expect(await deliverDueEmails({ ...deps(), stopping })).toEqual({ changed: 0 });
    expect((await outbox().findOneByOrFail({ to: 'stop@example.com' })).status).toBe('PENDING');
  });

  it('stops a run after three failures in a row, leaving the rest unclaimed', async () => {
    for (let i = 0; i < 5; i++) await queue(`down${i}@example.com`);
    const down = { smtpUrl: `smtp://127.0.0.1:${await freePort()}` };
    expect(await deliverDueEmails(deps(down))).toEqual({ changed: 0 });
    const rows = await outbox().find();
    expect(rows.filter((r) => r.attempts === 1)).toHaveLength(3);
    expect(rows.filter((r) => r.attempts === 0 && r.status === 'PENDING')).toHaveLength(2);
  });
});

describe('rendering when sent', () => {
  const emlOf = (id: string) => {
    const dir = path.join(app.config.dataDir, 'mail');
    const file = fs.readdirSync(dir).find((f) => f.endsWith(`${id}.eml`))!;
    return fs
      .readFileSync(path.join(dir, file), 'utf8')
      .replace(/=\r?\n/g, '')
      .replace(/=3D/g, '=');
  };

  it('keeps the subject and what the body is made of, and renders the body when it sends it', async () => {
    const email = await queue('later@example.com', 'pl');
    const row = await outbox().findOneByOrFail({ id: email.id });
    expect(row).toMatchObject({ text: null, html: null });
    expect(row.subject).not.toBe('');
    expect(row.content).toEqual({
      params: { email: 'later@example.com', minutes: '30' },
      linkPath: '/reset-password?token=abc',
    });
    // The link is made absolute with APP_URL as it is when the e-mail is sent.
    const appUrl = 'https://portal.example.com';
    expect(await deliverDueEmails(deps({ appUrl }))).toEqual({ changed: 1 });
    const eml = emlOf(email.id);
    expect(eml).toContain(`${appUrl}/reset-password?token=abc`);
    expect(eml).toContain('Content-Type: text/html');
  });

  it('sends a row written already rendered as it is', async () => {
    const [{ id }] = (await app.db.dataSource.query(
      // Due a second ago: the database's now() has microseconds, the job's clock milliseconds.
      `INSERT INTO outbox_email ("to", template, locale, subject, text, html, "nextAttemptAt")
       VALUES ('old@example.com', 'PASSWORD_RESET', 'en', 'Written before', 'The old text body', '<p>The old HTML body</p>', now() - interval '1 second')
       RETURNING id`,
    )) as [{ id: string }];
    expect(await deliverDueEmails(deps())).toEqual({ changed: 1 });
    const eml = emlOf(id);
    expect(eml).toContain('Subject: Written before');
    expect(eml).toContain('The old text body');
    expect(eml).toContain('<p>The old HTML body</p>');
  });

  it('gives up at once on an e-mail it cannot render, and sends the others', async () => {
    // Three of them: failures to render are not the SMTP server being down, so the run goes on.
    for (const n of [1, 2, 3])
      await app.db.dataSource.query(
        `INSERT INTO outbox_email ("to", template, locale, subject, content, "nextAttemptAt")
         VALUES ($1, 'NO_SUCH_TEMPLATE', 'en', 'Gone', '{"params": {}}', now() - interval '1 second')`,
        [`gone${n}@example.com`],
      );
    await queue('fine@example.com');
    expect(await deliverDueEmails(deps())).toEqual({ changed: 1 });
    expect(await outbox().findOneByOrFail({ to: 'gone1@example.com' })).toMatchObject({
      status: 'FAILED',
      attempts: 1,
    });
    const gone = await outbox().findBy({ template: 'NO_SUCH_TEMPLATE' });
    expect(gone.map((e) => e.status)).toEqual(['FAILED', 'FAILED', 'FAILED']);
    expect(gone[0]!.lastError).toBe('No e-mail template NO_SUCH_TEMPLATE in this version');
    expect((await outbox().findOneByOrFail({ to: 'fine@example.com' })).status).toBe('SENT');
  });

  it('refuses a row with neither a body nor what to render it from', async () => {
    await expect(
      app.db.dataSource.query(
        `INSERT INTO outbox_email ("to", template, locale, subject) VALUES ('x@example.com', 'PASSWORD_RESET', 'en', 'No body')`,
      ),
    ).rejects.toThrow(/CHK_outbox_email_body/);
  });
});

describe('migration OutboxRenderedAtSend', () => {
  it('goes back only once no unrendered e-mail waits, and forward again', async () => {
    const migration = new OutboxRenderedAtSend1796147158382();
    const runner = app.db.dataSource.createQueryRunner();
    try {
      await queue('waiting@example.com');
      await expect(migration.down(runner)).rejects.toThrow(
        'Unsent e-mails in the outbox: 1. Let the mail job send them before reverting this migration.',
      );
      // Refused before any change: the row can still be sent.
      expect(await deliverDueEmails(deps())).toEqual({ changed: 1 });
      await migration.down(runner);
      // The older schema: every row has a body (empty for those the newer version sent).
      expect(await runner.query('SELECT text, html FROM outbox_email')).toEqual([
        { text: '', html: '' },
      ]);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const again = await queue('after@example.com');
    expect((await outbox().findOneByOrFail({ id: again.id })).content).not.toBeNull();
  });
});

describe('/dev/mailbox', () => {
  it('lists the emails and shows one with its link', async () => {
    const email = await queue('box@example.com');
    const list = await (await fetch(`${app.url}/dev/mailbox`)).text();
    expect(list).toContain('box@example.com');
    expect(list).toContain(`/dev/mailbox/${email.id}`);
    const one = await (await fetch(`${app.url}/dev/mailbox/${email.id}`)).text();
    expect(one).toContain(`href="${app.config.appUrl}/reset-password?token=abc"`);
  });

  it('shows an email it cannot render as such, not as an error', async () => {
    const [{ id }] = (await app.db.dataSource.query(
      `INSERT INTO outbox_email ("to", template, locale, subject, content)
       VALUES ('gone@example.com', 'NO_SUCH_TEMPLATE', 'en', 'Gone', '{"params": {}}') RETURNING id`,
    )) as [{ id: string }];
    const res = await fetch(`${app.url}/dev/mailbox/${id}`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('Gone');
    expect(page).toContain('This email cannot be rendered');
    expect(page).toContain('No e-mail template NO_SUCH_TEMPLATE');
  });
});

describe('/dev/mailbox in production', () => {
  it('does not exist', async () => {
    const prod = await startTestApp({ env: 'production' });
    try {
      const res = await fetch(`${prod.url}/dev/mailbox`, {
        headers: { accept: 'application/json' },
      });
      expect(res.status).toBe(404);
    } finally {
      await prod.close();
    }
  });
});

describe('npm run admin -- run-jobs', () => {
  it('runs every scheduled job once, the request lifecycle before the mail it writes', async () => {
    await queue('jobs@example.com');
    const results = await app.jobs.runAllOnce();
    expect(results.map((r) => r.name)).toEqual([
      'ticket-lifecycle',
      'mail-deliver',
      'auth-cleanup',
    ]);
    expect(results[1]!.changed).toBe(1);
    expect((await outbox().findOneByOrFail({ to: 'jobs@example.com' })).status).toBe('SENT');
  });
});
