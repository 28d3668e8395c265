// The volume of issue 11, written with set-based SQL (INSERT … SELECT FROM generate_series):
// companies, representatives, agents, products, requests with comments and participants,
// orders and invoices with lines, returns with items. Every row satisfies the constraints and
// what the entities expect (statuses and the timestamps that go with them, numbering series
// in step, tenants consistent across relations). Helper tables bench_* map ordinals to ids
// and are dropped at the end.

/** @typedef {import("pg").ClientBase | import("pg").Pool} Pool */

/** Row counts at BENCH_SCALE=1 (the issue's volume). */
export const VOLUME = {
  companies: 2_000,
  representatives: 20_000,
  bigCompanyRepresentatives: 200,
  agents: 20,
  products: 20_000,
  tickets: 200_000,
  bigCompanyTickets: 120_000,
  commentsPerTicket: 5,
  orders: 150_000,
  returns: 100_000,
};

/** @typedef {typeof VOLUME} VOLUME_T */

/** @param {number} scale */
export function volumeAt(scale) {
  /** @type {Record<string, number>} */
  const v = {};
  for (const [k, n] of Object.entries(VOLUME))
    v[k] = k === 'commentsPerTicket' || k === 'agents' ? n : Math.max(10, Math.round(n * scale));
  return /** @type {typeof VOLUME} */ (v);
}

// Realistic words of a distributor's requests; the subjects combine them by the row number.
const NOUNS = `delivery carton pallet invoice label printer scanner firmware cable adapter router
  switch battery charger monitor keyboard warranty shipment courier driver datasheet certificate
  connector housing bracket sensor display module power supply licence update`.split(/\s+/);
const PROBLEMS = `damaged missing late wrong broken incomplete delayed duplicated overcharged
  unreadable faulty returned blocked incompatible scratched`.split(/\s+/);
/** Words that occur in very few requests: search must find them through the index. */
export const RARE_WORDS = ['xylophone', 'quokkabrand', 'zeppelinfix'];

const sqlArray = (/** @type {string[]} */ xs) => `(ARRAY[${xs.map((x) => `'${x}'`).join(',')}])`;

/** @param {Pool} pool @param {string} label @param {string} sql @param {unknown[]} [params] */
async function step(pool, label, sql, params = []) {
  const t = performance.now();
  const res = await pool.query(sql, params);
  const ms = performance.now() - t;
  console.log(
    `  ${label.padEnd(38)} ${String(res.rowCount ?? '').padStart(9)} rows ${(ms / 1000).toFixed(1).padStart(6)} s`,
  );
}

/** @param {Pool} pool @param {typeof VOLUME} v */
async function seedPeople(pool, v) {
  await step(
    pool,
    'bench_company',
    `CREATE TABLE bench_company AS SELECT i, gen_random_uuid() AS id, (i = 1 OR i % 2 = 0) AS contracted
       FROM generate_series(1, $1) i`,
    [v.companies],
  );
  await pool.query('ALTER TABLE bench_company ADD PRIMARY KEY (i)');
  await step(
    pool,
    'company',
    `INSERT INTO company (id, name, country, "taxId", contracted, "createdAt", "updatedAt")
     SELECT id, CASE WHEN i = 1 THEN 'Big Distributor Kft.' ELSE 'Company ' || i || ' Sp. z o.o.' END,
            CASE WHEN i % 3 = 0 THEN 'HU' ELSE 'PL' END, lpad(i::text, 10, '0'), contracted,
            now() - interval '800 days', now() - interval '800 days'
       FROM bench_company`,
  );
  // Every company's billing address (registration asks for it).
  await step(
    pool,
    'company_address',
    `INSERT INTO company_address ("companyId", kind, street, "postalCode", city, country, "createdAt", "updatedAt")
     SELECT id, 'BILLING', 'Ulica ' || i, lpad((i % 99999)::text, 5, '0'), 'Warszawa',
            CASE WHEN i % 3 = 0 THEN 'HU' ELSE 'PL' END, now() - interval '800 days', now() - interval '800 days'
       FROM bench_company`,
  );
  // Representatives 1..200 belong to the big company; the others go round the rest.
  await step(
    pool,
    'bench_rep',
    `CREATE TABLE bench_rep AS
     SELECT i, gen_random_uuid() AS id,
            CASE WHEN i <= $2 THEN 1 ELSE 2 + (i - $2 - 1) % ($3 - 1) END AS company_i
       FROM generate_series(1, $1) i`,
    [v.representatives, v.bigCompanyRepresentatives, v.companies],
  );
  await pool.query('ALTER TABLE bench_rep ADD PRIMARY KEY (i)');
  await step(
    pool,
    'representative',
    `INSERT INTO representative (id, "companyId", email, name, role, status, locale, "activatedAt", "createdAt", "updatedAt")
     SELECT r.id, c.id, 'rep' || r.i || '@bench.example', 'Representative ' || r.i,
            CASE WHEN r.i = 1 OR r.i > $1 AND r.i <= $1 + $2 - 1 THEN 'ADMIN' ELSE 'MEMBER' END,
            'ACTIVE', 'en', now() - interval '700 days', now() - interval '700 days', now() - interval '700 days'
       FROM bench_rep r JOIN bench_company c ON c.i = r.company_i`,
    [v.bigCompanyRepresentatives, v.companies],
  );
  await step(
    pool,
    'agent',
    `INSERT INTO agent (email, name, locale, active)
     SELECT 'agent' || i || '@bench.example', 'Agent ' || i, 'en', true FROM generate_series(1, $1) i`,
    [v.agents],
  );
}

/** @param {Pool} pool @param {typeof VOLUME} v */
async function seedTickets(pool, v) {
  const perOther = Math.max(
    1,
    Math.floor((v.representatives - v.bigCompanyRepresentatives) / (v.companies - 1)),
  );
  // Ordinal, company, reporter, portal, status and timestamps of every request. The
  // big company's requests (1..bigCompanyTickets) are 5 in 6 the bench user's (rep 1).
  await step(
    pool,
    'bench_ticket',
    `CREATE TABLE bench_ticket AS
     WITH base AS (
       SELECT i, gen_random_uuid() AS id,
              CASE WHEN i <= $2 THEN 1 ELSE 2 + (i - $2 - 1) % ($3 - 1) END AS company_i
         FROM generate_series(1, $1) i),
     tk AS (SELECT b.i, b.id, b.company_i,
            CASE WHEN b.company_i = 1 THEN (CASE WHEN b.i % 6 <> 0 THEN 1 ELSE 2 + (b.i / 6) % ($4 - 1) END)
                 ELSE $4 + 1 + (b.company_i - 2) + (b.i % $5) * ($3 - 1) END AS rep_i,
            CASE WHEN c.contracted AND b.i % 2 = 0 THEN 'CUSTOMER_SERVICE' ELSE 'TECHNICAL_ASSISTANCE' END AS portal,
            (ARRAY['WAITING_FOR_SUPPORT','IN_PROGRESS','WAITING_FOR_CUSTOMER','RESOLVED','CLOSED','CLOSED',
                   'CLOSED','CLOSED','CLOSED','CANCELED'])[1 + (b.i * 7) % 10] AS status,
            now() - make_interval(secs => ($1 - b.i) * 300 + 7200) AS created
       FROM base b JOIN bench_company c ON c.i = b.company_i),
     portals AS (SELECT *, row_number() OVER (PARTITION BY portal ORDER BY i)::int AS n FROM tk)
     SELECT * FROM portals`,
    [v.tickets, v.bigCompanyTickets, v.companies, v.bigCompanyRepresentatives, perOther],
  );
  await pool.query('ALTER TABLE bench_ticket ADD PRIMARY KEY (i)');
  await step(
    pool,
    'ticket',
    `INSERT INTO ticket (id, "createdAt", "updatedAt", "companyId", key, "portalKey", "requestTypeId", subject, description,
                         status, "reporterId", "assigneeId", "lastActivityAt", "waitingSince", "resolvedAt", "closedAt")
     SELECT b.id, b.created, la, c.id,
            CASE WHEN b.portal = 'CUSTOMER_SERVICE' THEN 'CS-' ELSE 'TA-' END || b.n, b.portal, rt.id,
            left(initcap(p.prob) || ' ' || p.noun || ' ' || p.noun2
              || CASE WHEN b.i % 7 = 0 THEN ' on order ZAM/2026/' || lpad((1 + b.i % 150000)::text, 6, '0') ELSE '' END
              || CASE WHEN b.i % 11 = 0 THEN ', delivery note WZ/2026/' || (1 + b.i % 5000) ELSE '' END
              || CASE WHEN b.i % 40009 = 17 THEN ' ' || ${sqlArray(RARE_WORDS)}[1 + b.i % ${RARE_WORDS.length}] ELSE '' END, 200),
            'The ' || p.noun || ' we received is ' || p.prob || '. Please check the ' || p.noun2
              || ' and send a replacement ' || p.noun || ' or a credit note. Serial SN' || (100000 + b.i * 13 % 900000)
              || '. Our reference ' || b.company_i || '-' || b.i || '.',
            b.status, r.id,
            CASE WHEN b.status <> 'WAITING_FOR_SUPPORT' THEN ag.id END,
            la,
            CASE WHEN b.status = 'WAITING_FOR_CUSTOMER' THEN la END,
            CASE WHEN b.status IN ('RESOLVED', 'CLOSED') THEN la - CASE WHEN b.status = 'CLOSED' THEN interval '6 days' ELSE interval '0' END END,
            CASE WHEN b.status = 'CLOSED' THEN la END
       FROM bench_ticket b
       JOIN bench_company c ON c.i = b.company_i
       JOIN bench_rep r ON r.i = b.rep_i
       CROSS JOIN LATERAL (SELECT
              ${sqlArray(NOUNS)}[1 + (b.i * 31) % ${NOUNS.length}] AS noun,
              ${sqlArray(NOUNS)}[1 + (b.i * 17 + 5) % ${NOUNS.length}] AS noun2,
              ${sqlArray(PROBLEMS)}[1 + (b.i * 13) % ${PROBLEMS.length}] AS prob) p
       JOIN (SELECT t.id, g."portalKey" AS portal, row_number() OVER (PARTITION BY g."portalKey" ORDER BY t.id) - 1 AS k,
                    count(*) OVER (PARTITION BY g."portalKey") AS cnt
               FROM request_type t JOIN request_type_group g ON g.id = t."groupId") rt
         ON rt.portal = b.portal AND rt.k = b.i % rt.cnt
       JOIN (SELECT id, row_number() OVER (ORDER BY email) - 1 AS k FROM agent) ag ON ag.k = b.i % $1
       -- Waiting and resolved requests are recent (older ones the job would have moved on).
       CROSS JOIN LATERAL (SELECT CASE WHEN b.status IN ('WAITING_FOR_CUSTOMER', 'RESOLVED')
              THEN now() - make_interval(secs => 60 + b.i % 50000)
              ELSE b.created + make_interval(secs => 18000 + b.i % 3600) END AS la) l`,
    [v.agents],
  );
  await step(
    pool,
    'ticket_participant',
    `INSERT INTO ticket_participant ("ticketId", "representativeId", "createdAt", "updatedAt")
     SELECT b.id, r.id, b.created, b.created
       FROM bench_ticket b
       JOIN bench_rep r ON r.i = CASE WHEN b.company_i = 1 AND b.i % 12 = 0 THEN 1
                                      WHEN b.company_i = 1 THEN 2 + (b.i / 5) % ($1 - 1)
                                      ELSE b.rep_i + ($2 - 1) END
      WHERE (b.company_i = 1 AND b.i % 12 = 0 OR b.i % 5 = 0) AND r.i <> b.rep_i
        AND r.company_i = b.company_i
     ON CONFLICT DO NOTHING`,
    [v.bigCompanyRepresentatives, v.companies],
  );
}

/** @param {Pool} pool @param {typeof VOLUME} v */
async function seedComments(pool, v) {
  await step(
    pool,
    'ticket_comment',
    `INSERT INTO ticket_comment ("ticketId", "authorType", "authorId", "authorName", body, internal, "createdAt", "updatedAt")
     SELECT t.id, CASE WHEN k % 2 = 1 THEN 'CUSTOMER' ELSE 'AGENT' END,
            CASE WHEN k % 2 = 1 THEN t."reporterId" ELSE t."assigneeId" END,
            CASE WHEN k % 2 = 1 THEN 'Representative' ELSE 'Agent' END,
            CASE WHEN k % 2 = 1 THEN 'Any news on ' || t.key || '? The parcel is still at the dock.'
                 ELSE 'We checked the shipment and asked the courier for a statement.' END,
            k = 4 AND t."createdAt" < now() - interval '1 day',
            t."createdAt" + make_interval(secs => k * 3000), t."createdAt" + make_interval(secs => k * 3000)
       FROM ticket t CROSS JOIN generate_series(1, $1) k`,
    [v.commentsPerTicket],
  );
}

/** @param {Pool} pool @param {typeof VOLUME} v */
async function seedShop(pool, v) {
  await step(
    pool,
    'product',
    `INSERT INTO product (sku, name, description, "priceMinor", currency, stock, active)
     SELECT 'SKU-' || lpad(i::text, 6, '0'), initcap(${sqlArray(NOUNS)}[1 + i % ${NOUNS.length}]) || ' ' || md5(i::text),
            'Distributor article ' || i, 1000 + i % 500, 'EUR', i % 200, i % 50 <> 0
       FROM generate_series(1, $1) i`,
    [v.products],
  );
  await pool.query(
    `CREATE TABLE bench_product AS SELECT row_number() OVER (ORDER BY sku)::int AS i, id, sku, name, "priceMinor" FROM product`,
  );
  await pool.query('ALTER TABLE bench_product ADD PRIMARY KEY (i)');
  // Order i: the big company's every 4th, else the others' in turn; 2 lines each.
  await step(
    pool,
    'bench_order',
    `CREATE TABLE bench_order AS
     SELECT i, gen_random_uuid() AS id, gen_random_uuid() AS invoice_id,
            CASE WHEN i % 4 = 0 THEN 1 ELSE 2 + i % ($2 - 1) END AS company_i,
            now() - make_interval(secs => ($1 - i) * 400 + 3600) AS created
       FROM generate_series(1, $1) i`,
    [v.orders, v.companies],
  );
  await pool.query('ALTER TABLE bench_order ADD PRIMARY KEY (i)');
  await step(
    pool,
    'bench_line',
    `CREATE TABLE bench_line AS
     SELECT o.i, k, gen_random_uuid() AS invoice_line_id, p.id AS product_id, p.sku, p.name,
            1 + (o.i + k) % 5 AS qty, p."priceMinor" AS price
       FROM bench_order o CROSS JOIN generate_series(1, 2) k
       JOIN bench_product p ON p.i = 1 + (o.i * 7 + k) % $1`,
    [v.products],
  );
  await pool.query('CREATE INDEX ON bench_line (i)');
  await step(
    pool,
    'customer_order',
    `INSERT INTO customer_order (id, "createdAt", "updatedAt", "companyId", "representativeId", "idempotencyKey", number, "totalMinor", currency)
     SELECT o.id, o.created, o.created, c.id, r.id, 'bench-' || o.i, 'ZAM/2026/' || lpad(o.i::text, 6, '0'),
            (SELECT sum(qty * price) FROM bench_line l WHERE l.i = o.i), 'EUR'
       FROM bench_order o JOIN bench_company c ON c.i = o.company_i
       JOIN bench_rep r ON r.i = CASE WHEN o.company_i = 1 THEN 1 ELSE $1 + 1 + (o.company_i - 2) END`,
    [v.bigCompanyRepresentatives],
  );
  await step(
    pool,
    'customer_order_line',
    `INSERT INTO customer_order_line ("orderId", "lineNo", "productId", sku, name, quantity, "unitPriceMinor", "createdAt", "updatedAt")
     SELECT o.id, l.k, l.product_id, l.sku, l.name, l.qty, l.price, o.created, o.created
       FROM bench_line l JOIN bench_order o ON o.i = l.i`,
  );
  await step(
    pool,
    'invoice',
    `INSERT INTO invoice (id, "createdAt", "updatedAt", "companyId", number, "issuedAt", "dueAt", source, "orderId", "totalMinor", currency)
     SELECT o.invoice_id, o.created, o.created, co."companyId", 'FV/2026/' || lpad(o.i::text, 6, '0'), o.created,
            o.created + interval '30 days', 'ORDER', o.id, co."totalMinor", 'EUR'
       FROM bench_order o JOIN customer_order co ON co.id = o.id`,
  );
  await step(
    pool,
    'invoice_line',
    `INSERT INTO invoice_line (id, "invoiceId", "lineNo", "productId", sku, name, quantity, "unitPriceMinor", "createdAt", "updatedAt")
     SELECT l.invoice_line_id, o.invoice_id, l.k, l.product_id, l.sku, l.name, l.qty, l.price, o.created, o.created
       FROM bench_line l JOIN bench_order o ON o.i = l.i`,
  );
}

/** @param {Pool} pool @param {typeof VOLUME} v */
async function seedReturns(pool, v) {
  // Return i goes back on order i's invoice, by the order's company and representative.
  await step(
    pool,
    'return_request',
    `INSERT INTO return_request (id, "createdAt", "updatedAt", "companyId", "representativeId", "idempotencyKey", "rmaNumber", kind, status, "closedAt")
     SELECT o.invoice_id, o.created + interval '2 days', o.created + interval '2 days', co."companyId", co."representativeId",
            'bench-' || o.i, 'RMA-2026-' || lpad(o.i::text, 6, '0'),
            CASE WHEN o.i % 4 = 1 THEN 'SERVICE' ELSE 'RETURN' END,
            CASE WHEN o.i % 3 = 0 THEN 'CLOSED' ELSE 'SUBMITTED' END,
            CASE WHEN o.i % 3 = 0 THEN o.created + interval '9 days' END
       FROM bench_order o JOIN customer_order co ON co.id = o.id
      WHERE o.i <= $1`,
    [v.returns],
  );
  await step(
    pool,
    'return_item',
    `INSERT INTO return_item ("returnRequestId", "invoiceLineId", "invoiceNumber", sku, name, quantity, reason, conditions,
                              "serialNumber", "faultDescription", status, resolution, position, "createdAt", "updatedAt")
     SELECT o.invoice_id, l.invoice_line_id, 'FV/2026/' || lpad(o.i::text, 6, '0'), l.sku, l.name, 1,
            CASE WHEN o.i % 4 = 1 THEN 'DEFECTIVE' ELSE 'WRONG_ITEM' END,
            '{"complete":true,"noSignsOfUse":true,"undamaged":true,"originalPackaging":true,"properlyPacked":true,"merchantable":true,"disconnected":true}'::jsonb,
            CASE WHEN o.i % 4 = 1 THEN 'SN' || (100000 + o.i) END,
            CASE WHEN o.i % 4 = 1 THEN 'Does not power on.' END,
            CASE WHEN o.i % 3 = 0 THEN 'APPROVED' ELSE 'PENDING' END,
            CASE WHEN o.i % 3 = 0 THEN 'REFUND' END,
            l.k, o.created + interval '2 days', o.created + interval '2 days'
       FROM bench_order o JOIN bench_line l ON l.i = o.i
      WHERE o.i <= $1 AND (l.k = 1 OR o.i % 3 = 0)`,
    [v.returns],
  );
}

/**
 * The secondary indexes of the bulk-loaded tables, dropped before the load and built again
 * from their own definitions after it (building a GIN index once is far faster than
 * maintaining it row by row).
 * @param {Pool} pool @param {string[]} tables
 */
async function withoutSecondaryIndexes(pool, tables, /** @type {() => Promise<void>} */ load) {
  const { rows } = await pool.query(
    `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
      WHERE t.relname = ANY($1) AND NOT i.indisprimary AND NOT i.indisunique`,
    [tables],
  );
  for (const r of rows) await pool.query(`DROP INDEX "${r.name}"`);
  await load();
  await pool.query(`SET maintenance_work_mem = '256MB'`);
  const t = performance.now();
  for (const r of rows) await pool.query(r.def);
  console.log(
    `  ${`${rows.length} indexes built again`.padEnd(38)} ${''.padStart(14)} ${((performance.now() - t) / 1000).toFixed(1).padStart(6)} s`,
  );
}

/** @param {Pool} pool @param {typeof VOLUME} v */
export async function seed(pool, v) {
  const t = performance.now();
  await seedPeople(pool, v);
  await withoutSecondaryIndexes(
    pool,
    ['ticket', 'ticket_search', 'ticket_comment', 'ticket_participant'],
    async () => {
      await seedTickets(pool, v);
      await seedComments(pool, v);
    },
  );
  await seedShop(pool, v);
  await seedReturns(pool, v);
  await pool.query(
    `INSERT INTO number_sequence (series, year, "lastValue")
     SELECT 'TICKET_' || portal, 0, max(n) FROM bench_ticket GROUP BY portal
     UNION ALL SELECT s, 2026, $1 FROM unnest(ARRAY['ORDER', 'INVOICE']) s
     UNION ALL SELECT 'RMA', 2026, $2
     ON CONFLICT (series, year) DO UPDATE SET "lastValue" = EXCLUDED."lastValue"`,
    [v.orders, v.returns],
  );
  await step(pool, 'ANALYZE', 'ANALYZE');
  console.log(`  volume written in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

/** The helper tables go once the measurements no longer need them. */
export async function dropHelpers(/** @type {Pool} */ pool) {
  for (const t of ['bench_line', 'bench_order', 'bench_product', 'bench_ticket', 'bench_rep'])
    await pool.query(`DROP TABLE IF EXISTS ${t}`);
  await pool.query('DROP TABLE IF EXISTS bench_company');
}
