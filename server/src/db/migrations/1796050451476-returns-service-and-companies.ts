import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReturnsServiceAndCompanies1796050451476 implements MigrationInterface {
  name = 'ReturnsServiceAndCompanies1796050451476';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "return_request" ADD "creditNoteNumber" character varying(40)',
    );
    await queryRunner.query('ALTER TABLE "return_item" ADD "purchaseDate" date');
    await queryRunner.query('ALTER TABLE "return_item" ADD "accessories" text');
    await queryRunner.query('ALTER TABLE "return_item" ADD "creditMinor" bigint');
    await queryRunner.query('ALTER TABLE "return_item" ADD "currency" character(3)');
    await queryRunner.query('ALTER TABLE "return_item" ADD "carrier" character varying(60)');
    await queryRunner.query('ALTER TABLE "return_item" ADD "trackingNumber" character varying(60)');
    await queryRunner.query('ALTER TABLE "return_event" ADD "stage" character varying(16)');
    await queryRunner.query('ALTER TABLE "return_event" ADD "carrier" character varying(60)');
    await queryRunner.query(
      'ALTER TABLE "return_event" ADD "trackingNumber" character varying(60)',
    );
    await queryRunner.query('CREATE INDEX "IDX_company_name_id" ON "company"  ("name", "id") ');
    // Staff's company type-ahead: any fragment of the name, the start of the tax ID.
    await queryRunner.query(
      'CREATE INDEX "IDX_company_name_trgm" ON "company" USING GIN ("name" gin_trgm_ops)',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_company_tax_id_prefix" ON "company" ("taxId" varchar_pattern_ops)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_company_tax_id_prefix"');
    await queryRunner.query('DROP INDEX "public"."IDX_company_name_trgm"');
    await queryRunner.query('DROP INDEX "public"."IDX_company_name_id"');
    await queryRunner.query('ALTER TABLE "return_event" DROP COLUMN "trackingNumber"');
    await queryRunner.query('ALTER TABLE "return_event" DROP COLUMN "carrier"');
    await queryRunner.query('ALTER TABLE "return_event" DROP COLUMN "stage"');
    await queryRunner.query('ALTER TABLE "return_item" DROP COLUMN "trackingNumber"');
    await queryRunner.query('ALTER TABLE "return_item" DROP COLUMN "carrier"');
    await queryRunner.query('ALTER TABLE "return_item" DROP COLUMN "currency"');
    await queryRunner.query('ALTER TABLE "return_item" DROP COLUMN "creditMinor"');
    await queryRunner.query('ALTER TABLE "return_item" DROP COLUMN "accessories"');
    await queryRunner.query('ALTER TABLE "return_item" DROP COLUMN "purchaseDate"');
    await queryRunner.query('ALTER TABLE "return_request" DROP COLUMN "creditNoteNumber"');
  }
}
