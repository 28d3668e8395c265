import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { Agent } from '../modules/accounts/agent/agent.entity';
import type { Company } from '../modules/accounts/company/company.entity';
import type { Representative } from '../modules/accounts/representative/representative.entity';
import type { Throttle } from './throttle';
import { LoaderRegistry } from './loaders';

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
  /** The language for messages: the viewer's, else the browser's Accept-Language. */
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
   * Callbacks registered with afterCommit run once it has committed.
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
  return {
    ...facts,
    config: deps.config,
    logger: deps.logger.child({ requestId: facts.requestId }),
    loaders: new LoaderRegistry(),
    throttle: deps.throttle,
    db: deps.db,
    async transaction(fn) {
      const result = await deps.db.transaction('READ COMMITTED', fn);
      for (const cb of pending.splice(0)) cb();
      return result;
    },
    afterCommit(fn) {
      pending.push(fn);
    },
    nudgeMail: deps.nudgeMail,
  };
}
