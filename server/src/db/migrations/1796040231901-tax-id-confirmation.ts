import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TaxIdConfirmation1796040231901 implements MigrationInterface {
  name = 'TaxIdConfirmation1796040231901';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "company" ADD "taxIdConfirmedAt" TIMESTAMP WITH TIME ZONE',
    );
    await queryRunner.query('ALTER TABLE "company" ADD "taxIdConfirmedBy" character varying(200)');
    await queryRunner.query('ALTER TABLE "invoice" ADD "buyerCountry" character(2)');
    await queryRunner.query('ALTER TABLE "invoice" ADD "buyerTaxId" character varying(32)');
    await queryRunner.query('ALTER TABLE "invoice" ALTER COLUMN "companyId" DROP NOT NULL');
    // Companies the seller already vouched for: contracted, or onboarded by staff or the ERP.
    await queryRunner.query(
      `UPDATE "company" SET "taxIdConfirmedAt" = now(), "taxIdConfirmedBy" = 'migration' WHERE "contracted" OR "id" IN (SELECT "companyId" FROM "audit_event" WHERE "action" = 'company.onboarded' AND "companyId" IS NOT NULL)`,
    );
    // Imported invoices keep their company and learn their buyer, for idempotent re-imports.
    await queryRunner.query(
      `UPDATE "invoice" i SET "buyerCountry" = c."country", "buyerTaxId" = c."taxId" FROM "company" c WHERE c."id" = i."companyId" AND i."source" = 'ERP'`,
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_invoice_unmatched_buyer" ON "invoice"  ("buyerCountry", "buyerTaxId") WHERE "companyId" IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_invoice_unmatched" ON "invoice"  ("createdAt", "id") WHERE "companyId" IS NULL',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_invoice_unmatched"');
    await queryRunner.query('DROP INDEX "public"."IDX_invoice_unmatched_buyer"');
    await queryRunner.query(
      'DELETE FROM "invoice_line" WHERE "invoiceId" IN (SELECT "id" FROM "invoice" WHERE "companyId" IS NULL)',
    );
    await queryRunner.query('DELETE FROM "invoice" WHERE "companyId" IS NULL');
    await queryRunner.query('ALTER TABLE "invoice" ALTER COLUMN "companyId" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "invoice" DROP COLUMN "buyerTaxId"');
    await queryRunner.query('ALTER TABLE "invoice" DROP COLUMN "buyerCountry"');
    await queryRunner.query('ALTER TABLE "company" DROP COLUMN "taxIdConfirmedBy"');
    await queryRunner.query('ALTER TABLE "company" DROP COLUMN "taxIdConfirmedAt"');
  }
}
