import { createLogger } from '../logger';
import { loadConfig } from '../config';
import { openDatabase } from './database';

/**
 * The SQL that would bring a database with every committed migration applied in line with
 * the entities. Empty means migrations and entities agree (a test holds us to that).
 */
export async function pendingSchemaChanges(): Promise<{ up: string[]; down: string[] }> {
  const config = { ...loadConfig({ NODE_ENV: 'test' }), databaseUrl: null };
  const db = await openDatabase(config, createLogger('silent'), { inMemory: true });
  try {
    const log = await db.dataSource.driver.createSchemaBuilder().log();
    return {
      up: log.upQueries.map((q) => q.query),
      down: log.downQueries.map((q) => q.query).reverse(),
    };
  } finally {
    await db.close();
  }
}
