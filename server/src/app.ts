import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLSchema } from 'graphql';
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
import { warmCalendars } from './modules/support/ticket/calendar';
import { deliverMailJob, outboxBacklog } from './mail/deliver.job';
import { Throttle, type ThrottleLimits } from './context/throttle';
import { startInbound, type InboundChannels } from './inbound/start';
import type { Lifecycle } from './http/health';
import { Metrics, type PoolState } from './observability/metrics';
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
  /** The inbound SMTP listener's port (replies by e-mail); null when INBOUND_SMTP_PORT is unset. */
  inboundSmtpPort: number | null;
  metrics: Metrics;
  /** "starting" until the jobs run, "ready", then "draining" from the moment stop() is called. */
  lifecycle(): Lifecycle;
  /**
   * Answers /readyz with 503 at once, keeps serving for SHUTDOWN_DELAY_SECONDS (so a load
   * balancer stops sending), then stops taking requests, drains, stops the jobs and closes the
   * database. Idempotent.
   */
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

/**
 * What must be in place before the first request: the support catalogue, the demo data when
 * configured, and the calendars' one-time costs (warmCalendars).
 */
async function prepareData(db: Database, config: Config, logger: Logger): Promise<void> {
  // Processes started together must not both find the catalog empty and both write it.
  await db.exclusively(async () => {
    await ensureSupportCatalog(db.dataSource);
    if (config.seedDemo) await seedDemo(db.dataSource, config, logger);
  });
  await warmCalendars(db.dataSource);
}

/** The composition root: config -> database -> schema -> http -> jobs. */
export async function startApp(config: Config, options: StartOptions = {}): Promise<RunningApp> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const db = await openDatabase(config, logger, {
    inMemory: options.inMemoryDatabase,
    publishUrl: !options.inMemoryDatabase,
  });
  const metrics = new Metrics();
  metrics.attach({ pool: () => poolState(db), outbox: () => outboxBacklog(db.dataSource) });
  let lifecycle: Lifecycle = 'starting';
  const jobs = new JobQueue(
    db.url,
    { config, logger, db: db.dataSource, now: () => new Date() },
    scheduledJobs,
    db.exclusively,
    metrics,
  );
  let httpServer: http.Server | null = null;
  let inbound: InboundChannels | null = null;
  // Live events: NOTIFY/LISTEN across processes on PostgreSQL, in this process on the
  // embedded database (docs/decisions/0011-live-updates.md).
  const bus = attachLiveBus(db.dataSource, { crossProcess: !db.embedded });
  let listener: LiveListener | null = null;
  try {
    await prepareData(db, config, logger);
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
    const apollo = await serveHttp(httpServer, schema, {
      ...{ config, logger, db: db.dataSource, throttle, nudgeMail, metrics },
      lifecycle: () => lifecycle,
      liveSessionCheckMs: options.liveSessionCheckMs,
    });
    if (options.jobs !== false) {
      await jobs.start();
      nudgeMail(); // what a stopped or killed process left in the outbox goes out now
    }
    inbound = await startInbound({ config, logger, db: db.dataSource, throttle, nudgeMail });
    const channels = inbound;
    lifecycle = 'ready';

    const port = (httpServer.address() as AddressInfo).port;
    let stopping: Promise<void> | null = null;
    return {
      url: `http://localhost:${port}`,
      port,
      config,
      db,
      jobs,
      logger,
      inboundSmtpPort: channels.smtpPort,
      metrics,
      lifecycle: () => lifecycle,
      stop() {
        lifecycle = 'draining';
        stopping ??= (async () => {
          await channels.stop();
          // The jobs stop claiming work at once and finish what they hold. Requests are still
          // served for the shutdown delay while /readyz says 503; then the listener closes and
          // open requests drain. The database closes after both.
          const delay = sleep(config.shutdownDelaySeconds * 1000);
          await Promise.all([delay.then(() => apollo.stop()), jobs.stop()]);
          await listener?.stop();
          await db.close();
        })();
        return stopping;
      },
    };
  } catch (err) {
    httpServer?.close();
    await inbound?.stop();
    await listener?.stop();
    await jobs.stop().catch(() => undefined);
    await db.close();
    throw err;
  }
}

interface HttpDeps {
  config: Config;
  logger: Logger;
  db: Database['dataSource'];
  throttle: Throttle;
  nudgeMail: () => void;
  metrics: Metrics;
  lifecycle: () => Lifecycle;
  liveSessionCheckMs?: number;
}

/** GraphQL over HTTP and WebSocket, the REST routes, then the listener on config.port. */
async function serveHttp(server: http.Server, schema: GraphQLSchema, deps: HttpDeps) {
  const { config, logger, db, throttle, nudgeMail, metrics } = deps;
  const liveSocket = startLiveSocket(
    server,
    schema,
    { config, logger, db, throttle, nudgeMail },
    { sessionCheckMs: deps.liveSessionCheckMs },
  );
  const apollo = createApolloServer(schema, server, config, logger, metrics, liveSocket);
  await apollo.start();
  server.on(
    'request',
    createHttpApp({
      ...{ config, logger, db, apollo, throttle, nudgeMail, metrics },
      lifecycle: deps.lifecycle,
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, () => resolve());
  });
  return apollo;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The pg pool behind TypeORM (its driver's "master"), for the pool gauges. */
function poolState(db: Database): PoolState | null {
  const pool = (
    db.dataSource.driver as unknown as {
      master?: { totalCount: number; idleCount: number; waitingCount: number };
    }
  ).master;
  return pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : null;
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
