import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox keeps what an e-mail is rendered from (`content`) and the mail job renders its
 * body when it sends it (mail.service.ts renderOutboxEmail). Rows written before keep their
 * `text` and `html` and are sent as they are.
 */
export class OutboxRenderedAtSend1796147158382 implements MigrationInterface {
  name = 'OutboxRenderedAtSend1796147158382';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "outbox_email" ADD "content" jsonb');
    await queryRunner.query('ALTER TABLE "outbox_email" ALTER COLUMN "text" DROP NOT NULL');
    await queryRunner.query('ALTER TABLE "outbox_email" ALTER COLUMN "html" DROP NOT NULL');
    await queryRunner.query(
      'ALTER TABLE "outbox_email" ADD CONSTRAINT "CHK_outbox_email_body" CHECK (("text" IS NOT NULL AND "html" IS NOT NULL) OR "content" IS NOT NULL)',
    );
  }

  /**
   * The older version cannot send an unrendered e-mail: going back waits until none is left
   * to send. The bodies of those already sent or given up are not kept (the older version
   * reads them only to send them); their rows, subjects and statuses are.
   */
  public async down(queryRunner: QueryRunner): Promise<void> {
    const [waiting] = (await queryRunner.query(
      `SELECT count(*)::int AS n FROM "outbox_email" WHERE "text" IS NULL AND "status" IN ('PENDING', 'SENDING')`,
    )) as Array<{ n: number }>;
    if (waiting && waiting.n > 0)
      throw new Error(
        `Unsent e-mails in the outbox: ${waiting.n}. Let the mail job send them before reverting this migration.`,
      );
    await queryRunner.query(
      `UPDATE "outbox_email" SET "text" = '', "html" = '' WHERE "text" IS NULL OR "html" IS NULL`,
    );
    await queryRunner.query('ALTER TABLE "outbox_email" DROP CONSTRAINT "CHK_outbox_email_body"');
    await queryRunner.query('ALTER TABLE "outbox_email" ALTER COLUMN "html" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "outbox_email" ALTER COLUMN "text" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "outbox_email" DROP COLUMN "content"');
  }
}
