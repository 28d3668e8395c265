/** The portal's page paths, shared by the SPA router and the server (history fallback, links in mail). */
export const ROUTES = {
  home: '/',
  requests: '/requests',
  returns: '/returns',
  shop: '/shop',
  company: '/company',
  companyEmployees: '/company/employees',
  signIn: '/sign-in',
  register: '/register',
  forgotPassword: '/forgot-password',
  /** From the reset email: /reset-password?token=… */
  resetPassword: '/reset-password',
  /** From the invitation email: /activate?token=… */
  activate: '/activate',
  /** A signed-in representative without a name is asked for it here first. */
  welcome: '/welcome',
  profile: '/profile',
  /** The seller's staff (agents). */
  staff: '/staff',
  /** The API explorer: its own page served by the server, not a route of the SPA. */
  graphiql: '/graphiql',
} as const;

export type RouteKey = keyof typeof ROUTES;
export type RoutePath = (typeof ROUTES)[RouteKey];
