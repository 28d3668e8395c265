import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Money in bigint minor units (an int4 ends at 21,474,836.47), and room for an e-mail address
 * (254) where a person's name is recorded, since a person without a name is shown by e-mail.
 * Columns change type in place: no row is lost.
 */
const MONEY: Array<[table: string, column: string]> = [
  ['product', 'priceMinor'],
  ['invoice', 'totalMinor'],
  ['invoice_line', 'unitPriceMinor'],
  ['customer_order', 'totalMinor'],
  ['customer_order_line', 'unitPriceMinor'],
];
const NAMES: Array<[table: string, column: string]> = [
  ['attachment', 'uploadedBy'],
  ['return_event', 'actorName'],
  ['ticket_comment', 'authorName'],
];

export class MoneyBigintNameLengths1796040492260 implements MigrationInterface {
  name = 'MoneyBigintNameLengths1796040492260';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of MONEY)
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "${column}" TYPE bigint`);
    for (const [table, column] of NAMES)
      await queryRunner.query(
        `ALTER TABLE "${table}" ALTER COLUMN "${column}" TYPE character varying(254)`,
      );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of NAMES)
      await queryRunner.query(
        `ALTER TABLE "${table}" ALTER COLUMN "${column}" TYPE character varying(120) USING left("${column}", 120)`,
      );
    for (const [table, column] of MONEY)
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "${column}" TYPE integer`);
  }
}
