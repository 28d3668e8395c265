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
import { startInbound, type InboundChannels } from './inbound/start';

export interface RunningApp {
  url: string;
  port: number;
  config: Config;
  db: Database;
  jobs: JobQueue;
  logger: Logger;
  /** The inbound SMTP listener's port (replies by e-mail); null when INBOUND_SMTP_PORT is unset. */
  inboundSmtpPort: number | null;
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
}

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
  let inbound: InboundChannels | null = null;
  try {
    // Processes started together must not both find the catalog empty and both write it.
    await db.exclusively(async () => {
      await ensureSupportCatalog(db.dataSource);
      if (config.seedDemo) await seedDemo(db.dataSource, config, logger);
    });
    const schema = await buildAppSchema();
    httpServer = http.createServer();
    const apollo = createApolloServer(schema, httpServer, config, logger);
    await apollo.start();
    const throttle = new Throttle(db.dataSource, options.throttleLimits);
    const nudgeMail = () => jobs.nudge(deliverMailJob.name);
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
    inbound = await startInbound({ config, logger, db: db.dataSource, throttle, nudgeMail });
    const channels = inbound;

    const port = (server.address() as AddressInfo).port;
    let stopping: Promise<void> | null = null;
    return {
      url: `http://localhost:${port}`,
      port,
      config,
      db,
      jobs,
      logger,
      inboundSmtpPort: channels.smtpPort,
      stop() {
        stopping ??= (async () => {
          await channels.stop();
          // The jobs stop claiming work at once and finish what they hold, while open requests
          // drain; the database closes after both.
          await Promise.all([apollo.stop(), jobs.stop()]);
          await db.close();
        })();
        return stopping;
      },
    };
  } catch (err) {
    httpServer?.close();
    await inbound?.stop();
    await jobs.stop().catch(() => undefined);
    await db.close();
    throw err;
  }
}
