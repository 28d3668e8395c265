import { Client } from 'pg';
import type { Logger } from '../logger';
import { LIVE_CHANNEL, type LiveBus, type LiveEvent } from './live-events';

/** Waits before connecting again after a lost connection: 0.5 s, doubling up to 15 s. */
const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 15_000;
/** The listener's name in pg_stat_activity (with the process id: one per process). */
export const liveListenerName = (pid = process.pid) => `b2b-portal-live-${pid}`;

export interface LiveListener {
  /** Resolves once the first LISTEN is in place. */
  ready: Promise<void>;
  stop(): Promise<void>;
}

/**
 * One connection per process, to DATABASE_DIRECT_URL (LISTEN needs a session of its own,
 * which a transaction pooler does not keep), that LISTENs on the live channel and hands every
 * notification to the bus. A lost connection is opened again with a growing pause; once back,
 * a RESYNC tells every subscriber to re-read, since notifications sent meanwhile are gone.
 */
export function startLiveListener(url: string, bus: LiveBus, logger: Logger): LiveListener {
  let client: Client | null = null;
  let stopped = false;
  let retryMs = FIRST_RETRY_MS;
  let timer: NodeJS.Timeout | null = null;
  let connectedOnce = false;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const onNotification = (msg: { channel: string; payload?: string }) => {
    const event = parseEvent(msg.payload);
    if (event) bus.deliver(event);
    else logger.warn({ payload: msg.payload }, 'live event ignored: not understood');
  };

  const retry = () => {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void connect();
    }, retryMs);
    retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
  };

  const connect = async () => {
    const c = new Client({ connectionString: url, application_name: liveListenerName() });
    c.on('notification', onNotification);
    // Only the connection in use reconnects: a late event of an older one changes nothing.
    const lost = () => {
      if (client !== c) return;
      client = null;
      retry();
    };
    c.on('error', (err) => {
      logger.warn({ err: err.message }, 'live listener connection failed; reconnecting');
      void c.end().catch(() => undefined);
      lost();
    });
    c.on('end', lost);
    try {
      await c.connect();
      await c.query(`LISTEN ${LIVE_CHANNEL}`);
    } catch (err) {
      logger.warn({ err: (err as Error).message }, 'live listener could not connect; retrying');
      void c.end().catch(() => undefined);
      retry();
      return;
    }
    if (stopped) return void (await c.end().catch(() => undefined));
    client = c;
    retryMs = FIRST_RETRY_MS;
    if (connectedOnce) {
      logger.info('live listener reconnected');
      bus.deliver({ type: 'RESYNC' });
    }
    connectedOnce = true;
    markReady();
  };

  void connect();
  return {
    ready,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      markReady();
      const c = client;
      client = null;
      await c?.end().catch(() => undefined);
    },
  };
}

const TYPES = new Set<LiveEvent['type']>(['TICKET', 'RETURN', 'SESSIONS', 'RESYNC']);

/** A notification's payload as an event, or null for anything else on the channel. */
function parseEvent(payload: string | undefined): LiveEvent | null {
  try {
    const value = JSON.parse(payload ?? '') as { type?: unknown };
    return typeof value === 'object' && value && TYPES.has(value.type as LiveEvent['type'])
      ? (value as LiveEvent)
      : null;
  } catch {
    return null;
  }
}
