import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { setHeapGrowth } from './observability/heap';
import type { Tracing } from './observability/tracing';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const started = Date.now();
  // The server process's own memory policy; tests and tools that start the app keep V8's.
  setHeapGrowth(config.heapGrowthPercent);
  // Tracing, when asked for, starts before the server's modules load: its instrumentations
  // patch http, express, graphql and pg as they are required. Unset: nothing of it is loaded.
  let tracing: Tracing | null = null;
  if (config.otelEndpoint) {
    const { startTracing } = await import('./observability/tracing.js');
    const { APP_VERSION } = await import('./version.js');
    tracing = await startTracing(config.otelEndpoint, APP_VERSION);
    logger.info({ endpoint: config.otelEndpoint }, 'tracing to OTLP/HTTP');
  }
  const { startApp } = await import('./app.js');
  const app = await startApp(config, { logger });
  logger.info(
    {
      ms: Date.now() - started,
      database: app.db.embedded ? 'embedded' : 'external',
      heapGrowthPercent: config.heapGrowthPercent,
    },
    'ready',
  );
  console.log(
    `\n  B2B Customer Portal is ready: ${config.appUrl}\n  API explorer:                 ${config.appUrl}/graphiql\n`,
  );

  let exiting = false;
  const shutdown = (signal: string) => {
    if (exiting) return;
    exiting = true;
    logger.info({ signal }, 'shutting down');
    const limit = 9 + config.shutdownDelaySeconds;
    const force = setTimeout(() => {
      logger.error(`shutdown took longer than ${limit} s; exiting anyway`);
      process.exit(1);
    }, limit * 1000);
    force.unref();
    const stopped = app.stop().then(async () => {
      await tracing?.shutdown().catch((err: unknown) => logger.warn({ err }, 'tracing shutdown'));
    });
    stopped.then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  console.error(`The portal could not start: ${err instanceof Error ? err.message : String(err)}`);
  if (err instanceof Error && err.stack)
    console.error(err.stack.split('\n').slice(1, 4).join('\n'));
  process.exit(1);
});
