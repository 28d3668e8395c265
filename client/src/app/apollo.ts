import {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  HttpLink,
  InMemoryCache,
} from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { OperationTypeNode } from 'graphql';
import { Observable } from 'rxjs';
import { ViewerDocument, type ViewerQuery } from '../gql/graphql';
import { PAGE_LOCALE_HEADER } from '../../../shared/src/locales';
import { currentLocale } from '../lib/locale';
import { emitSessionEnded } from './sessionEvents';

/** The cache policies of the portal; tests build their cache from the same ones. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // One AppInfo per server: every query of it reads and writes the same cache entry.
      AppInfo: { keyFields: [] },
      // The viewer has no id: a new answer replaces the old one as a whole.
      Viewer: { keyFields: false },
      Query: {
        fields: {
          viewer: { merge: false },
          representatives: { merge: false },
        },
      },
    },
  });
}

/**
 * UNAUTHENTICATED from any operation while the cache still holds a signed-in viewer means the
 * session ended under the user (expired, signed out elsewhere, disabled): tell the app.
 */
export function createSessionLink(): ApolloLink {
  return new ErrorLink(({ error, operation }) => {
    if (!CombinedGraphQLErrors.is(error)) return;
    if (!error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return;
    const cached = operation.client.cache.readQuery<ViewerQuery>({ query: ViewerDocument });
    if (cached?.viewer) emitSessionEnded();
  });
}

/** The server words its own messages in the language the user reads the portal in. */
const languageLink = new ApolloLink((operation, forward) => {
  operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
    headers: {
      ...headers,
      'accept-language': currentLocale(),
      [PAGE_LOCALE_HEADER]: currentLocale(),
    },
  }));
  return forward(operation);
});

const SIGN_OUT_GRACE_MS = 1_500;

/**
 * A link whose code loads when the first operation goes through it: the WebSocket client
 * (graphql-ws) is not part of a first visit, only of the first live page.
 */
function lazyLink(load: () => Promise<ApolloLink>): ApolloLink {
  let loaded: Promise<ApolloLink> | undefined;
  return new ApolloLink(
    (operation, forward) =>
      new Observable((observer) => {
        let subscription: { unsubscribe: () => void } | undefined;
        let closed = false;
        // A chunk that failed to load (offline a moment) is asked for again next time.
        (loaded ??= load().catch((error: unknown) => {
          loaded = undefined;
          throw error;
        })).then(
          (link) => {
            if (!closed) subscription = link.request(operation, forward).subscribe(observer);
          },
          (error: unknown) => observer.error(error),
        );
        return () => {
          closed = true;
          subscription?.unsubscribe();
        };
      }),
  );
}

/**
 * The Apollo client of the SPA: same-origin /graphql, the session travels in its cookie.
 * Subscriptions (live pages) go over a WebSocket to the same /graphql (graphql-ws), everything
 * else over HTTP.
 */
export function createApolloClient(): ApolloClient {
  let client: ApolloClient | null = null;
  // The server closes a live connection when its session ends: the page learns it at once.
  // Checked a moment later: a sign-out in this tab closes it too, and has forgotten the viewer
  // by then (no "your session ended" for someone who just signed out).
  const onSessionEnded = () =>
    setTimeout(() => {
      const cached = client?.cache.readQuery<ViewerQuery>({ query: ViewerDocument });
      if (cached?.viewer) emitSessionEnded();
    }, SIGN_OUT_GRACE_MS);
  const live = lazyLink(async () =>
    (await import('../lib/live')).createLiveLink({ onSessionEnded }),
  );
  client = new ApolloClient({
    link: ApolloLink.from([
      createSessionLink(),
      ApolloLink.split(
        (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
        live,
        ApolloLink.from([
          languageLink,
          new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
        ]),
      ),
    ]),
    cache: createCache(),
  });
  return client;
}
