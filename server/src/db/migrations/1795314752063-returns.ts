import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Returns1795314752063 implements MigrationInterface {
  name = 'Returns1795314752063';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "return_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "companyId" uuid NOT NULL, "representativeId" uuid NOT NULL, "idempotencyKey" character varying(64) NOT NULL, "rmaNumber" character varying(20) NOT NULL, "kind" character varying(8) NOT NULL, "status" character varying(24) NOT NULL, "returnAddress" text, "closedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_27b4fb62d047bfc2259c2ae4d64" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_return_request_rma" ON "return_request"  ("rmaNumber") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_return_request_status_created" ON "return_request"  ("status", "createdAt", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_return_request_company_created" ON "return_request"  ("companyId", "createdAt", "id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_return_request_idempotency" ON "return_request"  ("representativeId", "idempotencyKey") ',
    );
    await queryRunner.query(
      'CREATE TABLE "return_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "returnRequestId" uuid NOT NULL, "invoiceLineId" uuid NOT NULL, "invoiceNumber" character varying(40) NOT NULL, "sku" character varying(64) NOT NULL, "name" character varying(200) NOT NULL, "quantity" integer NOT NULL, "reason" character varying(24) NOT NULL, "conditions" jsonb NOT NULL, "serialNumber" character varying(100), "faultDescription" text, "status" character varying(16) NOT NULL DEFAULT \'PENDING\', "resolution" character varying(16), "serviceStage" character varying(16), "decisionNote" text, CONSTRAINT "PK_8107861535dc7f65333a1f1a3de" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_return_item_invoice_line" ON "return_item"  ("invoiceLineId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_return_item_request" ON "return_item"  ("returnRequestId") ',
    );
    await queryRunner.query(
      'CREATE TABLE "return_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "returnRequestId" uuid NOT NULL, "type" character varying(24) NOT NULL, "actorType" character varying(16) NOT NULL, "actorName" character varying(120) NOT NULL, "note" text, "sku" character varying(64), "statusAfter" character varying(24) NOT NULL, CONSTRAINT "PK_d44a8912942c4e9ec4f82ddae25" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_return_event_request" ON "return_event"  ("returnRequestId", "createdAt") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_return_event_request"');
    await queryRunner.query('DROP TABLE "return_event"');
    await queryRunner.query('DROP INDEX "public"."IDX_return_item_request"');
    await queryRunner.query('DROP INDEX "public"."IDX_return_item_invoice_line"');
    await queryRunner.query('DROP TABLE "return_item"');
    await queryRunner.query('DROP INDEX "public"."UQ_return_request_idempotency"');
    await queryRunner.query('DROP INDEX "public"."IDX_return_request_company_created"');
    await queryRunner.query('DROP INDEX "public"."IDX_return_request_status_created"');
    await queryRunner.query('DROP INDEX "public"."UQ_return_request_rma"');
    await queryRunner.query('DROP TABLE "return_request"');
  }
}
