/**
 * Live updates (GraphQL subscriptions over WebSocket at /graphql, graphql-ws protocol): the
 * limits and the close codes the server uses and the SPA acts on.
 */

/** Open live connections one session (or API token) may hold; one more is refused. */
export const LIVE_CONNECTIONS_PER_SESSION = 10;

/** Why the server closed a live connection (WebSocket close codes, 4000-4999 are ours). */
export const LIVE_CLOSE = {
  /** No valid session or token on connecting, or the session ended (signed out, expired). */
  UNAUTHORIZED: 4401,
  /** A cross-site page (its Origin is not this portal). */
  FORBIDDEN_ORIGIN: 4403,
  /** Already LIVE_CONNECTIONS_PER_SESSION connections for this session. */
  TOO_MANY_CONNECTIONS: 4429,
} as const;

/** Close codes after which connecting again cannot help until the person signs in again. */
export const LIVE_FINAL_CLOSE_CODES: readonly number[] = Object.values(LIVE_CLOSE);
