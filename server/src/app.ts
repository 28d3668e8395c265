import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config';
import { openDatabase, type Database } from './db/database';
import { createApolloServer } from './graphql/apollo';
import { buildAppSchema } from './graphql/schema';
import { createHttpApp } from './http/app';
import { scheduledJobs } from './jobs';
import { JobQueue } from './jobs/queue';
import { createLogger, type Logger } from './logger';
import { seedDemo } from './db/seed-demo';
import { ensureSupportCatalog } from './modules/support/request-type/request-type.catalog';
import { deliverMailJob } from './mail/deliver.job';
import { Throttle, type ThrottleLimits } from './context/throttle';
import { attachLiveBus } from './context/live-events';
import { startLiveListener, type LiveListener } from './context/live-listener';
import { startLiveSocket } from './http/live-socket';

export interface RunningApp {
  url: string;
  port: number;
  config: Config;
  db: Database;
  jobs: JobQueue;
  logger: Logger;
  /** Stops taking requests, drains, stops the jobs and closes the database. Idempotent. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Embedded database only: keep the data in memory (tests). */
  inMemoryDatabase?: boolean;
  /** Start the job workers and schedules (default true). */
  jobs?: boolean;
  logger?: Logger;
  /** Other limits than THROTTLE_LIMITS (tests that register many companies from one address). */
  throttleLimits?: Partial<ThrottleLimits>;
  /** How often live connections check their session (default LIVE_SESSION_CHECK_MS). */
  liveSessionCheckMs?: number;
}

/** Waits this long for the live listener's first LISTEN before starting without it. */
const LIVE_LISTENER_WAIT_MS = 10_000;

/** The composition root: config -> database -> schema -> http -> jobs. */
export async function startApp(config: Config, options: StartOptions = {}): Promise<RunningApp> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const db = await openDatabase(config, logger, {
    inMemory: options.inMemoryDatabase,
    publishUrl: !options.inMemoryDatabase,
  });
  const jobs = new JobQueue(
    db.url,
    { config, logger, db: db.dataSource, now: () => new Date() },
    scheduledJobs,
    db.exclusively,
  );
  let httpServer: http.Server | null = null;
  // Live events: NOTIFY/LISTEN across processes on PostgreSQL, in this process on the
  // embedded database (docs/decisions/0009-live-updates.md).
  const bus = attachLiveBus(db.dataSource, { crossProcess: !db.embedded });
  let listener: LiveListener | null = null;
  try {
    // Processes started together must not both find the catalog empty and both write it.
    await db.exclusively(async () => {
      await ensureSupportCatalog(db.dataSource);
      if (config.seedDemo) await seedDemo(db.dataSource, config, logger);
    });
    if (!db.embedded) {
      listener = startLiveListener(db.directUrl, bus, logger);
      await waitFor(listener.ready, LIVE_LISTENER_WAIT_MS, () =>
        logger.warn('live listener not connected yet; it keeps trying'),
      );
    }
    const schema = await buildAppSchema(bus.asPubSub());
    httpServer = http.createServer();
    const throttle = new Throttle(db.dataSource, options.throttleLimits);
    const nudgeMail = () => jobs.nudge(deliverMailJob.name);
    const liveSocket = startLiveSocket(
      httpServer,
      schema,
      { config, logger, db: db.dataSource, throttle, nudgeMail },
      { sessionCheckMs: options.liveSessionCheckMs },
    );
    const apollo = createApolloServer(schema, httpServer, config, logger, liveSocket);
    await apollo.start();
    httpServer.on(
      'request',
      createHttpApp({ config, logger, db: db.dataSource, apollo, throttle, nudgeMail }),
    );
    const server = httpServer;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, () => resolve());
    });
    if (options.jobs !== false) {
      await jobs.start();
      nudgeMail(); // what a stopped or killed process left in the outbox goes out now
    }

    const port = (server.address() as AddressInfo).port;
    let stopping: Promise<void> | null = null;
    return {
      url: `http://localhost:${port}`,
      port,
      config,
      db,
      jobs,
      logger,
      stop() {
        stopping ??= (async () => {
          // The jobs stop claiming work at once and finish what they hold, while open requests
          // drain; the database closes after both.
          await Promise.all([apollo.stop(), jobs.stop()]);
          await listener?.stop();
          await db.close();
        })();
        return stopping;
      },
    };
  } catch (err) {
    httpServer?.close();
    await listener?.stop();
    await jobs.stop().catch(() => undefined);
    await db.close();
    throw err;
  }
}

/** Waits for `promise` at most `ms`; says so when it took longer, and goes on. */
async function waitFor(promise: Promise<void>, ms: number, late: () => void): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms);
  });
  if ((await Promise.race([promise, timeout])) === 'late') late();
  clearTimeout(timer);
}
