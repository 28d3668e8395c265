import { LessThan } from 'typeorm';
import type { JobDeps, ScheduledJob } from '../../../jobs/queue';
import { OneTimeToken } from './one-time-token.entity';
import { Session } from './session.entity';

/** Deletes ended sessions and link tokens that can no longer be used (kept a day for support). */
export async function cleanUpAuth(deps: JobDeps): Promise<{ changed: number }> {
  const now = deps.now();
  const idleLimit = new Date(now.getTime() - deps.config.sessionIdleMinutes * 60_000);
  const dayAgo = new Date(now.getTime() - 86_400_000);
  return deps.db.transaction(async (tx) => {
    const expired = await tx.getRepository(Session).delete({ expiresAt: LessThan(now) });
    const idle = await tx.getRepository(Session).delete({ lastSeenAt: LessThan(idleLimit) });
    const links = await tx.getRepository(OneTimeToken).delete({ expiresAt: LessThan(dayAgo) });
    return { changed: (expired.affected ?? 0) + (idle.affected ?? 0) + (links.affected ?? 0) };
  });
}

export const authCleanupJob: ScheduledJob = {
  name: 'auth-cleanup',
  cron: '17 * * * *',
  description: 'Delete ended sessions and unusable activation/reset links.',
  run: cleanUpAuth,
};
