import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { createDataSource } from './data-source';
import {
  embeddedUrlFile,
  runningEmbeddedUrl,
  startEmbeddedDatabase,
  type EmbeddedDatabase,
} from './embedded';

export interface Database {
  /** The URL every client of this process uses (TypeORM, pg-boss). */
  url: string;
  /**
   * For connections that need a session of their own (advisory locks, LISTEN/NOTIFY):
   * DATABASE_DIRECT_URL when DATABASE_URL is a transaction pooler, else the same as url.
   */
  directUrl: string;
  dataSource: DataSource;
  embedded: boolean;
  /**
   * Runs fn while no other process of the portal runs its set-up on this database (a
   * PostgreSQL advisory lock on a connection of its own): migrations, pg-boss's schema, the
   * built-in catalog. The embedded database serves one process only, so there it just runs fn.
   */
  exclusively<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The advisory lock key of the portal's set-up: any constant, the same in every process. */
const SET_UP_LOCK = '7084130589223465840';
/** A set-up still running after this long is stuck: the waiting process gives up, saying so. */
const SET_UP_LOCK_WAIT = '120s';

/** Runs fn while holding the set-up lock: migrations and pg-boss's schema, one process at a time. */
export async function withSetUpLock<T>(url: string, fn: () => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'b2b-portal-set-up' });
  client.on('error', () => undefined); // a lost connection ends the lock; fn's own errors count
  await client.connect();
  try {
    await client.query(`SET lock_timeout = '${SET_UP_LOCK_WAIT}'`);
    try {
      await client.query('SELECT pg_advisory_lock($1)', [SET_UP_LOCK]);
    } catch (err) {
      throw new Error(
        `Waited ${SET_UP_LOCK_WAIT} for another process to finish setting up the database: ${(err as Error).message}`,
        { cause: err },
      );
    }
    return await fn();
  } finally {
    // Ending the session releases the lock, whether or not the unlock got through.
    await client.end().catch(() => undefined);
  }
}

export interface OpenDatabaseOptions {
  /** Embedded only: keep the data in memory instead of DATA_DIR (tests). */
  inMemory?: boolean;
  /** Publish the embedded database's URL in DATA_DIR/embedded-db.url for `npm run admin`. */
  publishUrl?: boolean;
  runMigrations?: boolean;
}

/**
 * DATABASE_URL set: a pg pool to that server. Unset: the embedded PostgreSQL under DATA_DIR,
 * started here and stopped by close(). Committed migrations run before anything else.
 */
export async function openDatabase(
  config: Config,
  logger: Logger,
  options: OpenDatabaseOptions = {},
): Promise<Database> {
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    // PGlite has no lock of its own: two processes on one folder would corrupt it.
    if (!options.inMemory && (await runningEmbeddedUrl(config.dataDir))) {
      throw new Error(
        `Another process is using the embedded database in ${config.dataDir} (its URL is in embedded-db.url). ` +
          'Stop it first, or give this one its own DATA_DIR.',
      );
    }
    const started = Date.now();
    embedded = await startEmbeddedDatabase({
      dataPath: options.inMemory ? null : path.join(config.dataDir, 'pg'),
    });
    url = embedded.url;
    logger.info(
      { ms: Date.now() - started, inMemory: !!options.inMemory },
      'embedded PostgreSQL started',
    );
  }
  const directUrl = embedded ? url : (config.databaseDirectUrl ?? url);
  const exclusively = <T>(fn: () => Promise<T>): Promise<T> =>
    embedded ? fn() : withSetUpLock(directUrl, fn);
  const dataSource = createDataSource(url);
  try {
    await exclusively(async () => {
      await dataSource.initialize();
      if (options.runMigrations === false) return;
      const ran = await dataSource.runMigrations({ transaction: 'each' });
      if (ran.length) logger.info({ migrations: ran.map((m) => m.name) }, 'migrations applied');
    });
  } catch (err) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw err;
  }
  const urlFile = embeddedUrlFile(config.dataDir);
  if (embedded && options.publishUrl) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    fs.writeFileSync(urlFile, `${url}\n`, { mode: 0o600 });
  }
  let closed = false;
  return {
    url,
    directUrl,
    dataSource,
    embedded: embedded !== null,
    exclusively,
    async close() {
      if (closed) return;
      closed = true;
      if (embedded && options.publishUrl) fs.rmSync(urlFile, { force: true });
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
