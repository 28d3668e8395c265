/** The portal's page paths, shared by the SPA router and the server (history fallback, links in mail). */
export const ROUTES = {
  home: '/',
  requests: '/requests',
  /** A new support request; ?from=<KEY> pre-fills it from a closed one. */
  requestsNew: '/requests/new',
  /** One support request: /requests/CS-123 (links in the request emails too). */
  requestDetail: '/requests/:key',
  returns: '/returns',
  /** The return wizard: /returns/new?step=… */
  returnsNew: '/returns/new',
  /** One return: /returns/RMA-2026-000042 (links in the return emails too). */
  returnDetail: '/returns/:rmaNumber',
  shop: '/shop',
  /** A product: /shop/products/<sku>. */
  shopProducts: '/shop/products',
  shopBasket: '/shop/basket',
  /** The company's orders; one order: /shop/orders/<id>. */
  shopOrders: '/shop/orders',
  /** The company's invoices; one invoice: /shop/invoices/<id>. */
  shopInvoices: '/shop/invoices',
  company: '/company',
  companyEmployees: '/company/employees',
  signIn: '/sign-in',
  register: '/register',
  forgotPassword: '/forgot-password',
  /** From the reset email: /reset-password?token=… */
  resetPassword: '/reset-password',
  /** From the invitation email: /activate?token=… */
  activate: '/activate',
  /** Ask to join a company that is already registered (tax ID, name, e-mail). */
  join: '/join',
  /** From the e-mail that confirms a request to join: /join/confirm?token=… */
  joinConfirm: '/join/confirm',
  /** A signed-in representative without a name is asked for it here first. */
  welcome: '/welcome',
  profile: '/profile',
  /** The seller's staff (agents). */
  staff: '/staff',
  /** The staff's returns queue and one return there. */
  staffReturns: '/staff/returns',
  staffReturnDetail: '/staff/returns/:rmaNumber',
  /** The staff's support-request queue and one request there. */
  staffRequests: '/staff/requests',
  staffRequestDetail: '/staff/requests/:key',
  /** Staff edit the support request types and sub-categories (in four languages). */
  staffRequestTypes: '/staff/request-types',
  /** Staff: requests to join companies that have no active administrator. */
  staffJoinRequests: '/staff/join-requests',
  /** Staff: service levels per portal, request type and week (charts, CSV). */
  staffServiceLevels: '/staff/service-levels',
  /** The same figures as CSV: served by the server (?from=…&to=…&portal=…), staff only. */
  staffServiceLevelsCsv: '/staff/service-levels.csv',
  /** Staff: ERP invoices waiting for a company (confirm a tax ID, assign an invoice). */
  staffUnmatchedDocuments: '/staff/unmatched-documents',
  /** The API explorer: its own page served by the server, not a route of the SPA. */
  graphiql: '/graphiql',
} as const;

/** The address of one return for its company's representatives. */
export const returnPath = (rmaNumber: string) => `/returns/${encodeURIComponent(rmaNumber)}`;

/**
 * "Return this" on an invoice or order line: the wizard opens at that line
 * (/returns/new?invoice=<number>&sku=<sku>; it checks the invoice and picks the line).
 */
export const returnLinePath = (invoiceNumber: string, sku: string) =>
  `${ROUTES.returnsNew}?${new URLSearchParams({ invoice: invoiceNumber, sku }).toString()}`;

/** The address of one return in the staff area. */
export const staffReturnPath = (rmaNumber: string) =>
  `/staff/returns/${encodeURIComponent(rmaNumber)}`;

/** The address of one support request for its company's representatives. */
export const requestPath = (key: string) => `/requests/${encodeURIComponent(key)}`;

/** The address of one support request in the staff area. */
export const staffRequestPath = (key: string) => `/staff/requests/${encodeURIComponent(key)}`;

/** The link of a password-reset e-mail. */
export const resetPasswordPath = (token: string) =>
  `${ROUTES.resetPassword}?token=${encodeURIComponent(token)}`;

/** The link of an invitation (activation) e-mail. */
export const activatePath = (token: string) =>
  `${ROUTES.activate}?token=${encodeURIComponent(token)}`;

/** A request page with a rating chosen (the one-click links of the resolution e-mail). */
export const rateRequestPath = (key: string, rating: number) =>
  `${requestPath(key)}?rate=${encodeURIComponent(String(rating))}`;

/** The link of the e-mail that confirms a request to join a company. */
export const joinConfirmPath = (token: string) =>
  `${ROUTES.joinConfirm}?token=${encodeURIComponent(token)}`;

/** The "ask to join" form, pre-filled with a tax ID and country (from the registration form). */
export const joinPath = (prefill: { taxId?: string; country?: string } = {}) => {
  const query = new URLSearchParams(
    Object.entries(prefill).filter((e): e is [string, string] => !!e[1]),
  ).toString();
  return query ? `${ROUTES.join}?${query}` : ROUTES.join;
};

export type RouteKey = keyof typeof ROUTES;
export type RoutePath = (typeof ROUTES)[RouteKey];
