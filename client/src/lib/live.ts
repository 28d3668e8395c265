import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient, type Client } from 'graphql-ws';
import { LIVE_CLOSE, LIVE_FINAL_CLOSE_CODES } from '../../../shared/src/live';

/** The live endpoint of the page's own origin: ws(s)://<host>/graphql (graphql-ws protocol). */
export function liveSocketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

/**
 * The graphql-ws client of a page: connects when the first subscription starts (the session
 * cookie goes with the upgrade request) and closes after the last one. A dropped connection
 * comes back (growing pauses) and every subscription starts again with the current state;
 * after a final close (the session ended, too many connections, another site) it does not.
 */
export function createLiveClient(options: { onSessionEnded?: () => void } = {}): Client {
  return createClient({
    url: liveSocketUrl(window.location),
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: (event) => {
      const code = (event as { code?: number } | null)?.code;
      return code === undefined || !LIVE_FINAL_CLOSE_CODES.includes(code);
    },
    on: {
      closed: (event) => {
        if ((event as { code?: number } | null)?.code === LIVE_CLOSE.UNAUTHORIZED)
          options.onSessionEnded?.();
      },
    },
  });
}

/** Apollo's link for subscriptions over the page's live client. */
export function createLiveLink(options: { onSessionEnded?: () => void } = {}): GraphQLWsLink {
  return new GraphQLWsLink(createLiveClient(options));
}
