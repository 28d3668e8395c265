import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ServiceLevels1796053480903 implements MigrationInterface {
  name = 'ServiceLevels1796053480903';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "service_level_target" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "requestTypeId" uuid NOT NULL, "firstResponseHours" integer NOT NULL, "resolutionHours" integer NOT NULL, CONSTRAINT "CHK_service_level_target_hours" CHECK ("firstResponseHours" > 0 AND "resolutionHours" > 0), CONSTRAINT "PK_5007a2f2f9401975da66ed0c909" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_service_level_target_type" ON "service_level_target"  ("requestTypeId") ',
    );
    await queryRunner.query(
      'CREATE TABLE "ticket_sla" ("ticketId" uuid NOT NULL, "portalKey" character varying(24) NOT NULL, "requestTypeId" uuid NOT NULL, "openedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "openedWeek" date NOT NULL, "firstResponseTargetSeconds" integer NOT NULL, "resolutionTargetSeconds" integer NOT NULL, "pausedSeconds" integer NOT NULL DEFAULT \'0\', "pausedSince" TIMESTAMP WITH TIME ZONE, "firstResponseAt" TIMESTAMP WITH TIME ZONE, "firstResponseSeconds" integer, "resolutionSeconds" integer, "firstResponseBreached" boolean NOT NULL DEFAULT false, "resolutionBreached" boolean NOT NULL DEFAULT false, "stopped" boolean NOT NULL DEFAULT false, "nextDueAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3571cd5bbd798b275b0699ba3da" PRIMARY KEY ("ticketId"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ticket_sla_next_due" ON "ticket_sla"  ("nextDueAt", "ticketId") WHERE "nextDueAt" IS NOT NULL',
    );
    // The report's covering index: groups in index order, an index-only scan (sla.report.ts).
    await queryRunner.query(
      'CREATE INDEX "IDX_ticket_sla_report" ON "ticket_sla" ("openedWeek", "portalKey", "requestTypeId") INCLUDE ("openedAt", "firstResponseSeconds", "resolutionSeconds", "firstResponseBreached", "resolutionBreached", "nextDueAt")',
    );
    await queryRunner.query(
      'ALTER TABLE "portal" ADD "businessDayStartMinute" smallint NOT NULL DEFAULT \'480\'',
    );
    await queryRunner.query(
      'ALTER TABLE "portal" ADD "businessDayEndMinute" smallint NOT NULL DEFAULT \'960\'',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "portal" DROP COLUMN "businessDayEndMinute"');
    await queryRunner.query('ALTER TABLE "portal" DROP COLUMN "businessDayStartMinute"');
    await queryRunner.query('DROP INDEX "public"."IDX_ticket_sla_report"');
    await queryRunner.query('DROP INDEX "public"."IDX_ticket_sla_next_due"');
    await queryRunner.query('DROP TABLE "ticket_sla"');
    await queryRunner.query('DROP INDEX "public"."UQ_service_level_target_type"');
    await queryRunner.query('DROP TABLE "service_level_target"');
  }
}
