import { normalizedSql } from '../../../common/search';

/**
 * The searchable text of each kind of document, normalized (shared/src/search.ts). The
 * migration builds a trigram index on each of these expressions: keep them in step.
 */
export const DOCUMENT_SEARCH = {
  ORDER: normalizedSql('"number"'),
  INVOICE: normalizedSql('"number"'),
  RETURN_REQUEST: normalizedSql('"rmaNumber"'),
  PRODUCT: normalizedSql(`"sku" || ' ' || "name"`),
} as const;

/** The linked document's number in `ticket_link l`, normalized (IDX_ticket_link_reference_trgm). */
export const LINK_REFERENCE_SEARCH = normalizedSql('l."reference"');

/** The columns of a DocumentLink, from a ticket_link `l` joined to its documents. */
export const LINK_VIEW_COLUMNS = `l."ticketId", l.kind, l."documentId" AS id,
  CASE WHEN p.id IS NOT NULL THEN p.sku || ' — ' || p.name
       ELSE coalesce(o.number, i.number, r."rmaNumber", l.reference) END AS label,
  coalesce(o.number, i.number, r."rmaNumber", p.sku, l.reference) AS number,
  CASE WHEN r.id IS NOT NULL THEN r.status
       WHEN p.id IS NOT NULL THEN CASE WHEN p.active THEN 'ACTIVE' ELSE 'INACTIVE' END END AS status,
  coalesce(o."createdAt", i."issuedAt", r."createdAt") AS date`;

export const LINK_VIEW_JOINS = `
  LEFT JOIN customer_order o ON l.kind = 'ORDER' AND o.id = l."documentId"
  LEFT JOIN invoice i ON l.kind = 'INVOICE' AND i.id = l."documentId"
  LEFT JOIN return_request r ON l.kind = 'RETURN_REQUEST' AND r.id = l."documentId"
  LEFT JOIN product p ON l.kind = 'PRODUCT' AND p.id = l."documentId"`;

/**
 * The documents of a company (and active products) with their reference, as one statement:
 * `$1` the company, `$2`..`$5` the ids of orders, invoices, returns and products wanted.
 */
export const OWN_DOCUMENTS_SQL = `
  SELECT 'ORDER' AS kind, id, number AS reference FROM customer_order
   WHERE id = ANY($2::uuid[]) AND "companyId" = $1
  UNION ALL
  SELECT 'INVOICE', id, number FROM invoice WHERE id = ANY($3::uuid[]) AND "companyId" = $1
  UNION ALL
  SELECT 'RETURN_REQUEST', id, "rmaNumber" FROM return_request
   WHERE id = ANY($4::uuid[]) AND "companyId" = $1
  UNION ALL
  SELECT 'PRODUCT', id, sku FROM product WHERE id = ANY($5::uuid[]) AND active`;

/**
 * The picker's candidates: the company's documents (`$1`) and active products whose normalized
 * number (SKU and name) contains `$2`, newest first, `$3` of each kind of `$4`.
 */
export const LINKABLE_SQL = `
  (SELECT 'ORDER' AS kind, id, number AS label, number, NULL AS status, "createdAt" AS date
     FROM customer_order
    WHERE 'ORDER' = ANY($4) AND "companyId" = $1 AND ${DOCUMENT_SEARCH.ORDER} LIKE $2
    ORDER BY "createdAt" DESC, id DESC LIMIT $3)
  UNION ALL
  (SELECT 'INVOICE', id, number, number, NULL, "issuedAt" FROM invoice
    WHERE 'INVOICE' = ANY($4) AND "companyId" = $1 AND ${DOCUMENT_SEARCH.INVOICE} LIKE $2
    ORDER BY "issuedAt" DESC, id DESC LIMIT $3)
  UNION ALL
  (SELECT 'RETURN_REQUEST', id, "rmaNumber", "rmaNumber", status, "createdAt" FROM return_request
    WHERE 'RETURN_REQUEST' = ANY($4) AND "companyId" = $1
      AND ${DOCUMENT_SEARCH.RETURN_REQUEST} LIKE $2
    ORDER BY "createdAt" DESC, id DESC LIMIT $3)
  UNION ALL
  (SELECT 'PRODUCT', id, sku || ' — ' || name, sku, 'ACTIVE', NULL FROM product
    WHERE 'PRODUCT' = ANY($4) AND active AND ${DOCUMENT_SEARCH.PRODUCT} LIKE $2
    ORDER BY name, id LIMIT $3)`;
