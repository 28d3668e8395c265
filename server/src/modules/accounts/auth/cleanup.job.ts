import { LessThan } from 'typeorm';
import { RATE_LIMIT_TABLE } from '../../../context/throttle';
import type { JobDeps, ScheduledJob } from '../../../jobs/queue';
import { OneTimeToken } from './one-time-token.entity';
import { Session } from './session.entity';

/**
 * Deletes ended sessions, link tokens that can no longer be used (kept a day for support) and
 * throttle counters whose window has passed.
 */
export async function cleanUpAuth(deps: JobDeps): Promise<{ changed: number }> {
  const now = deps.now();
  const idleLimit = new Date(now.getTime() - deps.config.sessionIdleMinutes * 60_000);
  const dayAgo = new Date(now.getTime() - 86_400_000);
  return deps.db.transaction(async (tx) => {
    const expired = await tx.getRepository(Session).delete({ expiresAt: LessThan(now) });
    const idle = await tx.getRepository(Session).delete({ lastSeenAt: LessThan(idleLimit) });
    const links = await tx.getRepository(OneTimeToken).delete({ expiresAt: LessThan(dayAgo) });
    const [, counters] = (await tx.query(`DELETE FROM "${RATE_LIMIT_TABLE}" WHERE "expire" < $1`, [
      now.getTime(),
    ])) as [unknown, number];
    const changed = [expired.affected, idle.affected, links.affected, counters];
    return { changed: changed.reduce<number>((sum, n) => sum + (n ?? 0), 0) };
  });
}

export const authCleanupJob: ScheduledJob = {
  name: 'auth-cleanup',
  cron: '17 * * * *',
  description: 'Delete ended sessions, unusable activation/reset links and old throttle counters.',
  run: cleanUpAuth,
};
