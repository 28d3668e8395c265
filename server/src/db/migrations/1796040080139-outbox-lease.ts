import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The delivery lease: a SENDING email belongs to its sender until "leaseUntil", then it is
 * claimed again. Rows left SENDING by the former batch sender get a lease that ends 15 minutes
 * after their claim, so they are sent (again, at worst) instead of staying SENDING for ever.
 */
export class OutboxLease1796040080139 implements MigrationInterface {
  name = 'OutboxLease1796040080139';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "outbox_email" ADD "leaseUntil" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      `UPDATE "outbox_email" SET "leaseUntil" = "updatedAt" + interval '15 minutes' WHERE status = 'SENDING'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "outbox_email" DROP COLUMN "leaseUntil"');
  }
}
