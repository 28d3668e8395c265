import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes shaped for the request lists and search (issue 11): the reporter's and the
 * participant's requests ("Mine" as a UNION of two index-driven branches), a stored tsvector
 * for words, trigram indexes for fragments of document numbers, and partial indexes on the
 * due timestamps of the lifecycle job.
 */
export class ListsAndSearch1796040012442 implements MigrationInterface {
  name = 'ListsAndSearch1796040012442';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    // TypeORM keeps the expression of a generated column here to compare it with the entity.
    await queryRunner.query(
      'CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)',
    );
    await queryRunner.query(
      `ALTER TABLE "ticket" ADD "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "subject" || ' ' || "description")) STORED NOT NULL`,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), current_schema(), 'ticket', 'GENERATED_COLUMN', 'searchVector', $1)`,
      [`to_tsvector('simple', "subject" || ' ' || "description")`],
    );
    await queryRunner.query('DROP INDEX IF EXISTS "IDX_ticket_search"');
    await queryRunner.query(
      'CREATE INDEX "IDX_ticket_search_vector" ON "ticket" USING GIN ("searchVector")',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ticket_subject_trgm" ON "ticket" USING GIN ("subject" gin_trgm_ops)',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ticket_description_trgm" ON "ticket" USING GIN ("description" gin_trgm_ops)',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ticket_reporter_activity" ON "ticket" ("reporterId", "lastActivityAt", "id")',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ticket_participant_representative" ON "ticket_participant" ("representativeId", "ticketId")',
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ticket_waiting_due" ON "ticket" ("portalKey", "waitingSince", "id") WHERE status = 'WAITING_FOR_CUSTOMER'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ticket_resolved_due" ON "ticket" ("portalKey", "resolvedAt", "id") WHERE status = 'RESOLVED'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_ticket_resolved_due"');
    await queryRunner.query('DROP INDEX "public"."IDX_ticket_waiting_due"');
    await queryRunner.query('DROP INDEX "public"."IDX_ticket_participant_representative"');
    await queryRunner.query('DROP INDEX "public"."IDX_ticket_reporter_activity"');
    await queryRunner.query('DROP INDEX "public"."IDX_ticket_description_trgm"');
    await queryRunner.query('DROP INDEX "public"."IDX_ticket_subject_trgm"');
    await queryRunner.query('DROP INDEX "public"."IDX_ticket_search_vector"');
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "table" = 'ticket' AND "name" = 'searchVector'`,
    );
    await queryRunner.query('ALTER TABLE "ticket" DROP COLUMN "searchVector"');
    await queryRunner.query(
      `CREATE INDEX "IDX_ticket_search" ON "ticket" USING GIN (to_tsvector('simple', subject || ' ' || description))`,
    );
  }
}
