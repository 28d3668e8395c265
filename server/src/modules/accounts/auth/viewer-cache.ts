import type {
  DataSource,
  EntitySubscriberInterface,
  InsertEvent,
  RemoveEvent,
  TransactionCommitEvent,
  UpdateEvent,
} from 'typeorm';
import type { Viewer } from '../../../context/request-context';
import { Agent } from '../agent/agent.entity';
import { Company } from '../company/company.entity';
import { Representative } from '../representative/representative.entity';
import { Session } from './session.entity';

/** How long a resolved viewer is reused for the same session token. */
export const VIEWER_CACHE_MS = 3_000;
const MAX_ENTRIES = 10_000;

export interface CachedViewer {
  viewer: Viewer;
  sessionId: string;
  lastSeenAt: Date;
  expiresAt: Date;
  /** When this entry stops being used. */
  until: number;
}

/**
 * The viewers of recent requests, by session token hash, for a few seconds (one query per
 * request saved). Requests of one session that find no viewer at the same moment (the SPA's
 * first queries of a page, a busy integration, every few seconds under load) share one load
 * (`loadOnce`) instead of each sending the same statement. Any write to a person, a company, an agent or a session removal (sign-out,
 * disabling, role or company change, password change) empties it at once and again when its
 * transaction commits, so a disabled person stops on the very next request. One process
 * only: several instances would each keep their own for at most VIEWER_CACHE_MS.
 */
export class ViewerCache implements EntitySubscriberInterface {
  private readonly entries = new Map<string, CachedViewer>();
  private readonly loading = new Map<string, Promise<CachedViewer | null>>();
  /** Counts clear()s: a load that a write overtook is answered but not kept. */
  private generation = 0;

  get(tokenHash: string, now: number): CachedViewer | null {
    const hit = this.entries.get(tokenHash);
    if (!hit) return null;
    if (hit.until > now && hit.expiresAt.getTime() > now) return hit;
    this.entries.delete(tokenHash);
    return null;
  }

  set(tokenHash: string, entry: CachedViewer): void {
    // Oldest first: a Map keeps insertion order, so this is a small LRU by write.
    this.entries.delete(tokenHash);
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(tokenHash, entry);
  }

  /**
   * The viewer `load` finds for this token, loaded once for every request that asks while it
   * runs. It is kept unless a write emptied the cache meanwhile (it may predate that write);
   * a failed load fails each of those requests and is not kept.
   */
  loadOnce(
    tokenHash: string,
    load: () => Promise<CachedViewer | null>,
  ): Promise<CachedViewer | null> {
    const running = this.loading.get(tokenHash);
    if (running) return running;
    const generation = this.generation;
    const loaded = load().then((found) => {
      if (found && generation === this.generation) this.set(tokenHash, found);
      return found;
    });
    const forget = () => {
      if (this.loading.get(tokenHash) === loaded) this.loading.delete(tokenHash);
    };
    loaded.then(forget, forget);
    this.loading.set(tokenHash, loaded);
    return loaded;
  }

  clear(): void {
    this.entries.clear();
    // A request after a write never shares a load that started before it.
    this.loading.clear();
    this.generation++;
  }

  afterInsert(event: InsertEvent<unknown>): void {
    this.touched(event.metadata.target, event.queryRunner.data as Record<string, unknown>);
  }

  afterUpdate(event: UpdateEvent<unknown>): void {
    // The sliding lastSeenAt of a session changes nothing a viewer holds.
    if (event.metadata.target === Session) return;
    this.touched(event.metadata.target, event.queryRunner.data as Record<string, unknown>);
  }

  afterRemove(event: RemoveEvent<unknown>): void {
    this.touched(event.metadata.target, event.queryRunner.data as Record<string, unknown>);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const data = event.queryRunner.data as Record<string, unknown>;
    if (data[DIRTY]) {
      data[DIRTY] = false;
      this.clear();
    }
  }

  private touched(target: unknown, data: Record<string, unknown>): void {
    if (!WATCHED.has(target)) return;
    this.clear();
    data[DIRTY] = true;
  }
}

const DIRTY = 'viewerCacheDirty';
const WATCHED = new Set<unknown>([Representative, Company, Agent, Session]);
const caches = new WeakMap<DataSource, ViewerCache>();

/** The cache of a data source, subscribed to its writes on first use. */
export function viewerCacheOf(db: DataSource): ViewerCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new ViewerCache();
    db.subscribers.push(cache);
    caches.set(db, cache);
  }
  return cache;
}
