import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1763776800000 implements MigrationInterface {
  name = 'Foundation1763776800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "companyId" uuid, "actorType" character varying(16) NOT NULL, "actorId" character varying(64), "action" character varying(64) NOT NULL, "subjectType" character varying(64) NOT NULL, "subjectId" character varying(64) NOT NULL, "data" jsonb NOT NULL DEFAULT '{}', "requestId" character varying(64), CONSTRAINT "PK_audit_event_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_event_company_created" ON "audit_event" ("companyId", "createdAt") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_event_subject" ON "audit_event" ("subjectType", "subjectId") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_event_subject"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_event_company_created"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
