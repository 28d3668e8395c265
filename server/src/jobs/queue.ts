import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Logger } from '../logger';

/** What a scheduled job needs; no HTTP, no GraphQL. */
export interface JobDeps {
  config: Config;
  logger: Logger;
  db: DataSource;
  now: () => Date;
}

export interface ScheduledJob {
  name: string;
  /** cron, in the server's time zone (UTC unless TZ is set). */
  cron: string;
  description: string;
  run(deps: JobDeps): Promise<{ changed: number }>;
}

/**
 * The job queue: pg-boss on the application's own database (schema "pgboss"). Scheduled
 * jobs are registered here; pg-boss makes sure one instance runs each due schedule.
 */
export class JobQueue {
  private boss: PgBoss | null = null;

  constructor(
    private readonly url: string,
    private readonly deps: JobDeps,
    readonly jobs: readonly ScheduledJob[],
  ) {}

  async start(): Promise<void> {
    const boss = new PgBoss({
      connectionString: this.url,
      schema: 'pgboss',
      max: 4,
      application_name: 'b2b-portal-jobs',
      supervise: true,
      schedule: true,
    });
    boss.on('error', (err) => this.deps.logger.error({ err }, 'job queue error'));
    await boss.start();
    for (const job of this.jobs) {
      await boss.createQueue(job.name);
      await boss.schedule(job.name, job.cron);
      await boss.work(job.name, async () => {
        const result = await job.run(this.deps);
        this.deps.logger.info({ job: job.name, ...result }, 'job finished');
      });
    }
    this.boss = boss;
  }

  /** Asks for a run of a job as soon as possible (e.g. mail after a commit); no-op when stopped. */
  nudge(name: string): void {
    const boss = this.boss;
    if (!boss) return;
    boss.send(name, {}, { singletonKey: name, singletonSeconds: 2 }).catch((err: unknown) => {
      this.deps.logger.warn({ err, job: name }, 'could not queue job');
    });
  }

  /** Runs every scheduled job once, now (`npm run admin -- run-jobs`). */
  async runAllOnce(): Promise<Array<{ name: string; changed: number }>> {
    const results: Array<{ name: string; changed: number }> = [];
    for (const job of this.jobs) {
      const { changed } = await job.run(this.deps);
      results.push({ name: job.name, changed });
    }
    return results;
  }

  async stop(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    if (boss) await boss.stop({ graceful: true, wait: true, timeout: 5_000, close: true });
  }
}
