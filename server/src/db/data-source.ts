import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { requestScope } from '../logger';
import { entities } from './entities';
import { migrations } from './migrations';

export function createDataSource(url: string, options: { poolSize?: number } = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'typeorm_migrations',
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    // Counts statements per request (X-Sql-Statements outside production); prints nothing.
    logging: ['query'],
    logger: statementCounter,
    extra: { max: options.poolSize ?? 10, application_name: 'b2b-portal' },
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
