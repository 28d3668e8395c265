import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Tickets1795316301559 implements MigrationInterface {
  name = 'Tickets1795316301559';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "portal" ("key" character varying(24) NOT NULL, "keyPrefix" character varying(4) NOT NULL, "names" jsonb NOT NULL, "calendarCountry" character(2) NOT NULL, "timeZone" character varying(64) NOT NULL, CONSTRAINT "PK_91eb2290940a9b8cc2d1507fcd0" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "request_type_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "portalKey" character varying(24) NOT NULL, "names" jsonb NOT NULL, "position" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_ab7d36bbedd77efc5a665590868" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_request_type_group_portal" ON "request_type_group"  ("portalKey", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "request_type" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "groupId" uuid NOT NULL, "parentId" uuid, "names" jsonb NOT NULL, "position" integer NOT NULL DEFAULT \'0\', "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_ea486e08f500f3500119900a477" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_request_type_group" ON "request_type"  ("groupId", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "ticket" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "companyId" uuid NOT NULL, "key" character varying(16) NOT NULL, "portalKey" character varying(24) NOT NULL, "requestTypeId" uuid NOT NULL, "subject" character varying(200) NOT NULL, "description" text NOT NULL, "status" character varying(24) NOT NULL, "reporterId" uuid NOT NULL, "assigneeId" uuid, "lastActivityAt" TIMESTAMP WITH TIME ZONE NOT NULL, "waitingSince" TIMESTAMP WITH TIME ZONE, "reminderSentAt" TIMESTAMP WITH TIME ZONE, "resolvedAt" TIMESTAMP WITH TIME ZONE, "closedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d9a0835407701eb86f874474b7c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_ticket_key" ON "ticket"  ("key") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_ticket_status_activity" ON "ticket"  ("status", "lastActivityAt", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ticket_company_activity" ON "ticket"  ("companyId", "lastActivityAt", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "ticket_participant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ticketId" uuid NOT NULL, "representativeId" uuid NOT NULL, CONSTRAINT "PK_096c9fa90416ac7cdb1051ffbc0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_ticket_participant" ON "ticket_participant"  ("ticketId", "representativeId") ',
    );
    await queryRunner.query(
      'CREATE TABLE "ticket_comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ticketId" uuid NOT NULL, "authorType" character varying(10) NOT NULL, "authorId" uuid, "authorName" character varying(120) NOT NULL, "body" text NOT NULL, "internal" boolean NOT NULL DEFAULT false, "statusChange" character varying(24), CONSTRAINT "PK_375385ad29b177463987f0a14a8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ticket_comment_ticket" ON "ticket_comment"  ("ticketId", "createdAt") ',
    );
    // Search in the request list: subject and description (keep in step with TicketService.list).
    await queryRunner.query(
      `CREATE INDEX "IDX_ticket_search" ON "ticket" USING GIN (to_tsvector('simple', subject || ' ' || description))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_ticket_search"');
    await queryRunner.query('DROP INDEX "public"."IDX_ticket_comment_ticket"');
    await queryRunner.query('DROP TABLE "ticket_comment"');
    await queryRunner.query('DROP INDEX "public"."UQ_ticket_participant"');
    await queryRunner.query('DROP TABLE "ticket_participant"');
    await queryRunner.query('DROP INDEX "public"."IDX_ticket_company_activity"');
    await queryRunner.query('DROP INDEX "public"."IDX_ticket_status_activity"');
    await queryRunner.query('DROP INDEX "public"."UQ_ticket_key"');
    await queryRunner.query('DROP TABLE "ticket"');
    await queryRunner.query('DROP INDEX "public"."IDX_request_type_group"');
    await queryRunner.query('DROP TABLE "request_type"');
    await queryRunner.query('DROP INDEX "public"."IDX_request_type_group_portal"');
    await queryRunner.query('DROP TABLE "request_type_group"');
    await queryRunner.query('DROP TABLE "portal"');
  }
}
