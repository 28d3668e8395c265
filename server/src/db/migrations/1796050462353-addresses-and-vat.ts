import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddressesAndVat1796050462353 implements MigrationInterface {
  name = 'AddressesAndVat1796050462353';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "company_address" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "companyId" uuid NOT NULL, "kind" character varying(8) NOT NULL, "attention" character varying(200), "street" character varying(200) NOT NULL, "postalCode" character varying(20) NOT NULL, "city" character varying(100) NOT NULL, "country" character(2) NOT NULL, CONSTRAINT "PK_1333bb935c62afe403dd22e5372" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_company_address_billing" ON "company_address"  ("companyId") WHERE "kind" = \'BILLING\'',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_company_address_company" ON "company_address"  ("companyId", "createdAt") ',
    );
    // The flat company address becomes the billing address (street and city were both given).
    await queryRunner.query(
      `INSERT INTO "company_address" ("companyId", "kind", "attention", "street", "postalCode", "city", "country")
       SELECT "id", 'BILLING', "addressLine2", "addressLine1", coalesce("postalCode", ''), "city", "country"
       FROM "company" WHERE "addressLine1" IS NOT NULL AND "city" IS NOT NULL`,
    );
    await queryRunner.query('ALTER TABLE "company" DROP COLUMN "addressLine1"');
    await queryRunner.query('ALTER TABLE "company" DROP COLUMN "addressLine2"');
    await queryRunner.query('ALTER TABLE "company" DROP COLUMN "postalCode"');
    await queryRunner.query('ALTER TABLE "company" DROP COLUMN "city"');
    await queryRunner.query(
      'ALTER TABLE "product" ADD "vatRateBp" integer NOT NULL DEFAULT \'2300\'',
    );
    // Invoices issued so far: due 14 days after issue (the default payment terms).
    await queryRunner.query('ALTER TABLE "invoice" ADD "dueAt" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(`UPDATE "invoice" SET "dueAt" = "issuedAt" + interval '14 days'`);
    await queryRunner.query('ALTER TABLE "invoice" ALTER COLUMN "dueAt" SET NOT NULL');
    await queryRunner.query(
      'ALTER TABLE "invoice" ADD "paymentTermsDays" integer NOT NULL DEFAULT \'14\'',
    );
    await queryRunner.query(
      'ALTER TABLE "invoice_line" ADD "vatRateBp" integer NOT NULL DEFAULT \'2300\'',
    );
    await queryRunner.query('ALTER TABLE "return_request" ADD "shipBackAddress" jsonb');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "return_request" DROP COLUMN "shipBackAddress"');
    await queryRunner.query('ALTER TABLE "invoice_line" DROP COLUMN "vatRateBp"');
    await queryRunner.query('ALTER TABLE "invoice" DROP COLUMN "paymentTermsDays"');
    await queryRunner.query('ALTER TABLE "invoice" DROP COLUMN "dueAt"');
    await queryRunner.query('ALTER TABLE "product" DROP COLUMN "vatRateBp"');
    await queryRunner.query('ALTER TABLE "company" ADD "city" character varying(100)');
    await queryRunner.query('ALTER TABLE "company" ADD "postalCode" character varying(20)');
    await queryRunner.query('ALTER TABLE "company" ADD "addressLine2" character varying(200)');
    await queryRunner.query('ALTER TABLE "company" ADD "addressLine1" character varying(200)');
    await queryRunner.query(
      `UPDATE "company" c SET "addressLine1" = a."street", "addressLine2" = a."attention", "postalCode" = a."postalCode", "city" = a."city"
       FROM "company_address" a WHERE a."companyId" = c."id" AND a."kind" = 'BILLING'`,
    );
    await queryRunner.query('DROP INDEX "public"."IDX_company_address_company"');
    await queryRunner.query('DROP INDEX "public"."UQ_company_address_billing"');
    await queryRunner.query('DROP TABLE "company_address"');
  }
}
