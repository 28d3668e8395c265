/** The portal's page paths, shared by the SPA router and the server (history fallback, links in mail). */
export const ROUTES = {
  home: '/',
  requests: '/requests',
  returns: '/returns',
  shop: '/shop',
  company: '/company',
  signIn: '/sign-in',
  /** The API explorer: its own page served by the server, not a route of the SPA. */
  graphiql: '/graphiql',
} as const;

export type RouteKey = keyof typeof ROUTES;
export type RoutePath = (typeof ROUTES)[RouteKey];
