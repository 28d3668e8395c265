import { In, LessThan } from 'typeorm';
import type { JobDeps, ScheduledJob } from '../jobs/queue';
import { OutboxEmail } from './outbox.entity';
import { createTransport } from './transport';

const MAX_ATTEMPTS = 8;
const BATCH = 50;
/** A claim older than this was cut off mid-send (a crash): its fate is unknown. */
const STUCK_MINUTES = 15;

/**
 * Delivers due outbox emails. Each is claimed (PENDING -> SENDING) in its own short
 * transaction, sent, then marked SENT. A failure before the server accepts it is retried with
 * exponential backoff (1, 2, 4 … minutes, 8 attempts). A crash between sending and marking
 * leaves the row SENDING: it is marked FAILED ("delivery unknown") and never sent again, so no
 * email goes out twice beyond what SMTP itself may duplicate.
 */
export async function deliverDueEmails(deps: JobDeps): Promise<{ changed: number }> {
  const { db, config, logger } = deps;
  const now = deps.now();
  const repo = db.getRepository(OutboxEmail);
  await repo.update(
    { status: 'SENDING', updatedAt: LessThan(new Date(now.getTime() - STUCK_MINUTES * 60_000)) },
    {
      status: 'FAILED',
      lastError:
        'Delivery state unknown: the sender stopped while sending. Not retried, to avoid a duplicate.',
    },
  );
  const claimed = await db.transaction(async (tx) => {
    const due = await tx
      .getRepository(OutboxEmail)
      .createQueryBuilder('e')
      .where('e.status = :status AND e.nextAttemptAt <= :now', { status: 'PENDING', now })
      .orderBy('e.nextAttemptAt', 'ASC')
      .limit(BATCH)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
    if (due.length)
      await tx
        .getRepository(OutboxEmail)
        .update({ id: In(due.map((e) => e.id)) }, { status: 'SENDING' });
    return due;
  });
  if (!claimed.length) return { changed: 0 };
  const transport = createTransport(config);
  let sent = 0;
  try {
    for (const email of claimed) {
      try {
        await transport.send(email);
        await repo.update(
          { id: email.id },
          { status: 'SENT', sentAt: deps.now(), attempts: email.attempts + 1, lastError: null },
        );
        sent++;
      } catch (err) {
        const attempts = email.attempts + 1;
        const failed = attempts >= MAX_ATTEMPTS;
        await repo.update(
          { id: email.id },
          {
            status: failed ? 'FAILED' : 'PENDING',
            attempts,
            lastError: (err as Error).message.slice(0, 1000),
            nextAttemptAt: new Date(deps.now().getTime() + 2 ** (attempts - 1) * 60_000),
          },
        );
        logger.warn({ err, emailId: email.id, attempts, failed }, 'email delivery failed');
      }
    }
  } finally {
    transport.close();
  }
  return { changed: sent };
}

export const deliverMailJob: ScheduledJob = {
  name: 'mail-deliver',
  cron: '* * * * *',
  description: 'Deliver due emails from the outbox (retries with backoff).',
  run: deliverDueEmails,
};
