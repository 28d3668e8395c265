// The read scenarios: the GraphQL operation the SPA sends, the raw handler that answers the
// same JSON, and the variables taken from the data (the deep cursors: the 100,000th row).
import { RARE_WORDS } from './seed.mjs';

const ALL = [
  'WAITING_FOR_SUPPORT',
  'IN_PROGRESS',
  'WAITING_FOR_CUSTOMER',
  'RESOLVED',
  'CLOSED',
  'CANCELED',
];
const PAGE = 50;

const TICKETS = `query Tickets($filter: TicketFilter, $first: Int, $after: String) {
  tickets(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id key portalKey status subject createdAt lastActivityAt
      requestType { id name } reporter { id name email } } }
    pageInfo { hasNextPage endCursor } } }`;
const TICKET = `query Ticket($key: String!) { ticket(key: $key) { id key status subject description
  createdAt lastActivityAt comments { id authorType authorName body statusChange createdAt } } }`;
const RETURNS = `query ReturnRequests($first: Int, $after: String) {
  returnRequests(first: $first, after: $after) {
    edges { cursor node { id rmaNumber kind status createdAt closedAt items { id quantity } } }
    pageInfo { hasNextPage endCursor } } }`;
const PRODUCTS = `query ShopProducts($first: Int, $after: String) {
  products(first: $first, after: $after) {
    edges { cursor node { id sku name description price priceMinor currency stock active } }
    pageInfo { hasNextPage endCursor } } }`;

/** @typedef {{ name: string, kind: 'tickets' | 'ticket' | 'returnRequests' | 'products' | 'createTicket' | 'commentOnTicket' | 'placeOrder', query: string, variables: Record<string, unknown>, note?: string, write?: boolean, cookies?: string[] }} Scenario */

const cursor = (/** @type {unknown[]} */ values) =>
  Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');

/**
 * The row `depth` deep in a list (or the last full page when the list is shorter).
 * @param {import('pg').Pool} pool @param {string} fromWhere @param {unknown[]} params @param {number} depth
 */
async function deepCursor(pool, fromWhere, params, depth) {
  const {
    rows: [{ n }],
  } = await pool.query(`SELECT count(*)::int AS n ${fromWhere}`, params);
  const at = Math.max(1, Math.min(depth, n - PAGE - 1));
  const {
    rows: [row],
  } = await pool.query(
    `SELECT t."lastActivityAt", t.id ${fromWhere} ORDER BY t."lastActivityAt" DESC, t.id DESC OFFSET ${at - 1} LIMIT 1`,
    params,
  );
  return { after: cursor([row.lastActivityAt.toISOString(), row.id]), at, of: n };
}

/**
 * What the scenarios take from the data: the deep cursors, a request, a rare word, a product.
 * @param {import('pg').Pool} pool @param {{ representativeId: string, companyId: string }} me @param {number} scale
 */
async function fromTheData(pool, me, scale) {
  const depth = Math.round(100_000 * scale);
  const company = `FROM ticket t WHERE t."companyId" = $1`;
  const mine = `${company} AND (t."reporterId" = $2 OR EXISTS (SELECT 1 FROM ticket_participant p WHERE p."ticketId" = t.id AND p."representativeId" = $2))`;
  const mineDeep = await deepCursor(pool, mine, [me.companyId, me.representativeId], depth);
  const companyDeep = await deepCursor(pool, company, [me.companyId], depth);
  const {
    rows: [page],
  } = await pool.query(
    `SELECT key FROM ticket WHERE "companyId" = $1 AND status = 'IN_PROGRESS' ORDER BY "lastActivityAt" DESC OFFSET 100 LIMIT 1`,
    [me.companyId],
  );
  const { rows: rare } = await pool.query(
    `SELECT w FROM unnest($2::text[]) w WHERE EXISTS (SELECT 1 FROM ticket WHERE "companyId" = $1 AND subject LIKE '%' || w || '%')`,
    [me.companyId, RARE_WORDS],
  );
  const {
    rows: [product],
  } = await pool.query(
    `SELECT name, id FROM product WHERE active ORDER BY name, id OFFSET (SELECT greatest(0, count(*) - 100) FROM product WHERE active) LIMIT 1`,
  );
  return { mineDeep, companyDeep, page, rare, product };
}

/**
 * The scenarios for the bench user (representative 1 of the big company).
 * @param {import('pg').Pool} pool @param {{ representativeId: string, companyId: string }} me @param {number} scale
 */
export async function readScenarios(pool, me, scale) {
  const { mineDeep, companyDeep, page, rare, product } = await fromTheData(pool, me, scale);
  const list = (/** @type {Record<string, unknown>} */ filter, /** @type {string} */ after) => ({
    filter: { statuses: ALL, ...filter },
    first: PAGE,
    ...(after ? { after } : {}),
  });
  /** @type {Scenario[]} */
  const scenarios = [
    {
      name: 'list Mine p1',
      kind: 'tickets',
      query: TICKETS,
      variables: list({ scope: 'MINE' }, ''),
    },
    {
      name: 'list Mine deep',
      kind: 'tickets',
      query: TICKETS,
      variables: list({ scope: 'MINE' }, mineDeep.after),
      note: `row ${mineDeep.at} of ${mineDeep.of}`,
    },
    {
      name: 'list Company p1',
      kind: 'tickets',
      query: TICKETS,
      variables: list({ scope: 'COMPANY' }, ''),
    },
    {
      name: 'list Company deep',
      kind: 'tickets',
      query: TICKETS,
      variables: list({ scope: 'COMPANY' }, companyDeep.after),
      note: `row ${companyDeep.at} of ${companyDeep.of}`,
    },
    {
      name: 'request page',
      kind: 'ticket',
      query: TICKET,
      variables: { key: page.key },
      note: page.key,
    },
    {
      name: 'search word',
      kind: 'tickets',
      query: TICKETS,
      variables: list({ search: rare[0]?.w ?? RARE_WORDS[0] }, ''),
      note: rare[0]?.w ?? RARE_WORDS[0],
    },
    {
      name: 'search key',
      kind: 'tickets',
      query: TICKETS,
      variables: list({ search: page.key.toLowerCase() }, ''),
      note: page.key.toLowerCase(),
    },
    {
      name: 'search fragment',
      kind: 'tickets',
      query: TICKETS,
      variables: list({ search: '1142' }, ''),
      note: '1142',
    },
    { name: 'returns list', kind: 'returnRequests', query: RETURNS, variables: { first: PAGE } },
    { name: 'catalogue p1', kind: 'products', query: PRODUCTS, variables: { first: PAGE } },
    {
      name: 'catalogue deep',
      kind: 'products',
      query: PRODUCTS,
      variables: { first: PAGE, after: cursor([product.name, product.id]) },
      note: 'last page (keyset)',
    },
  ];
  return scenarios;
}
