import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { LoaderRegistry } from './loaders';

/** Who is asking. Filled in by authentication; null for an anonymous request. */
export type Viewer = null;

/**
 * What every resolver and service method receives first. Services take it as their first
 * argument and read the tenant from it, never from input.
 */
export interface RequestContext {
  requestId: string;
  viewer: Viewer;
  config: Config;
  logger: Logger;
  loaders: LoaderRegistry;
  /** The data source: reads outside a transaction only. */
  db: DataSource;
  /**
   * Runs fn in one transaction. Every repository call inside must go through `tx`: on the
   * embedded database a query on another connection waits for this transaction forever.
   */
  transaction<T>(fn: (tx: EntityManager) => Promise<T>): Promise<T>;
}

export interface ContextDeps {
  config: Config;
  logger: Logger;
  db: DataSource;
}

export function createRequestContext(deps: ContextDeps, requestId: string): RequestContext {
  return {
    requestId,
    viewer: null,
    config: deps.config,
    logger: deps.logger.child({ requestId }),
    loaders: new LoaderRegistry(),
    db: deps.db,
    transaction: (fn) => deps.db.transaction('READ COMMITTED', fn),
  };
}
