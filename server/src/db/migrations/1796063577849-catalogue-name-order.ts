import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The catalogue sorts by name whatever the case ("Accessory" before "APC"): its keyset index
 * is on the name in the ICU root collation (catalog.service.ts PRODUCT_NAME_ORDER), which
 * PostgreSQL and the embedded PGlite both have, then the id.
 */
export class CatalogueNameOrder1796063577849 implements MigrationInterface {
  name = 'CatalogueNameOrder1796063577849';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_product_name_id"');
    await queryRunner.query(
      'CREATE INDEX "IDX_product_name_ci_id" ON "product" (("name" COLLATE "und-x-icu"), "id")',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_product_name_ci_id"');
    await queryRunner.query('CREATE INDEX "IDX_product_name_id" ON "product" ("name", "id")');
  }
}
