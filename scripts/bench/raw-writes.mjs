// The raw transactions of the write scenarios (see writes.mjs): BEGIN … COMMIT on one client
// of the pool, the statements the product sends for createTicket, commentOnTicket and
// placeOrder, e-mails rendered with the product's own templates (from dist).
import { randomBytes, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';

/** @typedef {{ representativeId: string, companyId: string, contracted: boolean }} RawViewer */

/**
 * One transaction on one client of the pool.
 * @template T @param {import('pg').Pool} pool @param {(c: import('pg').PoolClient) => Promise<T>} fn
 */
async function transaction(pool, fn) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  } finally {
    client.release();
  }
}

const require = createRequire(import.meta.url);
/** The product's own templates (dist), so that the raw transaction writes the same e-mails. */
const templates = () =>
  require(path.resolve(import.meta.dirname, '../../dist/node/server/src/mail/templates/index.js'));

/**
 * An outbox row as the product writes it (TICKET_UPDATE in the person's language): its subject,
 * and what its body is rendered from when it is sent.
 * @param {any} person @param {any} t @param {string} step @param {string} body @param {string} token
 */
const email = (person, t, step, body, token) => {
  const { renderSubject, TICKET_WORDS, REPLY_HINT } = templates();
  const locale = TICKET_WORDS[person.locale] ? person.locale : 'en';
  const params = {
    key: t.key,
    subject: t.subject,
    step: TICKET_WORDS[locale][step] ?? step,
    body,
    when: '',
  };
  return {
    to: person.email,
    locale,
    subject: renderSubject('TICKET_UPDATE', locale, {
      portal: 'B2B Customer Portal',
      support: 'support@portal.example',
      replyHint: token ? REPLY_HINT[locale] : '',
      ...params,
    }),
    content: JSON.stringify({ params, linkPath: `/requests/${t.key}` }),
    replyToken: token,
    thread: `TICKET:${t.id}`,
  };
};

const RECIPIENTS = `SELECT x."ticketId", r.id, r.email, r.locale
  FROM (SELECT id AS "ticketId", "reporterId" AS "personId" FROM ticket WHERE id = ANY($1::uuid[])
        UNION
        SELECT "ticketId", "representativeId" FROM ticket_participant WHERE "ticketId" = ANY($1::uuid[])) x
  JOIN representative r ON r.id = x."personId" AND r.status = $2`;

const TOKENS = `WITH wanted AS (
    SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::uuid[], $4::uuid[])
      AS w(token, "threadType", "threadId", "recipientId")),
  made AS (
    INSERT INTO email_reply_token (token, "threadType", "threadId", "recipientId")
    SELECT * FROM wanted
    ON CONFLICT ("threadType", "threadId", "recipientId") DO NOTHING
    RETURNING token, "threadType", "threadId", "recipientId")
  SELECT * FROM made
  UNION ALL
  SELECT e.token, e."threadType", e."threadId", e."recipientId"
    FROM email_reply_token e JOIN wanted w USING ("threadType", "threadId", "recipientId")`;

/**
 * The e-mails of a step to the request's people but `except`: recipients, tokens (2 statements);
 * returns the outbox INSERT for the final statement.
 * @param {import('pg').PoolClient} c @param {any} t @param {string} step @param {string} body @param {string | null} except
 */
async function mails(c, t, step, body, except) {
  const { rows } = await c.query(RECIPIENTS, [[t.id], 'ACTIVE']);
  const people = rows.filter((p) => p.id !== except);
  if (!people.length) return null;
  const { rows: tokens } = await c.query(TOKENS, [
    people.map(() => randomBytes(20).toString('hex').slice(0, 32)),
    people.map(() => 'TICKET'),
    people.map(() => t.id),
    people.map((p) => p.id),
  ]);
  const rowsOut = people.map((p) =>
    email(p, t, step, body, tokens.find((k) => k.recipientId === p.id)?.token ?? null),
  );
  const col = (/** @type {string} */ k) => rowsOut.map((r) => /** @type {any} */ (r)[k]);
  return {
    sql: `INSERT INTO outbox_email ("to", template, locale, "companyId", subject, content, "replyToken", thread)
      SELECT x.t, 'TICKET_UPDATE', x.l, $6::uuid, x.s, x.c, x.r, x.th
        FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::jsonb[], $5::varchar[], $7::varchar[]) AS x(t, l, s, c, r, th)`,
    params: [
      col('to'),
      col('locale'),
      col('subject'),
      col('content'),
      col('replyToken'),
      t.companyId,
      col('thread'),
    ],
  };
}

/**
 * The writes sent together at the end, as the product's deferred writes (one statement).
 * @param {import('pg').PoolClient} c @param {Array<{ sql: string, params: unknown[] } | null>} parts @param {unknown[]} notify
 */
async function finalWrites(c, parts, notify) {
  const params = [];
  const ctes = [];
  for (const p of parts) {
    if (!p) continue;
    const offset = params.length;
    ctes.push(
      `w${ctes.length} AS (${p.sql.replace(/\$(\d+)/g, (_, n) => `$${Number(n) + offset}`)})`,
    );
    params.push(...p.params);
  }
  const n = params.length;
  params.push(
    'portal_live',
    notify.map((e) => JSON.stringify(e)),
  );
  await c.query(
    `WITH ${ctes.join(',\n')} SELECT (SELECT count(*) FROM (SELECT pg_notify($${n + 1}, e) FROM unnest($${n + 2}::text[]) AS e) r0)`,
    params,
  );
}

/** @param {RawViewer} viewer @param {string} action @param {string} id @param {unknown} data */
const auditPart = (viewer, action, id, data, subjectType = 'Ticket') => ({
  sql: `INSERT INTO audit_event ("companyId", "actorType", "actorId", action, "subjectType", "subjectId", data, "requestId")
        VALUES ($1, 'REPRESENTATIVE', $2, $3, $4, $5, $6, $7)`,
  params: [
    viewer.companyId,
    viewer.representativeId,
    action,
    subjectType,
    id,
    JSON.stringify(data),
    randomUUID(),
  ],
});

/** @param {import('pg').Pool} pool @param {RawViewer} viewer @param {any} vars */
async function createTicket(pool, viewer, vars) {
  const i = vars.input;
  return transaction(pool, async (c) => {
    const {
      rows: [t],
    } = await c.query(
      `WITH p AS (
         SELECT p.* FROM portal p WHERE p.key = $2
            AND EXISTS (SELECT 1 FROM request_type t JOIN request_type_group g ON g.id = t."groupId"
                         WHERE t.id = $3 AND t.active AND g."portalKey" = p.key)),
       n AS (INSERT INTO number_sequence (series, year, "lastValue") SELECT 'TICKET_' || p.key, 0, 1 FROM p
             ON CONFLICT (series, year) DO UPDATE SET "lastValue" = number_sequence."lastValue" + 1 RETURNING "lastValue"),
       t AS (INSERT INTO ticket (key, "companyId", "portalKey", "requestTypeId", subject, description, status, "reporterId", "lastActivityAt")
             SELECT p."keyPrefix" || '-' || n."lastValue", $1, $2, $3, $4, $5, 'WAITING_FOR_SUPPORT', $6, $7 FROM p, n
             RETURNING *)
       SELECT t.*, p."timeZone" FROM t, p`,
      [
        viewer.companyId,
        i.portalKey,
        i.requestTypeId,
        i.subject.trim(),
        i.description.trim(),
        viewer.representativeId,
        new Date(),
      ],
    );
    const {
      rows: [targets],
    } = await c.query(
      `SELECT coalesce(s."firstResponseHours", p."firstResponseHours") AS "firstResponseHours",
              coalesce(s."resolutionHours", p."resolutionHours") AS "resolutionHours"
         FROM request_type t
         LEFT JOIN service_level_target s ON s."requestTypeId" = t.id
         LEFT JOIN service_level_target p ON p."requestTypeId" = t."parentId"
        WHERE t.id = $1`,
      [t.requestTypeId],
    );
    const outbox = await mails(c, t, 'CREATED', '', null);
    const sla = {
      sql: `INSERT INTO ticket_sla ("ticketId", "portalKey", "requestTypeId", "openedAt", "openedWeek", "firstResponseTargetSeconds", "resolutionTargetSeconds", "nextDueAt")
            VALUES ($1, $2, $3, $4, date_trunc('week', $4::timestamptz AT TIME ZONE $5)::date, $6, $7, $4::timestamptz + make_interval(hours => $8))`,
      params: [
        t.id,
        t.portalKey,
        t.requestTypeId,
        t.createdAt,
        t.timeZone,
        (targets?.firstResponseHours ?? 8) * 3600,
        (targets?.resolutionHours ?? 40) * 3600,
        targets?.firstResponseHours ?? 8,
      ],
    };
    await finalWrites(
      c,
      [sla, outbox, auditPart(viewer, 'ticket.created', t.id, { key: t.key })],
      [{ type: 'TICKET', id: t.id, key: t.key, companyId: t.companyId, internal: false }],
    );
    return { createTicket: { id: t.id, key: t.key, status: t.status, subject: t.subject } };
  });
}

/** @param {import('pg').Pool} pool @param {RawViewer} viewer @param {any} vars */
async function commentOnTicket(pool, viewer, vars) {
  const portals = viewer.contracted
    ? ['CUSTOMER_SERVICE', 'TECHNICAL_ASSISTANCE']
    : ['TECHNICAL_ASSISTANCE'];
  return transaction(pool, async (c) => {
    const {
      rows: [t],
    } = await c.query(
      `SELECT * FROM ticket t WHERE t.id = $1 AND t."portalKey" = ANY($2) AND t."companyId" = $3 FOR UPDATE`,
      [vars.ticketId, portals, viewer.companyId],
    );
    if (!t) throw new Error('NOT_FOUND');
    const status = t.status === 'WAITING_FOR_CUSTOMER' ? 'WAITING_FOR_SUPPORT' : t.status;
    await c.query(
      `UPDATE ticket SET status = $1, "lastActivityAt" = $2, "waitingSince" = NULL, "updatedAt" = CURRENT_TIMESTAMP
        WHERE id = $3 RETURNING "updatedAt"`,
      [status, new Date(), t.id],
    );
    await c.query(
      `SELECT s.*, p."timeZone", p."businessDayStartMinute", p."businessDayEndMinute"
         FROM ticket_sla s JOIN portal p ON p.key = s."portalKey" WHERE s."ticketId" = $1`,
      [t.id],
    );
    const body = String(vars.body).trim();
    const outbox = await mails(c, t, 'COMMENT', body, viewer.representativeId);
    const entry = {
      sql: `INSERT INTO ticket_comment ("ticketId", "authorType", "authorId", "authorName", body, internal, "statusChange")
            VALUES ($1, 'CUSTOMER', $2, $3, $4, false, $5)`,
      params: [t.id, viewer.representativeId, 'Bench', body, status !== t.status ? status : null],
    };
    await finalWrites(
      c,
      [entry, outbox],
      [{ type: 'TICKET', id: t.id, key: t.key, companyId: t.companyId, internal: false }],
    );
    return { commentOnTicket: { id: t.id, key: t.key, status } };
  });
}

const amount = (/** @type {number} */ m) =>
  `${Math.floor(m / 100)}.${String(m % 100).padStart(2, '0')}`;

/** The order, its lines, its invoice and theirs, the emptied basket (order.service's PLACE_SQL). */
const PLACE_SQL = `WITH o AS (
         INSERT INTO customer_order ("companyId", "representativeId", "idempotencyKey", number, "totalMinor", currency, reference)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, "createdAt", "updatedAt"),
       l AS (SELECT * FROM unnest($13::uuid[], $14::varchar[], $15::varchar[], $16::int[], $17::bigint[], $18::int[])
               WITH ORDINALITY AS l("productId", sku, name, quantity, "unitPriceMinor", "vatRateBp", "lineNo")),
       ol AS (INSERT INTO customer_order_line ("orderId", "lineNo", "productId", sku, name, quantity, "unitPriceMinor")
              SELECT o.id, l."lineNo", l."productId", l.sku, l.name, l.quantity, l."unitPriceMinor" FROM o, l),
       i AS (INSERT INTO invoice ("companyId", number, "issuedAt", "dueAt", "paymentTermsDays", source, "orderId", "totalMinor", currency)
             SELECT $1, $8::varchar, $9::timestamptz, $10::timestamptz, $11::int, $12::varchar, o.id, $5, $6 FROM o RETURNING id),
       il AS (INSERT INTO invoice_line ("invoiceId", "lineNo", "productId", sku, name, quantity, "unitPriceMinor", "vatRateBp")
              SELECT i.id, l."lineNo", l."productId", l.sku, l.name, l.quantity, l."unitPriceMinor", l."vatRateBp" FROM i, l),
       emptied AS (DELETE FROM basket_item WHERE "representativeId" = $2)
       SELECT * FROM o`;

/** @param {import('pg').Pool} pool @param {RawViewer} viewer @param {any} vars */
async function placeOrder(pool, viewer, vars) {
  const key = vars.input.idempotencyKey;
  return transaction(pool, async (c) => {
    const { rows: items } = await c.query(
      `SELECT * FROM basket_item WHERE "representativeId" = $1 ORDER BY "productId" FOR UPDATE`,
      [viewer.representativeId],
    );
    const {
      rows: [placed],
    } = await c.query(
      `SELECT * FROM customer_order WHERE "representativeId" = $1 AND "idempotencyKey" = $2`,
      [viewer.representativeId, key],
    );
    if (placed) throw new Error('placed');
    const { rows: taken } = await c.query(
      `WITH wanted AS (SELECT * FROM unnest($1::uuid[], $2::int[]) AS w(id, quantity)),
       locked AS (SELECT p.id FROM product p WHERE p.id IN (SELECT id FROM wanted) ORDER BY p.id FOR UPDATE),
       taken AS (UPDATE product p SET stock = p.stock - w.quantity, "updatedAt" = CURRENT_TIMESTAMP
                   FROM wanted w
                  WHERE p.id = w.id AND p.id IN (SELECT id FROM locked) AND p.active AND p.stock >= w.quantity
                 RETURNING p.*)
       SELECT * FROM taken`,
      [items.map((i) => i.productId), items.map((i) => i.quantity)],
    );
    const lines = items.map((i) => ({ p: taken.find((t) => t.id === i.productId), q: i.quantity }));
    if (lines.some((l) => !l.p)) throw new Error('OUT_OF_STOCK');
    const currency = /** @type {any} */ (lines[0]).p.currency;
    const total = lines.reduce((s, l) => s + Number(l.p.priceMinor) * l.q, 0);
    const now = new Date();
    const year = now.getUTCFullYear();
    const { rows: numbers } = await c.query(
      `INSERT INTO number_sequence (series, year, "lastValue")
       SELECT s, y, 1 FROM unnest($1::varchar[], $2::int[]) WITH ORDINALITY AS x(s, y, n) ORDER BY n
       ON CONFLICT (series, year) DO UPDATE SET "lastValue" = number_sequence."lastValue" + 1
       RETURNING series, "lastValue"`,
      [
        ['ORDER', 'INVOICE'],
        [year, year],
      ],
    );
    const no = (/** @type {string} */ s, /** @type {string} */ prefix) =>
      `${prefix}/${year}/${String(numbers.find((n) => n.series === s).lastValue).padStart(6, '0')}`;
    const number = no('ORDER', 'ZAM');
    const invoice = no('INVOICE', 'FV');
    const {
      rows: [o],
    } = await c.query(PLACE_SQL, [
      viewer.companyId,
      viewer.representativeId,
      key,
      number,
      total,
      currency,
      null,
      invoice,
      now,
      new Date(now.getTime() + 30 * 86_400_000),
      30,
      'ORDER',
      lines.map((l) => l.p.id),
      lines.map((l) => l.p.sku),
      lines.map((l) => l.p.name),
      lines.map((l) => l.q),
      lines.map((l) => Number(l.p.priceMinor)),
      lines.map((l) => l.p.vatRateBp),
    ]);
    const audit = auditPart(
      viewer,
      'order.placed',
      o.id,
      { number, invoice, totalMinor: total },
      'Order',
    );
    await c.query(audit.sql, audit.params);
    return {
      placeOrder: { id: o.id, number, total: amount(total), currency: currency },
    };
  });
}

/** The raw handlers of the write scenarios, by kind. */
export const RAW_WRITES = { createTicket, commentOnTicket, placeOrder };
