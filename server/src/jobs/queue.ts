import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { Metrics } from '../observability/metrics';

/** What a scheduled job needs; no HTTP, no GraphQL. */
export interface JobDeps {
  config: Config;
  logger: Logger;
  db: DataSource;
  now: () => Date;
  /** Aborted once the process starts to stop: a job finishes the item in hand and claims no more. */
  stopping?: AbortSignal;
}

export interface JobResult {
  changed: number;
  /** More work falls due then: the queue runs the job again at that time (if within a minute). */
  nextRunAt?: Date;
}

/** Runs fn while no other process runs its own set-up (a PostgreSQL advisory lock). */
export type Exclusively = <T>(fn: () => Promise<T>) => Promise<T>;

export interface ScheduledJob {
  name: string;
  /** cron, in the server's time zone (UTC unless TZ is set). */
  cron: string;
  description: string;
  run(deps: JobDeps): Promise<JobResult>;
}

/** A follow-up further away than this is left to the schedule (every job runs each minute). */
const FOLLOW_UP_WITHIN_MS = 60_000;
/** How long stop() waits for a running job to finish the item in hand. */
const STOP_WAIT_MS = 6_000;

/**
 * The job queue: pg-boss on the application's own database (schema "pgboss"). Scheduled
 * jobs are registered here; pg-boss makes sure one instance runs each due schedule. pg-boss's
 * own set-up (its schema, queues, schedules) runs under `exclusively`, so that any number of
 * processes may start at once on an empty database.
 */
export class JobQueue {
  private boss: PgBoss | null = null;
  private readonly stopping = new AbortController();
  private readonly followUps = new Map<string, { at: number; timer: NodeJS.Timeout }>();

  constructor(
    private readonly url: string,
    private readonly deps: JobDeps,
    readonly jobs: readonly ScheduledJob[],
    private readonly exclusively: Exclusively = (fn) => fn(),
    /** Counts and times the runs (portal_job_runs_total, portal_job_failures_total …). */
    private readonly metrics: Metrics | null = null,
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
    try {
      await this.exclusively(async () => {
        await boss.start();
        for (const job of this.jobs) {
          await boss.createQueue(job.name);
          await boss.schedule(job.name, job.cron);
        }
      });
      for (const job of this.jobs) await boss.work(job.name, () => this.runJob(job));
    } catch (err) {
      await boss.stop({ graceful: false, wait: true, close: true }).catch(() => undefined);
      throw err;
    }
    this.boss = boss;
  }

  private async runJob(job: ScheduledJob): Promise<void> {
    if (this.stopping.signal.aborted) return;
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    let result: JobResult;
    try {
      result = await job.run({ ...this.deps, stopping: this.stopping.signal });
    } catch (err) {
      this.metrics?.jobFailed(job.name, seconds());
      throw err;
    }
    this.metrics?.jobRan(job.name, seconds());
    this.deps.logger.info({ job: job.name, ...result }, 'job finished');
    if (result.nextRunAt) this.followUp(job.name, result.nextRunAt.getTime());
  }

  /** One timer per job and process: the earliest follow-up wins. */
  private followUp(name: string, at: number): void {
    // At least a second later: work due now but locked by another sender is theirs to finish.
    const delay = Math.max(at - this.deps.now().getTime() + 100, 1_000);
    if (delay > FOLLOW_UP_WITHIN_MS || this.stopping.signal.aborted) return;
    const pending = this.followUps.get(name);
    if (pending && pending.at <= at) return;
    if (pending) clearTimeout(pending.timer);
    const timer = setTimeout(() => {
      this.followUps.delete(name);
      this.boss?.send(name, {}).catch((err: unknown) => {
        this.deps.logger.warn({ err, job: name }, 'could not queue job');
      });
    }, delay);
    timer.unref();
    this.followUps.set(name, { at, timer });
  }

  /**
   * Asks for a run of a job as soon as possible (e.g. mail after a commit); no-op when stopped.
   * At most one run per 2-second slot; a nudge whose slot is taken goes to the next slot rather
   * than being dropped (the run in this slot may already have looked and found nothing, and the
   * work committed just now would otherwise wait for the next scheduled firing).
   */
  nudge(name: string): void {
    const boss = this.boss;
    if (!boss) return;
    boss.sendDebounced(name, {}, {}, 2, name).catch((err: unknown) => {
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

  /**
   * Stops at once taking new work (running jobs see `stopping` and finish only the item in
   * hand), then waits for them, up to STOP_WAIT_MS.
   */
  async stop(): Promise<void> {
    this.stopping.abort();
    for (const { timer } of this.followUps.values()) clearTimeout(timer);
    this.followUps.clear();
    const boss = this.boss;
    this.boss = null;
    if (boss) await boss.stop({ graceful: true, wait: true, timeout: STOP_WAIT_MS, close: true });
  }
}
