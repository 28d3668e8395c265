// The write scenarios: createTicket, commentOnTicket and placeOrder through the product, and a
// raw node-postgres transaction (BEGIN … COMMIT on one client) sending the statements the
// product sends for them (copied from ticket.commands, ticket.state-machine, sla.bookkeeping,
// ticket.notifications, threading, order.service and the deferred writes), with e-mails
// rendered by the product's own templates. The answers are compared with ids, keys and numbers masked.
import { createHash, randomBytes } from 'node:crypto';

/** In a body: replaced by a new UUID on every request (idempotency keys). */
export const UNIQUE = '__BENCH_UNIQUE__';

const CREATE = `mutation CreateTicket($input: CreateTicketInput!) { createTicket(input: $input) { id key status subject } }`;
const COMMENT = `mutation CommentOnTicket($ticketId: ID!, $body: String!) { commentOnTicket(ticketId: $ticketId, body: $body) { id key status } }`;
const PLACE = `mutation PlaceOrder($input: PlaceOrderInput!) { placeOrder(input: $input) { id number total currency } }`;

/** The answer with what differs by nature between two writes masked (ids, keys, numbers). */
export function masked(/** @type {unknown} */ value) {
  return JSON.parse(JSON.stringify(value), (_k, v) => {
    if (typeof v !== 'string') return v;
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v)) return '<uuid>';
    if (/^[A-Z]{2}-\d+$/.test(v)) return '<key>';
    if (/^ZAM\/\d{4}\/\d{6}$/.test(v)) return '<order number>';
    return v;
  });
}

/**
 * Prepares the data the write scenarios use and returns them: a request type of the bench
 * user's portals, a request of theirs shared with a colleague (each comment e-mails the
 * colleague), and a basket of three products with plenty of stock that a trigger refills
 * after each order (the same cost for the product and the raw transaction).
 * @param {import('pg').Pool} pool @param {{ representativeId: string, companyId: string, cookie: string }} me @param {string} productUrl
 * @returns {Promise<import('./scenarios.mjs').Scenario[]>}
 */
export async function writeScenarios(pool, me, productUrl) {
  const gql = async (/** @type {string} */ query, /** @type {any} */ variables) => {
    const res = await fetch(`${productUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: me.cookie },
      body: JSON.stringify({ query, variables }),
    });
    const body = /** @type {any} */ (await res.json());
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
    return body.data;
  };
  const {
    rows: [type],
  } = await pool.query(
    `SELECT t.id, g."portalKey" FROM request_type t JOIN request_type_group g ON g.id = t."groupId"
      WHERE t.active AND g."portalKey" = 'TECHNICAL_ASSISTANCE' ORDER BY g.position, t.position LIMIT 1`,
  );
  const input = {
    portalKey: type.portalKey,
    requestTypeId: type.id,
    subject: 'Relay K3 chatters under load',
    description: 'Relay K3 on line 2 chatters at full load since the last firmware update.',
  };
  const target = (await gql(CREATE, { input })).createTicket;
  const {
    rows: [colleague],
  } = await pool.query(
    `SELECT id FROM representative WHERE "companyId" = $1 AND id <> $2 AND status = 'ACTIVE' LIMIT 1`,
    [me.companyId, me.representativeId],
  );
  if (colleague)
    await gql(
      'mutation S($id: ID!, $ids: [ID!]!) { shareTicket(ticketId: $id, representativeIds: $ids) { id } }',
      { id: target.id, ids: [colleague.id] },
    );
  const buyers = await basketsForOrders(pool);
  return [
    {
      name: 'createTicket',
      kind: 'createTicket',
      query: CREATE,
      variables: { input },
      write: true,
    },
    {
      name: 'commentOnTicket',
      kind: 'commentOnTicket',
      query: COMMENT,
      variables: { ticketId: target.id, body: 'Still chattering after the reset this morning.' },
      note: `${target.key}, e-mails 1 colleague`,
      write: true,
    },
    {
      name: 'placeOrder',
      kind: 'placeOrder',
      query: PLACE,
      variables: { input: { idempotencyKey: UNIQUE, acceptResaleTerms: true } },
      note: `3 lines; ${buyers.length} buyers in turn`,
      cookies: buyers,
      write: true,
    },
  ];
}

/** How many representatives place orders at once (round robin over the load's requests). */
const BUYERS = 16;

/**
 * Representatives of the big company with a session each and a basket of three products with
 * plenty of stock, which a trigger keeps after each order (a BEFORE DELETE that skips the
 * row: the same cost for the product and the raw transaction, and a waiting second order of
 * the same person still finds its basket). Returns their cookies.
 * @param {import('pg').Pool} pool
 */
async function basketsForOrders(pool) {
  const { rows: products } = await pool.query(
    `UPDATE product SET stock = 100000000
      WHERE id IN (SELECT id FROM product WHERE active ORDER BY sku LIMIT 3)
      RETURNING id`,
  );
  const { rows: buyers } = await pool.query(
    `SELECT r.id FROM representative r
      WHERE r."companyId" = (SELECT "companyId" FROM representative WHERE email = 'rep1@bench.example')
        AND r.status = 'ACTIVE'
      ORDER BY r.email = 'rep1@bench.example' DESC, r.id LIMIT $1`,
    [BUYERS],
  );
  const cookies = [];
  for (const b of buyers) {
    const token = randomBytes(32).toString('base64url');
    await pool.query(
      `INSERT INTO session ("tokenHash", "principalType", "principalId", "lastSeenAt", "expiresAt", "userAgent")
       VALUES ($1, 'REPRESENTATIVE', $2, now(), now() + interval '8 hours', 'bench')`,
      [createHash('sha256').update(token, 'utf8').digest('hex'), b.id],
    );
    cookies.push(`portal_session=${token}`);
  }
  await pool.query(
    `INSERT INTO basket_item ("representativeId", "productId", quantity)
     SELECT b, p, n FROM unnest($1::uuid[]) b, unnest($2::uuid[]) WITH ORDINALITY AS x(p, n)
     ON CONFLICT ("representativeId", "productId") DO NOTHING`,
    [buyers.map((b) => b.id), products.map((p) => p.id)],
  );
  await pool.query(`
    CREATE OR REPLACE FUNCTION bench_keep_basket() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RETURN NULL; END $$;
    DROP TRIGGER IF EXISTS bench_keep_basket ON basket_item;
    CREATE TRIGGER bench_keep_basket BEFORE DELETE ON basket_item
      FOR EACH ROW EXECUTE FUNCTION bench_keep_basket();`);
  return cookies;
}
