import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Attachments1795316645785 implements MigrationInterface {
  name = 'Attachments1795316645785';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "attachment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "companyId" uuid NOT NULL, "ownerType" character varying(16) NOT NULL, "ownerId" uuid NOT NULL, "fileName" character varying(200) NOT NULL, "contentType" character varying(64) NOT NULL, "size" integer NOT NULL, "uploadedBy" character varying(120) NOT NULL, CONSTRAINT "PK_d2a80c3a8d467f08a750ac4b420" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_attachment_owner" ON "attachment"  ("ownerType", "ownerId", "createdAt") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_attachment_owner"');
    await queryRunner.query('DROP TABLE "attachment"');
  }
}
