import type { DataSource } from 'typeorm';
import type { Config } from '../src/config';
import { JobQueue, type ScheduledJob } from '../src/jobs/queue';
import { createLogger } from '../src/logger';
import { createIsolatedDatabase } from './harness';
import { requireRealPostgres } from './real-postgres';

/**
 * A nudge ("work was committed just now, run the job") must never be lost. Nudges are limited
 * to one run per 2-second slot; a second nudge in a slot whose run may already have looked and
 * found nothing must start a run in the next slot, not wait for the schedule (a minute for the
 * mail). Found by two processes each committing an e-mail within 2 seconds: one e-mail waited
 * for the next minute.
 */
requireRealPostgres();

describe('job queue nudges', () => {
  let db: { url: string; drop: () => Promise<void> };
  let queue: JobQueue;
  const runs: number[] = [];
  const job: ScheduledJob = {
    name: 'nudge-probe',
    cron: '0 0 1 1 *', // once a year: every run in this test comes from a nudge
    description: 'Counts its runs.',
    run: () => {
      runs.push(Date.now());
      return Promise.resolve({ changed: 0 });
    },
  };

  beforeAll(async () => {
    db = await createIsolatedDatabase();
    queue = new JobQueue(
      db.url,
      {
        config: {} as Config,
        logger: createLogger('silent'),
        db: {} as DataSource,
        now: () => new Date(),
      },
      [job],
    );
    await queue.start();
  }, 60_000);

  afterAll(async () => {
    await queue.stop();
    await db.drop();
  });

  it('runs again for a nudge that arrives in the same slot as the previous one', async () => {
    queue.nudge(job.name);
    queue.nudge(job.name);
    const until = Date.now() + 15_000;
    while (runs.length < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    expect(runs).toHaveLength(2);
    // Not more than one run per slot: the second waits for the next one.
    expect(runs[1]! - runs[0]!).toBeGreaterThan(0);
  }, 30_000);

  it('does not pile up runs: twenty nudges at once give a run or two, not twenty', async () => {
    const before = runs.length;
    for (let i = 0; i < 20; i++) queue.nudge(job.name);
    await new Promise((r) => setTimeout(r, 8_000));
    expect(runs.length - before).toBeGreaterThanOrEqual(1);
    expect(runs.length - before).toBeLessThanOrEqual(3);
  }, 30_000);
});
