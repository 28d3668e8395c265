import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The words of subject and description, as the search columns were written here. */
const DOCUMENT = `to_tsvector('simple', "subject" || ' ' || "description")`;
/** Subject and description normalized for fragments (normalizedSql of server/src/common/search.ts). */
const TEXT = `lower(regexp_replace("subject" || ' ' || "description", '[[:space:]!-/:-@\\[-\`{-~]+', '', 'g'))`;

/**
 * Search's columns of a request move to a table of their own, `ticket_search` (issue 11: the
 * lifecycle job). A status change writes a new version of the `ticket` row into every index of
 * that table, and the full-text and trigram indexes were most of the cost of changing 20,000
 * requests; PostgreSQL also computed both columns again on every update of the row.
 *
 * PostgreSQL keeps the table, whoever writes a request (the portal, an import, a fix by hand):
 * one set-based INSERT per statement that inserts requests (a transition table), and an UPDATE
 * of the row whose subject or description changed.
 */
export class TicketSearchTable1796167601786 implements MigrationInterface {
  name = 'TicketSearchTable1796167601786';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "ticket_search" ("ticketId" uuid NOT NULL, "searchVector" tsvector NOT NULL, "searchText" text NOT NULL, CONSTRAINT "PK_ticket_search" PRIMARY KEY ("ticketId"))',
    );
    await queryRunner.query(
      'INSERT INTO "ticket_search" ("ticketId", "searchVector", "searchText") SELECT "id", "searchVector", "searchText" FROM "ticket"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_ticket_search_vector"');
    await queryRunner.query('DROP INDEX "public"."IDX_ticket_search_text_trgm"');
    await queryRunner.query('ALTER TABLE "ticket" DROP COLUMN "searchVector"');
    await queryRunner.query('ALTER TABLE "ticket" DROP COLUMN "searchText"');
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "table" = 'ticket' AND "name" IN ('searchVector', 'searchText')`,
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ticket_search_vector" ON "ticket_search" USING GIN ("searchVector")',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ticket_search_text_trgm" ON "ticket_search" USING GIN ("searchText" gin_trgm_ops)',
    );
    await queryRunner.query(
      'ALTER TABLE "ticket_search" ADD CONSTRAINT "FK_ticket_search_ticket" FOREIGN KEY ("ticketId") REFERENCES "ticket"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      `CREATE FUNCTION "ticket_search_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         INSERT INTO "ticket_search" ("ticketId", "searchVector", "searchText")
         SELECT "id", ${DOCUMENT}, ${TEXT} FROM "inserted";
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "ticket_search_inserted" AFTER INSERT ON "ticket"
         REFERENCING NEW TABLE AS "inserted"
         FOR EACH STATEMENT EXECUTE FUNCTION "ticket_search_inserted"()`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "ticket_search_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE "ticket_search" SET ("searchVector", "searchText") =
           (SELECT ${DOCUMENT}, ${TEXT} FROM (SELECT NEW."subject" AS "subject", NEW."description" AS "description") n)
          WHERE "ticketId" = NEW."id";
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "ticket_search_changed" AFTER UPDATE OF "subject", "description" ON "ticket"
         FOR EACH ROW
         WHEN (OLD."subject" IS DISTINCT FROM NEW."subject" OR OLD."description" IS DISTINCT FROM NEW."description")
         EXECUTE FUNCTION "ticket_search_changed"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "ticket_search_changed" ON "ticket"');
    await queryRunner.query('DROP FUNCTION "ticket_search_changed"()');
    await queryRunner.query('DROP TRIGGER "ticket_search_inserted" ON "ticket"');
    await queryRunner.query('DROP FUNCTION "ticket_search_inserted"()');
    await queryRunner.query(
      `ALTER TABLE "ticket" ADD "searchVector" tsvector GENERATED ALWAYS AS (${DOCUMENT}) STORED NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "ticket" ADD "searchText" text GENERATED ALWAYS AS (${TEXT}) STORED NOT NULL`,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), current_schema(), 'ticket', 'GENERATED_COLUMN', 'searchVector', $1), (current_database(), current_schema(), 'ticket', 'GENERATED_COLUMN', 'searchText', $2)`,
      [DOCUMENT, TEXT],
    );
    await queryRunner.query('DROP TABLE "ticket_search"');
    await queryRunner.query(
      'CREATE INDEX "IDX_ticket_search_vector" ON "ticket" USING GIN ("searchVector")',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ticket_search_text_trgm" ON "ticket" USING GIN ("searchText" gin_trgm_ops)',
    );
  }
}
