import { EventEmitter } from 'node:events';
import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import type { PubSub } from 'type-graphql';
import type { RequestContext } from './request-context';
import { LoaderRegistry } from './loaders';
import { deferWrite } from '../common/deferred-writes';

/**
 * What live pages hear about: which record changed, never what changed. Subscribers re-read
 * the record through the normal, tenant-checked services. Small on purpose (a NOTIFY payload
 * holds at most 8000 bytes).
 *  TICKET   a request's conversation, status, assignee or participants changed
 *  RETURN   a return's timeline (and so its status) changed
 *  SESSIONS sessions ended (sign-out, disabling, password change): open sockets check theirs
 *  RESYNC   re-read: first on every subscription, and when the listener is back after losing
 *           its connection (events may have been missed)
 */
export type LiveEvent =
  | { type: 'TICKET'; id: string; key: string; companyId: string; internal: boolean }
  | { type: 'RETURN'; id: string; rmaNumber: string; companyId: string }
  | { type: 'SESSIONS' }
  | { type: 'RESYNC' };

/** The PostgreSQL channel of every live event. */
export const LIVE_CHANNEL = 'portal_live';

/** Events one subscriber may have waiting before the oldest are dropped (each is a "re-read"). */
const MAX_QUEUED = 100;

/**
 * The live events of one process. `publish` is called inside the transaction that made the
 * change, and the event is delivered only once it commits (never on rollback):
 *  - on PostgreSQL (`crossProcess`), by `pg_notify` in that transaction; the listener of every
 *    process (live-listener.ts) hears it, this one included, and calls `deliver`;
 *  - on the embedded database, in this process after the commit (its wire server hands a
 *    notification to the connection that sent it, not to the listening one, and it serves one
 *    process anyway).
 */
export class LiveBus implements EntitySubscriberInterface {
  private readonly emitter = new EventEmitter();

  private readonly crossProcess: boolean;

  constructor(options: { crossProcess: boolean }) {
    this.crossProcess = options.crossProcess;
    this.emitter.setMaxListeners(0);
  }

  async publish(tx: EntityManager, events: LiveEvent[]): Promise<void> {
    if (!events.length) return;
    const runner = tx.queryRunner;
    if (this.crossProcess) {
      await deferWrite(tx, 'SELECT pg_notify($1, e) FROM unnest($2::text[]) AS e', [
        LIVE_CHANNEL,
        events.map((e) => JSON.stringify(e)),
      ]);
    } else if (runner?.isTransactionActive) {
      const data = runner.data as Record<string, unknown>;
      data[PENDING] = [...((data[PENDING] as LiveEvent[] | undefined) ?? []), ...events];
    } else {
      for (const e of events) this.deliver(e);
    }
  }

  /** Hands an event to this process's subscribers. */
  deliver(event: LiveEvent): void {
    this.emitter.emit('event', event);
  }

  /**
   * A RESYNC at once (the subscriber sends the current state: nothing falls between the page's
   * query and its subscription, and the client knows it is listening), then every accepted
   * event until the iterator is returned (graphql-ws does so when the client stops).
   */
  events(accept: (e: LiveEvent) => boolean): AsyncIterableIterator<LiveEvent> {
    return new LiveIterator(this.emitter, { accept, resync: true });
  }

  /**
   * type-graphql's PubSub over this bus, in this process only (buildSchema asks for one). The
   * portal's subscriptions use their own `subscribe` (a tenant check first); changes are
   * published with publishLive inside their transaction, which reaches every process.
   */
  asPubSub(): PubSub {
    return {
      publish: (routingKey, ...args) => {
        const event = args[0] as LiveEvent | undefined;
        if (event?.type === routingKey) this.deliver(event);
      },
      subscribe: (routingKey) =>
        new LiveIterator(this.emitter, { accept: (e) => e.type === routingKey, resync: false }),
    };
  }

  /** A plain listener (the socket server's session checks); returns how to stop listening. */
  listen(fn: (e: LiveEvent) => void): () => void {
    this.emitter.on('event', fn);
    return () => this.emitter.off('event', fn);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const data = event.queryRunner.data as Record<string, unknown>;
    const pending = data[PENDING] as LiveEvent[] | undefined;
    delete data[PENDING];
    for (const e of pending ?? []) this.deliver(e);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    delete (event.queryRunner.data as Record<string, unknown>)[PENDING];
  }
}

const PENDING = 'liveEventsPending';

/** A pull-based view of the emitter: a bounded queue, and no listener left once returned. */
class LiveIterator implements AsyncIterableIterator<LiveEvent> {
  private readonly queue: LiveEvent[] = [];
  private waiting: ((r: IteratorResult<LiveEvent>) => void) | null = null;
  private done = false;
  private readonly onEvent = (e: LiveEvent) => {
    if (this.done || !((this.options.resync && e.type === 'RESYNC') || this.options.accept(e)))
      return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: e, done: false });
      return;
    }
    this.queue.push(e);
    if (this.queue.length > MAX_QUEUED) this.queue.shift();
  };

  constructor(
    private readonly emitter: EventEmitter,
    private readonly options: { accept: (e: LiveEvent) => boolean; resync: boolean },
  ) {
    emitter.on('event', this.onEvent);
    if (options.resync) this.queue.push({ type: 'RESYNC' });
  }

  next(): Promise<IteratorResult<LiveEvent>> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve({ value: queued, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<LiveEvent>> {
    this.done = true;
    this.queue.length = 0;
    this.emitter.off('event', this.onEvent);
    this.waiting?.({ value: undefined, done: true });
    this.waiting = null;
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(err: unknown): Promise<IteratorResult<LiveEvent>> {
    void this.return();
    return Promise.reject(err instanceof Error ? err : new Error(String(err)));
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<LiveEvent> {
    return this;
  }
}

const buses = new WeakMap<DataSource, LiveBus>();

/**
 * Gives a data source its bus: cross-process (NOTIFY) on PostgreSQL, in-process on the
 * embedded database. The composition root (and the CLI) call it once, after opening the
 * database; a data source without one gets an in-process bus.
 */
export function attachLiveBus(db: DataSource, options: { crossProcess: boolean }): LiveBus {
  const bus = new LiveBus(options);
  const previous = buses.get(db);
  if (previous) db.subscribers.splice(db.subscribers.indexOf(previous), 1);
  db.subscribers.push(bus);
  buses.set(db, bus);
  return bus;
}

export function liveBusOf(db: DataSource): LiveBus {
  return buses.get(db) ?? attachLiveBus(db, { crossProcess: false });
}

/**
 * Announces changed records from inside the transaction that changed them; delivered after
 * it commits, to every server process.
 */
export function publishLive(tx: EntityManager, ...events: LiveEvent[]): Promise<void> {
  return liveBusOf(tx.connection).publish(tx, events);
}

/** The live events a subscription follows (RESYNC always passes: it means "re-read"). */
export function liveEvents(
  ctx: RequestContext,
  accept: (e: LiveEvent) => boolean,
): AsyncIterableIterator<LiveEvent> {
  return liveBusOf(ctx.db).events(accept);
}

/**
 * Before a subscription re-reads its record: a subscription's context lives as long as the
 * socket, and its DataLoaders would otherwise answer with what they cached at the first event.
 */
export function freshReads(ctx: RequestContext): void {
  ctx.loaders = new LoaderRegistry();
}
