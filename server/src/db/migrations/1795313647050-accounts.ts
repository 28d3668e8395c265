import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1795313647050 implements MigrationInterface {
  name = 'Accounts1795313647050';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "agent" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email" character varying(254) NOT NULL, "name" character varying(120) NOT NULL, "locale" character varying(5) NOT NULL DEFAULT \'en\', "active" boolean NOT NULL DEFAULT true, "passwordHash" character varying(255), CONSTRAINT "PK_1000e989398c5d4ed585cf9a46f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_agent_email" ON "agent"  ("email") ');
    await queryRunner.query(
      'CREATE TABLE "api_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(120) NOT NULL, "tokenHash" character(64) NOT NULL, "lastUsedAt" TIMESTAMP WITH TIME ZONE, "revokedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_api_token_hash" ON "api_token"  ("tokenHash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "company" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "country" character(2) NOT NULL, "taxId" character varying(32) NOT NULL, "contracted" boolean NOT NULL DEFAULT false, "addressLine1" character varying(200), "addressLine2" character varying(200), "postalCode" character varying(20), "city" character varying(100), CONSTRAINT "PK_056f7854a7afdba7cbd6d45fc20" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_company_country_tax_id" ON "company"  ("country", "taxId") ',
    );
    await queryRunner.query(
      'CREATE TABLE "representative" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "companyId" uuid NOT NULL, "email" character varying(254) NOT NULL, "name" character varying(120), "role" character varying(16) NOT NULL, "status" character varying(16) NOT NULL, "locale" character varying(5) NOT NULL DEFAULT \'en\', "passwordHash" character varying(255), "activatedAt" TIMESTAMP WITH TIME ZONE, "invitedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_2abe568eacaba9eba605bb231bc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_representative_company" ON "representative"  ("companyId") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_representative_email" ON "representative"  ("email") ',
    );
    await queryRunner.query(
      'CREATE TABLE "one_time_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "tokenHash" character(64) NOT NULL, "purpose" character varying(16) NOT NULL, "representativeId" uuid NOT NULL, "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "usedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_956e3dd6580e4829e05ab460808" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_one_time_token_hash" ON "one_time_token"  ("tokenHash") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_one_time_token_representative" ON "one_time_token"  ("representativeId") ',
    );
    await queryRunner.query(
      'CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "tokenHash" character(64) NOT NULL, "principalType" character varying(16) NOT NULL, "principalId" uuid NOT NULL, "lastSeenAt" TIMESTAMP WITH TIME ZONE NOT NULL, "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "userAgent" character varying(300), CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_session_token_hash" ON "session"  ("tokenHash") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_session_principal" ON "session"  ("principalId") ');
    await queryRunner.query(
      'CREATE TABLE "outbox_email" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "to" character varying(254) NOT NULL, "template" character varying(48) NOT NULL, "locale" character varying(5) NOT NULL, "subject" character varying(300) NOT NULL, "text" text NOT NULL, "html" text NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'PENDING\', "attempts" integer NOT NULL DEFAULT \'0\', "nextAttemptAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lastError" text, "sentAt" TIMESTAMP WITH TIME ZONE, "companyId" uuid, CONSTRAINT "PK_b55f4d8ab961614aa75da7a668d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_outbox_email_company" ON "outbox_email"  ("companyId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_outbox_email_due" ON "outbox_email"  ("status", "nextAttemptAt") ',
    );
    await queryRunner.query(
      'ALTER TABLE "representative" ADD CONSTRAINT "FK_representative_company" FOREIGN KEY ("companyId") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "one_time_token" ADD CONSTRAINT "FK_one_time_token_representative" FOREIGN KEY ("representativeId") REFERENCES "representative"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "one_time_token" DROP CONSTRAINT "FK_one_time_token_representative"',
    );
    await queryRunner.query(
      'ALTER TABLE "representative" DROP CONSTRAINT "FK_representative_company"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_outbox_email_due"');
    await queryRunner.query('DROP INDEX "public"."IDX_outbox_email_company"');
    await queryRunner.query('DROP TABLE "outbox_email"');
    await queryRunner.query('DROP INDEX "public"."IDX_session_principal"');
    await queryRunner.query('DROP INDEX "public"."UQ_session_token_hash"');
    await queryRunner.query('DROP TABLE "session"');
    await queryRunner.query('DROP INDEX "public"."IDX_one_time_token_representative"');
    await queryRunner.query('DROP INDEX "public"."UQ_one_time_token_hash"');
    await queryRunner.query('DROP TABLE "one_time_token"');
    await queryRunner.query('DROP INDEX "public"."UQ_representative_email"');
    await queryRunner.query('DROP INDEX "public"."IDX_representative_company"');
    await queryRunner.query('DROP TABLE "representative"');
    await queryRunner.query('DROP INDEX "public"."UQ_company_country_tax_id"');
    await queryRunner.query('DROP TABLE "company"');
    await queryRunner.query('DROP INDEX "public"."UQ_api_token_hash"');
    await queryRunner.query('DROP TABLE "api_token"');
    await queryRunner.query('DROP INDEX "public"."UQ_agent_email"');
    await queryRunner.query('DROP TABLE "agent"');
  }
}
