import type { DataSource } from 'typeorm';
import type { JobDeps, JobResult, ScheduledJob } from '../jobs/queue';
import { renderOutboxEmail } from './mail.service';
import { OutboxEmail } from './outbox.entity';
import type { RenderedEmail } from './templates';
import { createTransport, type MailTransport } from './transport';

const MAX_ATTEMPTS = 8;
/** After this many failed sends in a row the server is likely down: the rest wait, unclaimed. */
const FAILURES_IN_A_ROW = 3;
/** One run hands over after this long (the queue starts the next run at once). */
const RUN_BUDGET_MS = 60_000;

/**
 * Claims the next due email: PENDING and due, or SENDING with a lease that ran out (its sender
 * died mid-send). One row, locked with SKIP LOCKED so that parallel senders never wait for or
 * take the same row, and leased in the same statement. `attempts` counts claims, so a claim is
 * known by (id, attempts) when it is marked afterwards.
 */
const CLAIM = `
  UPDATE outbox_email
     SET status = 'SENDING', attempts = attempts + 1, "leaseUntil" = $2, "updatedAt" = now()
   WHERE id = (
     SELECT id FROM outbox_email
      WHERE (status = 'PENDING' AND "nextAttemptAt" <= $1)
         OR (status = 'SENDING' AND "leaseUntil" <= $1)
      ORDER BY "nextAttemptAt", id
      LIMIT 1
      FOR UPDATE SKIP LOCKED)
  RETURNING id, "to", subject, text, html, content, locale, attempts, "createdAt", template, "replyToken", thread`;

/** When the next email falls due (a retry, or a lease that runs out), if any. */
const NEXT_DUE = `
  SELECT min(CASE WHEN status = 'PENDING' THEN "nextAttemptAt" ELSE "leaseUntil" END) AS due
    FROM outbox_email WHERE status IN ('PENDING', 'SENDING')`;

type Claimed = Pick<
  OutboxEmail,
  | 'id'
  | 'to'
  | 'subject'
  | 'text'
  | 'html'
  | 'content'
  | 'locale'
  | 'attempts'
  | 'createdAt'
  | 'template'
  | 'replyToken'
  | 'thread'
>;

async function claimNext(deps: JobDeps): Promise<Claimed | null> {
  const now = deps.now();
  const leaseUntil = new Date(now.getTime() + deps.config.mailLeaseSeconds * 1000);
  // TypeORM answers an UPDATE … RETURNING on PostgreSQL with [rows, affected count].
  const [rows] = (await deps.db.query(CLAIM, [now, leaseUntil])) as [Claimed[], number];
  return rows[0] ?? null;
}

/** Marks our claim (same id, same attempt) SENT: the SMTP server has accepted the message. */
async function markSent(db: DataSource, email: Claimed, now: Date): Promise<void> {
  await db
    .getRepository(OutboxEmail)
    .update(
      { id: email.id, status: 'SENDING', attempts: email.attempts },
      { status: 'SENT', sentAt: now, leaseUntil: null, lastError: null },
    );
}

/**
 * A send that failed before acceptance: retried after 1, 2, 4 … 64 minutes, then FAILED. An
 * e-mail that cannot be rendered (its template no longer exists) fails at once (`retry: false`).
 */
async function markFailed(
  deps: JobDeps,
  email: Claimed,
  err: unknown,
  { retry }: { retry: boolean },
): Promise<void> {
  const failed = !retry || email.attempts >= MAX_ATTEMPTS;
  await deps.db.getRepository(OutboxEmail).update(
    { id: email.id, status: 'SENDING', attempts: email.attempts },
    {
      status: failed ? 'FAILED' : 'PENDING',
      leaseUntil: null,
      lastError: (err as Error).message.slice(0, 1000),
      nextAttemptAt: new Date(deps.now().getTime() + 2 ** (email.attempts - 1) * 60_000),
    },
  );
  deps.logger.warn(
    { err, emailId: email.id, attempts: email.attempts, failed },
    'email delivery failed',
  );
}

async function nextDue(db: DataSource): Promise<Date | undefined> {
  const [row] = (await db.query(NEXT_DUE)) as Array<{ due: Date | null }>;
  return row?.due ?? undefined;
}

/**
 * Delivers due outbox emails one at a time: claim one (a lease of MAIL_LEASE_SECONDS), send
 * it, mark it SENT as soon as the SMTP server has accepted it, then claim the next. A process
 * that dies has at most the one email in flight: its lease runs out and it is sent again, with
 * the same Message-ID. Nothing is claimed once the process is stopping (`deps.stopping`); the
 * email in flight is finished. Answers when the next email falls due, so the queue can come
 * back then.
 */
export async function deliverDueEmails(deps: JobDeps): Promise<JobResult> {
  const started = Date.now();
  let transport: MailTransport | null = null;
  let sent = 0;
  let failedInARow = 0;
  try {
    for (;;) {
      // Stopping, or the server looks down: what is left waits for the next run, unclaimed.
      if (deps.stopping?.aborted || failedInARow >= FAILURES_IN_A_ROW) return { changed: sent };
      if (Date.now() - started > RUN_BUDGET_MS) return { changed: sent, nextRunAt: deps.now() };
      const email = await claimNext(deps);
      if (!email) break;
      let rendered: RenderedEmail;
      try {
        rendered = renderOutboxEmail(deps.config, email);
      } catch (err) {
        await markFailed(deps, email, err, { retry: false });
        continue;
      }
      transport ??= createTransport(deps.config);
      try {
        await transport.send({ ...email, ...rendered });
      } catch (err) {
        failedInARow++;
        await markFailed(deps, email, err, { retry: true });
        continue;
      }
      await markSent(deps.db, email, deps.now());
      failedInARow = 0;
      sent++;
    }
  } finally {
    transport?.close();
  }
  return { changed: sent, nextRunAt: await nextDue(deps.db) };
}

export const deliverMailJob: ScheduledJob = {
  name: 'mail-deliver',
  cron: '* * * * *',
  description: 'Deliver due emails from the outbox, one at a time (retries with backoff).',
  run: deliverDueEmails,
};

/** Emails written but not yet sent, and the age of the oldest in seconds (for /metrics). */
export async function outboxBacklog(
  db: DataSource,
): Promise<{ backlog: number; oldestSeconds: number }> {
  const rows = (await db.query(
    `SELECT count(*)::int AS backlog,
            COALESCE(EXTRACT(EPOCH FROM now() - min("createdAt")), 0)::float8 AS "oldestSeconds"
       FROM outbox_email WHERE status IN ('PENDING', 'SENDING')`,
  )) as Array<{ backlog: number; oldestSeconds: number }>;
  return rows[0] ?? { backlog: 0, oldestSeconds: 0 };
}
