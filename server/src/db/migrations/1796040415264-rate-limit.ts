import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The counters of server/src/context/throttle.ts (rate-limiter-flexible's RateLimiterPostgres,
 * with the columns it expects: key, points, expire in epoch milliseconds). Written by hand: no
 * entity maps it, the library's atomic upsert is the only writer. Keys are SHA-256 hashes.
 */
export class RateLimit1796040415264 implements MigrationInterface {
  name = 'RateLimit1796040415264';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "rate_limit" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT 0, "expire" bigint, CONSTRAINT "PK_rate_limit" PRIMARY KEY ("key"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_rate_limit_expire" ON "rate_limit" ("expire")');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_rate_limit_expire"');
    await queryRunner.query('DROP TABLE "rate_limit"');
  }
}
