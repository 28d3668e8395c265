import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReturnItemPosition1795318002361 implements MigrationInterface {
  name = 'ReturnItemPosition1795318002361';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "return_item" ADD "position" integer NOT NULL DEFAULT \'1\'',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "return_item" DROP COLUMN "position"');
  }
}
