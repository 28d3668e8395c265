// The baseline: a minimal node:http + pg Pool handler that runs the product's SQL for each
// scenario (the request list's SQL comes from the product's own builder in dist,
// ticket.list-sql.js) and writes the same JSON the GraphQL API answers. It authenticates the
// session cookie like the product (one statement, shared by the requests that miss at the same
// moment, the viewer kept 3 s per session).
import { createHash } from 'node:crypto';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { RAW_WRITES } from './raw-writes.mjs';

const require = createRequire(import.meta.url);
const listSqlModule = () =>
  require(
    path.resolve(
      import.meta.dirname,
      '../../dist/node/server/src/modules/support/ticket/ticket.list-sql.js',
    ),
  );

const OPEN = ['WAITING_FOR_SUPPORT', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER'];
const VIEWER_MS = 3_000;

/** @typedef {{ representativeId: string, companyId: string, contracted: boolean, until: number }} RawViewer */
/** @typedef {Record<string, any>} Vars */

const cursor = (/** @type {Array<string | number>} */ values) =>
  Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
const iso = (/** @type {Date | null} */ d) => (d ? d.toISOString() : null);

/**
 * A connection as the API shapes it, from size + 1 rows.
 * @param {any[]} rows @param {number} size @param {(r: any) => any} node @param {(r: any) => Array<string | number>} key
 */
function connection(rows, size, node, key) {
  const edges = rows.slice(0, size).map((r) => ({ cursor: cursor(key(r)), node: node(r) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** @param {import('pg').Pool} pool @param {RawViewer} viewer @param {Vars} vars */
async function tickets(pool, viewer, vars) {
  const { SqlParams, combine, listSql, searchBranches, TICKET_LIST_COLUMNS } = listSqlModule();
  const f = vars.filter ?? {};
  const params = new SqlParams();
  const portals = viewer.contracted
    ? ['CUSTOMER_SERVICE', 'TECHNICAL_ASSISTANCE']
    : ['TECHNICAL_ASSISTANCE'];
  const common = [`t."portalKey" = ANY(${params.add(portals)})`];
  common.push(`t."companyId" = ${params.add(viewer.companyId)}`);
  /** @type {Array<{ join?: string, where: string[] }>} */
  let scope = [{ where: [] }];
  if (f.scope === 'MINE') {
    const me = params.add(viewer.representativeId);
    scope = [
      { where: [`t."reporterId" = ${me}`] },
      {
        join: 'JOIN ticket_participant p ON p."ticketId" = t.id',
        where: [`p."representativeId" = ${me}`, `t."reporterId" <> ${me}`],
      },
    ];
  }
  common.push(`t.status = ANY(${params.add(f.statuses?.length ? f.statuses : OPEN)})`);
  const branches = combine(scope, searchBranches(params, f.search));
  const size = vars.first ?? 20;
  let seek = null;
  if (vars.after) {
    const [at, id] = JSON.parse(Buffer.from(vars.after, 'base64url').toString('utf8'));
    seek = `(t."lastActivityAt", t.id) < (${params.add(at)}, ${params.add(id)})`;
  }
  const page = listSql(branches, common, { seek, limit: size + 1 });
  void TICKET_LIST_COLUMNS;
  const { rows } = await pool.query(
    `SELECT u.*, r.id AS r_id, r.name AS r_name, r.email AS r_email, rt.names AS rt_names
       FROM (${page}) u
       LEFT JOIN representative r ON r.id = u."reporterId"
       LEFT JOIN request_type rt ON rt.id = u."requestTypeId"
      ORDER BY u."lastActivityAt" DESC, u.id DESC`,
    params.values,
  );
  const node = (/** @type {any} */ t) => ({
    id: t.id,
    key: t.key,
    portalKey: t.portalKey,
    status: t.status,
    subject: t.subject,
    createdAt: iso(t.createdAt),
    lastActivityAt: iso(t.lastActivityAt),
    requestType: { id: t.requestTypeId, name: t.rt_names?.en ?? '' },
    reporter: t.r_id ? { id: t.r_id, name: t.r_name, email: t.r_email } : null,
  });
  return {
    tickets: connection(rows, size, node, (t) => [iso(t.lastActivityAt) ?? '', t.id]),
  };
}

/** @param {import('pg').Pool} pool @param {RawViewer} viewer @param {Vars} vars */
async function ticket(pool, viewer, vars) {
  const portals = viewer.contracted
    ? ['CUSTOMER_SERVICE', 'TECHNICAL_ASSISTANCE']
    : ['TECHNICAL_ASSISTANCE'];
  const {
    rows: [t],
  } = await pool.query(
    `SELECT id, key, status, subject, description, "createdAt", "lastActivityAt" FROM ticket
      WHERE key = $1 AND "portalKey" = ANY($2) AND "companyId" = $3 LIMIT 1`,
    [String(vars.key).trim().toUpperCase(), portals, viewer.companyId],
  );
  const { rows: comments } = await pool.query(
    `SELECT id, "authorType", "authorName", body, "statusChange", "createdAt" FROM ticket_comment
      WHERE "ticketId" = ANY($1) AND internal = false ORDER BY "createdAt" ASC, id ASC`,
    [[t.id]],
  );
  return {
    ticket: {
      id: t.id,
      key: t.key,
      status: t.status,
      subject: t.subject,
      description: t.description,
      createdAt: iso(t.createdAt),
      lastActivityAt: iso(t.lastActivityAt),
      comments: comments.map((c) => ({ ...c, createdAt: iso(c.createdAt) })),
    },
  };
}

/** @param {import('pg').Pool} pool @param {RawViewer} viewer @param {Vars} vars */
async function returnRequests(pool, viewer, vars) {
  const size = vars.first ?? 20;
  const { rows } = await pool.query(
    `SELECT id, "rmaNumber", kind, status, "createdAt", "closedAt" FROM return_request r
      WHERE r."companyId" = $1 ORDER BY r."createdAt" DESC, r.id DESC LIMIT ${size + 1}`,
    [viewer.companyId],
  );
  const { rows: items } = await pool.query(
    `SELECT id, quantity, "returnRequestId" FROM return_item WHERE "returnRequestId" = ANY($1) ORDER BY position ASC`,
    [rows.slice(0, size).map((r) => r.id)],
  );
  /** @type {Map<string, Array<{ id: string, quantity: number }>>} */
  const byReturn = new Map();
  for (const i of items) {
    const list = byReturn.get(i.returnRequestId) ?? [];
    list.push({ id: i.id, quantity: i.quantity });
    byReturn.set(i.returnRequestId, list);
  }
  const node = (/** @type {any} */ r) => ({
    id: r.id,
    rmaNumber: r.rmaNumber,
    kind: r.kind,
    status: r.status,
    createdAt: iso(r.createdAt),
    closedAt: iso(r.closedAt),
    items: byReturn.get(r.id) ?? [],
  });
  return {
    returnRequests: connection(rows, size, node, (r) => [iso(r.createdAt) ?? '', r.id]),
  };
}

/** @param {import('pg').Pool} pool @param {RawViewer} _viewer @param {Vars} vars */
async function products(pool, _viewer, vars) {
  const size = vars.first ?? 20;
  const params = [];
  let seek = '';
  if (vars.after) {
    params.push(...JSON.parse(Buffer.from(vars.after, 'base64url').toString('utf8')));
    seek = 'AND (p.name COLLATE "und-x-icu", p.id) > ($1, $2)';
  }
  const { rows } = await pool.query(
    `SELECT id, sku, name, description, "priceMinor", currency, stock, active FROM product p
      WHERE p.active = true ${seek} ORDER BY p.name COLLATE "und-x-icu" ASC, p.id ASC LIMIT ${size + 1}`,
    params,
  );
  const amount = (/** @type {number} */ m) =>
    `${Math.floor(m / 100)}.${String(m % 100).padStart(2, '0')}`;
  // bigint minor units arrive as text from node-postgres; the API answers numbers.
  const node = (/** @type {any} */ p) => ({
    ...p,
    priceMinor: Number(p.priceMinor),
    price: amount(Number(p.priceMinor)),
  });
  return { products: connection(rows, size, node, (p) => [p.name, p.id]) };
}

/** The raw handlers by scenario kind. */
export const RAW_HANDLERS = { tickets, ticket, returnRequests, products, ...RAW_WRITES };

/**
 * The viewer of the session cookie: one statement for the requests that miss at the same
 * moment, then kept 3 s (as the product does).
 * @param {import('pg').Pool} pool @param {Map<string, RawViewer>} cache @param {string | undefined} cookie
 * @param {Map<string, Promise<RawViewer | null>>} loading
 */
async function viewerOf(pool, cache, cookie, loading) {
  const token = /portal_session=([^;]+)/.exec(cookie ?? '')?.[1];
  if (!token) return null;
  const hash = createHash('sha256').update(token, 'utf8').digest('hex');
  const hit = cache.get(hash);
  if (hit && hit.until > Date.now()) return hit;
  let load = loading.get(hash);
  if (!load) {
    load = loadViewer(pool, cache, hash).finally(() => loading.delete(hash));
    loading.set(hash, load);
  }
  return load;
}

/** @param {import('pg').Pool} pool @param {Map<string, RawViewer>} cache @param {string} hash */
async function loadViewer(pool, cache, hash) {
  const {
    rows: [row],
  } = await pool.query(
    `SELECT r.id AS "representativeId", c.id AS "companyId", c.contracted FROM session s
       JOIN representative r ON r.id = s."principalId" AND r.status = 'ACTIVE'
       JOIN company c ON c.id = r."companyId"
      WHERE s."tokenHash" = $1 AND s."expiresAt" > now()`,
    [hash],
  );
  if (!row) return null;
  const viewer = { ...row, until: Date.now() + VIEWER_MS };
  cache.set(hash, viewer);
  return viewer;
}

/**
 * Starts the raw server on a free port: POST /<kind> with the GraphQL body {query, variables}.
 * @param {import('pg').Pool} pool
 */
export async function startRaw(pool) {
  /** @type {Map<string, RawViewer>} */
  const cache = new Map();
  /** @type {Map<string, Promise<RawViewer | null>>} */
  const loading = new Map();
  const server = http.createServer((req, res) => {
    /** @type {Buffer[]} */
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      try {
        const kind = /** @type {keyof typeof RAW_HANDLERS} */ ((req.url ?? '/').slice(1));
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const viewer = await viewerOf(pool, cache, req.headers.cookie, loading);
        if (!viewer) throw new Error('not signed in');
        const data = await RAW_HANDLERS[kind](pool, viewer, body.variables ?? {});
        const out = JSON.stringify({ data });
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(out);
      } catch (err) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(err));
      }
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
