import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { Agent } from '../modules/accounts/agent/agent.entity';
import type { Company } from '../modules/accounts/company/company.entity';
import type { Representative } from '../modules/accounts/representative/representative.entity';
import type { Throttle } from './throttle';
import { LoaderRegistry } from './loaders';
import { ConflictError } from '../common/errors';
import { isRetryableTransactionError } from '../common/db-errors';
import { withDeferredWrites } from '../common/deferred-writes';

/** How often a transaction that hit a deadlock or serialization failure runs in all. */
export const TRANSACTION_ATTEMPTS = 3;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a transaction, again (up to TRANSACTION_ATTEMPTS in all, after a short random pause)
 * when PostgreSQL ends it with a deadlock (40P01) or a serialization failure (40001); after
 * that a CONFLICT. The afterCommit callbacks an aborted attempt registered are dropped, and
 * its outbox rows were rolled back with it: a retry sends nothing twice.
 */
async function runWithRetry<T>(
  db: DataSource,
  logger: Logger,
  pending: Array<() => void>,
  fn: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const mark = pending.length;
    try {
      // READ COMMITTED, PostgreSQL's default (no SET TRANSACTION: one statement less).
      const result = await db.transaction((tx) => withDeferredWrites(tx, fn));
      for (const cb of pending.splice(mark)) cb();
      return result;
    } catch (err) {
      pending.splice(mark);
      if (!isRetryableTransactionError(err)) throw err;
      logger.warn({ attempt, err: (err as Error).message }, 'transaction retried');
      if (attempt >= TRANSACTION_ATTEMPTS)
        throw new ConflictError(
          'This record was being changed by someone else at the same moment. Reload and try again.',
        );
      await pause(5 + Math.random() * 20 * attempt);
    }
  }
}

/** Who is asking. Resolved from the session cookie or a Bearer API token; null when anonymous. */
export type Viewer =
  | { kind: 'REPRESENTATIVE'; representative: Representative; company: Company; sessionId: string }
  | { kind: 'AGENT'; agent: Agent; sessionId: string }
  | { kind: 'API_TOKEN'; tokenId: string; tokenName: string };

/** The session cookie, as the HTTP layer lets a resolver set or clear it. */
export interface SessionCookie {
  set(token: string, expires: Date): void;
  clear(): void;
}

/**
 * What every resolver and service method receives first. Services take it as their first
 * argument and read the tenant from it, never from input.
 */
export interface RequestContext {
  requestId: string;
  viewer: Viewer | null;
  /** The language for messages and names: the SPA page's, else the viewer's, else Accept-Language. */
  locale: string;
  clientIp: string;
  userAgent: string | null;
  config: Config;
  logger: Logger;
  loaders: LoaderRegistry;
  throttle: Throttle;
  sessionCookie: SessionCookie;
  /** The data source: reads outside a transaction only. */
  db: DataSource;
  /**
   * Runs fn in one transaction. Every repository call inside must go through `tx`: on the
   * embedded database a query on another connection waits for this transaction forever.
   * Callbacks registered with afterCommit run once it has committed. A deadlock or
   * serialization failure runs fn again (a bounded number of times, then CONFLICT), so fn
   * must keep its side effects in the database or undo them when it throws. Writes queued
   * with `deferWrite` (audit, outbox, history, live events) go out in one statement at the end.
   */
  transaction<T>(fn: (tx: EntityManager) => Promise<T>): Promise<T>;
  afterCommit(fn: () => void): void;
  /** Wakes the mail job (after a commit that wrote to the outbox). */
  nudgeMail(): void;
}

export interface ContextDeps {
  config: Config;
  logger: Logger;
  db: DataSource;
  throttle: Throttle;
  /** Wakes the mail job after a commit that wrote to the outbox. */
  nudgeMail: () => void;
}

export interface RequestFacts {
  requestId: string;
  viewer: Viewer | null;
  locale: string;
  clientIp: string;
  userAgent: string | null;
  sessionCookie: SessionCookie;
}

export function createRequestContext(deps: ContextDeps, facts: RequestFacts): RequestContext {
  const pending: Array<() => void> = [];
  // The request's logger is made when something logs (most requests log nothing): a pino child
  // per request cost 12 µs of CPU, a few per cent of a small query's (issue 11).
  let child: Logger | null = null;
  const logger = () => (child ??= deps.logger.child({ requestId: facts.requestId }));
  return {
    ...facts,
    config: deps.config,
    get logger() {
      return logger();
    },
    loaders: new LoaderRegistry(),
    throttle: deps.throttle,
    db: deps.db,
    transaction(fn) {
      return runWithRetry(deps.db, logger(), pending, fn);
    },
    afterCommit(fn) {
      pending.push(fn);
    },
    nudgeMail: deps.nudgeMail,
  };
}
