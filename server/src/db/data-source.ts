import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { requestScope } from '../logger';
import { entities } from './entities';
import { typeParsers } from './timestamps';
import { migrations } from './migrations';

export interface DataSourceOptions {
  poolSize?: number;
  /** Other migrations than all committed ones (a restore runs those its backup was taken at). */
  migrations?: typeof migrations;
}

export function createDataSource(url: string, options: DataSourceOptions = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations: options.migrations ?? migrations,
    migrationsTableName: 'typeorm_migrations',
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    // Counts statements per request (X-Sql-Statements outside production); prints nothing.
    logging: ['query'],
    logger: statementCounter,
    // node-postgres's types, with timestamps read by a faster parser (timestamps.ts).
    extra: { max: options.poolSize ?? 10, application_name: 'b2b-portal', types: typeParsers },
  });
}

const statementCounter: TypeOrmLogger = {
  logQuery() {
    const scope = requestScope.getStore();
    if (scope) scope.sqlStatements++;
  },
  logQueryError: () => undefined,
  logQuerySlow: () => undefined,
  logSchemaBuild: () => undefined,
  logMigration: () => undefined,
  log: () => undefined,
};
