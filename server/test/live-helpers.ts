import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * A graphql-ws client in node, as the SPA connects: same-origin ws URL, the session cookie on
 * the upgrade request (or an API token in connectionParams). Records how the server closed it.
 */
export interface LiveClient {
  client: Client;
  /** Resolves with the close code and reason when the server (or dispose) closes the socket. */
  closed: Promise<{ code: number; reason: string }>;
  subscribe(query: string, variables?: Record<string, unknown>): LiveSubscription;
  dispose(): Promise<void>;
}

export interface LiveSubscription {
  /** The next result (waits up to `ms`; rejects when none came). */
  next(ms?: number): Promise<FormattedExecutionResult<Record<string, unknown>, unknown>>;
  /** Resolves when the server completes the operation (after an error result, for one). */
  completed: Promise<void>;
  stop(): void;
}

export function liveClient(
  baseUrl: string,
  options: { cookie?: string | null; connectionParams?: Record<string, unknown>; origin?: string },
): LiveClient {
  const headers: Record<string, string> = {};
  if (options.cookie) headers.cookie = options.cookie;
  if (options.origin) headers.origin = options.origin;
  let closedWith: (c: { code: number; reason: string }) => void = () => undefined;
  const closed = new Promise<{ code: number; reason: string }>((r) => (closedWith = r));
  class SignedInSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  const client = createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: SignedInSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams: options.connectionParams,
    onNonLazyError: () => undefined,
    on: {
      closed: (event) => {
        const e = event as { code: number; reason: string };
        closedWith({ code: e.code, reason: String(e.reason) });
      },
    },
  });
  return {
    client,
    closed,
    subscribe: (query, variables) => subscription(client, query, variables),
    dispose: () => client.dispose() as Promise<void>,
  };
}

function subscription(
  client: Client,
  query: string,
  variables?: Record<string, unknown>,
): LiveSubscription {
  type Result = FormattedExecutionResult<Record<string, unknown>, unknown>;
  const results: Result[] = [];
  let waiting: ((r: Result) => void) | null = null;
  let completedWith: () => void = () => undefined;
  const completed = new Promise<void>((r) => (completedWith = r));
  const deliver = (r: Result) => {
    if (!waiting) return void results.push(r);
    const w = waiting;
    waiting = null;
    w(r);
  };
  const stop = client.subscribe<Record<string, unknown>>(
    { query, variables },
    {
      next: (r) => deliver(r),
      error: (err) => {
        // An operation refused before it ran (validation, not a subscription) ends in `error`.
        if (Array.isArray(err)) deliver({ errors: err as Result['errors'] });
        else {
          // The socket closed (or failed): say how, instead of waiting for nothing.
          const e = err as { code?: number; reason?: string; message?: string };
          const message = `connection ended: ${e.code ?? ''} ${e.reason ?? e.message ?? ''}`;
          deliver({ errors: [{ message, extensions: { code: 'CONNECTION_ENDED' } }] });
        }
        completedWith();
      },
      complete: () => completedWith(),
    },
  );
  return {
    completed,
    stop,
    next(ms = 10_000) {
      const queued = results.shift();
      if (queued) return Promise.resolve(queued);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting = null;
          reject(new Error(`no live result within ${ms} ms`));
        }, ms);
        waiting = (r) => {
          clearTimeout(timer);
          resolve(r);
        };
      });
    },
  };
}

/** Resolves after `ms` with "none" unless `promise` settles first (to show nothing arrived). */
export async function nothingWithin<T>(promise: Promise<T>, ms: number): Promise<T | 'none'> {
  let timer: NodeJS.Timeout | undefined;
  const none = new Promise<'none'>((r) => (timer = setTimeout(() => r('none'), ms)));
  try {
    return await Promise.race([promise, none]);
  } finally {
    clearTimeout(timer);
  }
}
