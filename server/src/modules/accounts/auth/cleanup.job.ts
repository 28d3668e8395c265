import { LessThan } from 'typeorm';
import { RATE_LIMIT_TABLE } from '../../../context/throttle';
import type { JobDeps, ScheduledJob } from '../../../jobs/queue';
import { OneTimeToken } from './one-time-token.entity';
import { Session } from './session.entity';

/** Requests to join are kept this long after they expired (or their link did), for support. */
const JOIN_REQUEST_KEEP_MS = 30 * 86_400_000;

/**
 * Deletes ended sessions, link tokens that can no longer be used (kept a day for support),
 * requests to join a month after they expired, and throttle counters whose window has passed.
 */
export async function cleanUpAuth(deps: JobDeps): Promise<{ changed: number }> {
  const now = deps.now();
  const idleLimit = new Date(now.getTime() - deps.config.sessionIdleMinutes * 60_000);
  const dayAgo = new Date(now.getTime() - 86_400_000);
  return deps.db.transaction(async (tx) => {
    const expired = await tx.getRepository(Session).delete({ expiresAt: LessThan(now) });
    const idle = await tx.getRepository(Session).delete({ lastSeenAt: LessThan(idleLimit) });
    const links = await tx.getRepository(OneTimeToken).delete({ expiresAt: LessThan(dayAgo) });
    const [, joins] = (await tx.query(
      `DELETE FROM join_request WHERE COALESCE("expiresAt", "confirmExpiresAt") < $1`,
      [new Date(now.getTime() - JOIN_REQUEST_KEEP_MS)],
    )) as [unknown, number];
    const [, counters] = (await tx.query(`DELETE FROM "${RATE_LIMIT_TABLE}" WHERE "expire" < $1`, [
      now.getTime(),
    ])) as [unknown, number];
    const changed = [expired.affected, idle.affected, links.affected, joins, counters];
    return { changed: changed.reduce<number>((sum, n) => sum + (n ?? 0), 0) };
  });
}

export const authCleanupJob: ScheduledJob = {
  name: 'auth-cleanup',
  cron: '17 * * * *',
  description:
    'Delete ended sessions, unusable activation/reset links, long-expired requests to join and old throttle counters.',
  run: cleanUpAuth,
};
