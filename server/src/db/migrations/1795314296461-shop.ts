import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Shop1795314296461 implements MigrationInterface {
  name = 'Shop1795314296461';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "basket_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "representativeId" uuid NOT NULL, "productId" uuid NOT NULL, "quantity" integer NOT NULL, CONSTRAINT "PK_6d46510f73c54c1d75329e1110d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_basket_item_owner_product" ON "basket_item"  ("representativeId", "productId") ',
    );
    await queryRunner.query(
      'CREATE TABLE "product" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sku" character varying(64) NOT NULL, "name" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT \'\', "priceMinor" integer NOT NULL, "currency" character(3) NOT NULL, "stock" integer NOT NULL DEFAULT \'0\', "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_bebc9158e480b949565b4dc7a82" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_product_name_id" ON "product"  ("name", "id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_product_sku" ON "product"  ("sku") ');
    await queryRunner.query(
      'CREATE TABLE "invoice" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "companyId" uuid NOT NULL, "number" character varying(40) NOT NULL, "issuedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "source" character varying(8) NOT NULL, "orderId" uuid, "totalMinor" integer NOT NULL, "currency" character(3) NOT NULL, CONSTRAINT "PK_15d25c200d9bcd8a33f698daf18" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_invoice_order" ON "invoice"  ("orderId") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_invoice_company_issued" ON "invoice"  ("companyId", "issuedAt", "id") ',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_invoice_number" ON "invoice"  ("number") ');
    await queryRunner.query(
      'CREATE TABLE "invoice_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "invoiceId" uuid NOT NULL, "lineNo" integer NOT NULL, "productId" uuid, "sku" character varying(64) NOT NULL, "name" character varying(200) NOT NULL, "quantity" integer NOT NULL, "unitPriceMinor" integer NOT NULL, CONSTRAINT "PK_112d67e85951a56ee5123e9c803" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_invoice_line_no" ON "invoice_line"  ("invoiceId", "lineNo") ',
    );
    await queryRunner.query(
      'CREATE TABLE "number_sequence" ("series" character varying(32) NOT NULL, "year" integer NOT NULL, "lastValue" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_669f95cf271ff6eecd483569dbb" PRIMARY KEY ("series", "year"))',
    );
    await queryRunner.query(
      'CREATE TABLE "customer_order" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "companyId" uuid NOT NULL, "representativeId" uuid NOT NULL, "idempotencyKey" character varying(64) NOT NULL, "number" character varying(32) NOT NULL, "totalMinor" integer NOT NULL, "currency" character(3) NOT NULL, "reference" character varying(64), CONSTRAINT "PK_c70aef746523b2c4a0af0945209" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_order_number" ON "customer_order"  ("number") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_order_company_created" ON "customer_order"  ("companyId", "createdAt", "id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_order_idempotency" ON "customer_order"  ("representativeId", "idempotencyKey") ',
    );
    await queryRunner.query(
      'CREATE TABLE "customer_order_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "orderId" uuid NOT NULL, "lineNo" integer NOT NULL, "productId" uuid NOT NULL, "sku" character varying(64) NOT NULL, "name" character varying(200) NOT NULL, "quantity" integer NOT NULL, "unitPriceMinor" integer NOT NULL, CONSTRAINT "PK_fa082f57747312b19923e04dadd" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_order_line_order" ON "customer_order_line"  ("orderId", "lineNo") ',
    );
    // Full-text search over SKU, name and description (keep in step with PRODUCT_DOCUMENT),
    // and SKU prefix search (ILIKE 'abc%') with the pattern operator class.
    await queryRunner.query(
      `CREATE INDEX "IDX_product_search" ON "product" USING GIN (to_tsvector('simple', sku || ' ' || name || ' ' || description))`,
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_product_sku_pattern" ON "product" (lower(sku) text_pattern_ops)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_product_search"');
    await queryRunner.query('DROP INDEX "public"."IDX_product_sku_pattern"');
    await queryRunner.query('DROP INDEX "public"."IDX_order_line_order"');
    await queryRunner.query('DROP TABLE "customer_order_line"');
    await queryRunner.query('DROP INDEX "public"."UQ_order_idempotency"');
    await queryRunner.query('DROP INDEX "public"."IDX_order_company_created"');
    await queryRunner.query('DROP INDEX "public"."UQ_order_number"');
    await queryRunner.query('DROP TABLE "customer_order"');
    await queryRunner.query('DROP TABLE "number_sequence"');
    await queryRunner.query('DROP INDEX "public"."UQ_invoice_line_no"');
    await queryRunner.query('DROP TABLE "invoice_line"');
    await queryRunner.query('DROP INDEX "public"."UQ_invoice_number"');
    await queryRunner.query('DROP INDEX "public"."IDX_invoice_company_issued"');
    await queryRunner.query('DROP INDEX "public"."UQ_invoice_order"');
    await queryRunner.query('DROP TABLE "invoice"');
    await queryRunner.query('DROP INDEX "public"."UQ_product_sku"');
    await queryRunner.query('DROP INDEX "public"."IDX_product_name_id"');
    await queryRunner.query('DROP TABLE "product"');
    await queryRunner.query('DROP INDEX "public"."UQ_basket_item_owner_product"');
    await queryRunner.query('DROP TABLE "basket_item"');
  }
}
