import { startApp } from './app';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';

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
  const app = await startApp(config, { logger });
  logger.info(
    { ms: Date.now() - started, database: app.db.embedded ? 'embedded' : 'external' },
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
    const force = setTimeout(() => {
      logger.error('shutdown took longer than 9 s; exiting anyway');
      process.exit(1);
    }, 9_000);
    force.unref();
    app.stop().then(
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
