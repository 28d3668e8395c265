import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The cache policies of the portal; tests build their cache from the same ones. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // One AppInfo per server: every query of it reads and writes the same cache entry.
      AppInfo: { keyFields: [] },
    },
  });
}

/** The Apollo client of the SPA: same-origin /graphql, the session travels in its cookie. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: createCache(),
  });
}
