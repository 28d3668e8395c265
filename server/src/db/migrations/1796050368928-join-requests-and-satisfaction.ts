import type { MigrationInterface, QueryRunner } from 'typeorm';

export class JoinRequestsAndSatisfaction1796050368928 implements MigrationInterface {
  name = 'JoinRequestsAndSatisfaction1796050368928';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "join_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "companyId" uuid, "country" character(2) NOT NULL, "taxId" character varying(32) NOT NULL, "name" character varying(120) NOT NULL, "email" character varying(254) NOT NULL, "locale" character varying(5) NOT NULL, "status" character varying(16) NOT NULL, "confirmTokenHash" character(64) NOT NULL, "confirmExpiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "confirmedAt" TIMESTAMP WITH TIME ZONE, "expiresAt" TIMESTAMP WITH TIME ZONE, "routedToStaff" boolean NOT NULL DEFAULT false, "decidedAt" TIMESTAMP WITH TIME ZONE, "decidedBy" character varying(254), "role" character varying(16), "declineReason" text, CONSTRAINT "PK_ea4ce3bfd1dcd38029f3176bb4e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_join_request_confirm_token" ON "join_request"  ("confirmTokenHash") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_join_request_staff_pending" ON "join_request"  ("routedToStaff", "status", "createdAt", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_join_request_company_pending" ON "join_request"  ("companyId", "status", "createdAt", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "ticket_satisfaction" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ticketId" uuid NOT NULL, "companyId" uuid NOT NULL, "representativeId" uuid NOT NULL, "rating" smallint NOT NULL, "comment" text, CONSTRAINT "PK_2744cca58e5bc7e0045964ee99e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_ticket_satisfaction_ticket" ON "ticket_satisfaction"  ("ticketId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ticket_satisfaction_company" ON "ticket_satisfaction"  ("companyId", "createdAt") ',
    );
    await queryRunner.query(
      'ALTER TABLE "join_request" ADD CONSTRAINT "FK_join_request_company" FOREIGN KEY ("companyId") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "ticket_satisfaction" ADD CONSTRAINT "FK_ticket_satisfaction_ticket" FOREIGN KEY ("ticketId") REFERENCES "ticket"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "ticket_satisfaction" DROP CONSTRAINT "FK_ticket_satisfaction_ticket"',
    );
    await queryRunner.query('ALTER TABLE "join_request" DROP CONSTRAINT "FK_join_request_company"');
    await queryRunner.query('DROP INDEX "public"."IDX_ticket_satisfaction_company"');
    await queryRunner.query('DROP INDEX "public"."UQ_ticket_satisfaction_ticket"');
    await queryRunner.query('DROP TABLE "ticket_satisfaction"');
    await queryRunner.query('DROP INDEX "public"."IDX_join_request_company_pending"');
    await queryRunner.query('DROP INDEX "public"."IDX_join_request_staff_pending"');
    await queryRunner.query('DROP INDEX "public"."UQ_join_request_confirm_token"');
    await queryRunner.query('DROP TABLE "join_request"');
  }
}
