import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EmailReplies1796050311046 implements MigrationInterface {
  name = 'EmailReplies1796050311046';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "email_reply_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "token" character varying(32) NOT NULL, "threadType" character varying(16) NOT NULL, "threadId" uuid NOT NULL, "recipientId" uuid NOT NULL, CONSTRAINT "PK_92c7c4b63ffaaaac510c7fb3070" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_email_reply_token" ON "email_reply_token"  ("token") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_email_reply_token_thread" ON "email_reply_token"  ("threadType", "threadId", "recipientId") ',
    );
    await queryRunner.query(
      'CREATE TABLE "inbound_email" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dedupeKey" character(64) NOT NULL, "messageId" character varying(998), "channel" character varying(8) NOT NULL, "fromAddress" character varying(254), "subject" character varying(300), "outcome" character varying(16) NOT NULL, "reason" character varying(32), "threadType" character varying(16), "threadId" uuid, "representativeId" uuid, "notes" jsonb NOT NULL DEFAULT \'[]\', CONSTRAINT "PK_72dfbf0cb49a0bf62c5b4732d92" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_inbound_email_dedupe" ON "inbound_email"  ("dedupeKey") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_inbound_email_created" ON "inbound_email"  ("createdAt") ',
    );
    await queryRunner.query('ALTER TABLE "outbox_email" ADD "replyToken" character varying(32)');
    await queryRunner.query('ALTER TABLE "outbox_email" ADD "thread" character varying(60)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "outbox_email" DROP COLUMN "thread"');
    await queryRunner.query('ALTER TABLE "outbox_email" DROP COLUMN "replyToken"');
    await queryRunner.query('DROP INDEX "public"."IDX_inbound_email_created"');
    await queryRunner.query('DROP INDEX "public"."UQ_inbound_email_dedupe"');
    await queryRunner.query('DROP TABLE "inbound_email"');
    await queryRunner.query('DROP INDEX "public"."UQ_email_reply_token_thread"');
    await queryRunner.query('DROP INDEX "public"."UQ_email_reply_token"');
    await queryRunner.query('DROP TABLE "email_reply_token"');
  }
}
