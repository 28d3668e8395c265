import type { MigrationInterface, QueryRunner } from 'typeorm';

/** lower(regexp_replace(…)): normalizedSql of server/src/common/search.ts, as it was written here. */
const normalized = (expression: string) =>
  `lower(regexp_replace(${expression}, '[[:space:]!-/:-@\\[-\`{-~]+', '', 'g'))`;

const SEARCH_TEXT = normalized(`"subject" || ' ' || "description"`);

/** Trigram indexes on normalized numbers (issue 12: whatever their case, spaces or separators). */
const NUMBER_INDEXES: Array<[name: string, table: string, expression: string]> = [
  ['IDX_ticket_link_reference_trgm', 'ticket_link', normalized('"reference"')],
  ['IDX_order_number_trgm', 'customer_order', normalized('"number"')],
  ['IDX_invoice_number_trgm', 'invoice', normalized('"number"')],
  ['IDX_return_request_rma_trgm', 'return_request', normalized('"rmaNumber"')],
  ['IDX_return_item_serial_trgm', 'return_item', normalized('"serialNumber"')],
  ['IDX_return_item_sku_trgm', 'return_item', normalized('"sku"')],
  ['IDX_return_item_invoice_number_trgm', 'return_item', normalized('"invoiceNumber"')],
  ['IDX_product_sku_name_trgm', 'product', normalized(`"sku" || ' ' || "name"`)],
];

/**
 * Requests tied to documents (issue 13) and search that finds what customers type (issue 12):
 * the ticket_link table; subject and description normalized into a stored `searchText` with one
 * trigram index (instead of one per column); trigram indexes on the normalized numbers of
 * linked documents, orders, invoices, returns and their items (serial number, SKU, invoice number) and products.
 */
export class TicketLinksAndSearch1796050207271 implements MigrationInterface {
  name = 'TicketLinksAndSearch1796050207271';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_ticket_subject_trgm"');
    await queryRunner.query('DROP INDEX "public"."IDX_ticket_description_trgm"');
    await queryRunner.query(
      'CREATE TABLE "ticket_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ticketId" uuid NOT NULL, "companyId" uuid NOT NULL, "kind" character varying(16) NOT NULL, "documentId" uuid NOT NULL, "reference" character varying(64) NOT NULL, CONSTRAINT "PK_e888ba9d5067f2b0aa94fe39708" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ticket_link_document" ON "ticket_link"  ("documentId", "kind") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_ticket_link" ON "ticket_link"  ("ticketId", "kind", "documentId") ',
    );
    await queryRunner.query(
      `ALTER TABLE "ticket" ADD "searchText" text GENERATED ALWAYS AS (${SEARCH_TEXT}) STORED NOT NULL`,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), current_schema(), 'ticket', 'GENERATED_COLUMN', 'searchText', $1)`,
      [SEARCH_TEXT],
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ticket_search_text_trgm" ON "ticket" USING GIN ("searchText" gin_trgm_ops)',
    );
    for (const [name, table, expression] of NUMBER_INDEXES)
      await queryRunner.query(
        `CREATE INDEX "${name}" ON "${table}" USING GIN ((${expression}) gin_trgm_ops)`,
      );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of NUMBER_INDEXES) await queryRunner.query(`DROP INDEX "public"."${name}"`);
    await queryRunner.query('DROP INDEX "public"."IDX_ticket_search_text_trgm"');
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "table" = 'ticket' AND "name" = 'searchText'`,
    );
    await queryRunner.query('ALTER TABLE "ticket" DROP COLUMN "searchText"');
    await queryRunner.query('DROP INDEX "public"."UQ_ticket_link"');
    await queryRunner.query('DROP INDEX "public"."IDX_ticket_link_document"');
    await queryRunner.query('DROP TABLE "ticket_link"');
    await queryRunner.query(
      'CREATE INDEX "IDX_ticket_description_trgm" ON "ticket" USING GIN ("description" gin_trgm_ops)',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ticket_subject_trgm" ON "ticket" USING GIN ("subject" gin_trgm_ops)',
    );
  }
}
