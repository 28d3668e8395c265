import type { WebSocket } from 'ws';
import { LIVE_CLOSE, LIVE_CONNECTIONS_PER_SESSION } from '../../../shared/src/live';
import type { LiveBus } from '../context/live-events';
import type { Logger } from '../logger';

/** How a live connection signed in, and whose session (or API token) it holds. */
export interface LiveCredentials {
  bearer: string | null;
  sessionToken: string | null;
  /** The session id, or the API token id. */
  holder: string;
  holderKind: 'SESSION' | 'TOKEN';
}

type Check = (ids: { sessionIds: string[]; tokenIds: string[] }) => Promise<Set<string>>;

/**
 * The open live connections of this process by session: at most LIVE_CONNECTIONS_PER_SESSION
 * each, and closed when their session ends. Sessions are checked together, in one statement,
 * every `everyMs` (expiry, idle limit) and at once when any process announces ended sessions
 * (sign-out, disabling, password change, a revoked token: a SESSIONS live event).
 */
export class LiveSessions {
  private readonly open = new Map<WebSocket, LiveCredentials>();
  private readonly timer: NodeJS.Timeout;
  private readonly unlisten: () => void;
  private checking: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly stillValid: Check,
    bus: LiveBus,
    private readonly logger: Logger,
    everyMs: number,
  ) {
    this.timer = setInterval(() => this.checkSoon(), everyMs);
    this.timer.unref();
    this.unlisten = bus.listen((e) => {
      if (e.type === 'SESSIONS' || e.type === 'RESYNC') this.checkSoon();
    });
  }

  /** Registers a connection; false when its session already holds the most it may. */
  add(socket: WebSocket, credentials: LiveCredentials): boolean {
    let count = 0;
    for (const c of this.open.values()) if (c.holder === credentials.holder) count++;
    if (count >= LIVE_CONNECTIONS_PER_SESSION) return false;
    this.open.set(socket, credentials);
    return true;
  }

  remove(socket: WebSocket): void {
    this.open.delete(socket);
  }

  /** Closes a connection whose session has ended. */
  end(socket: WebSocket, reason: string): void {
    this.open.delete(socket);
    socket.close(LIVE_CLOSE.UNAUTHORIZED, reason);
  }

  stop(): void {
    clearInterval(this.timer);
    this.unlisten();
  }

  /** One check at a time; a request during a check runs one more after it. */
  private checkSoon(): void {
    if (this.checking) {
      this.again = true;
      return;
    }
    this.checking = this.check()
      .catch((err: unknown) => this.logger.warn({ err }, 'live session check failed'))
      .finally(() => {
        this.checking = null;
        if (this.again) {
          this.again = false;
          this.checkSoon();
        }
      });
  }

  private async check(): Promise<void> {
    if (!this.open.size) return;
    const sessionIds = new Set<string>();
    const tokenIds = new Set<string>();
    for (const c of this.open.values())
      (c.holderKind === 'SESSION' ? sessionIds : tokenIds).add(c.holder);
    const valid = await this.stillValid({ sessionIds: [...sessionIds], tokenIds: [...tokenIds] });
    // Connections opened during the query were not asked about: the next check sees them.
    for (const [socket, c] of this.open) {
      const asked = c.holderKind === 'SESSION' ? sessionIds : tokenIds;
      if (asked.has(c.holder) && !valid.has(c.holder)) this.end(socket, 'The session has ended.');
    }
  }
}
