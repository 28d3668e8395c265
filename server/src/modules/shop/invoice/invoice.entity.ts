import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { BaseEntity } from '../../../common/base.entity';
import { formatAmount, MINOR_UNITS_COLUMN } from '../../../common/money';
import { PricedLine } from '../priced-line';

export enum InvoiceSource {
  ORDER = 'ORDER',
  ERP = 'ERP',
}
registerEnumType(InvoiceSource, {
  name: 'InvoiceSource',
  description: 'Issued for a portal order, or imported from the ERP.',
});

/** An invoice: what returns are checked against. Numbers FV/<year>/<6 digits>, gap-free per year. */
@ObjectType('Invoice', { implements: BaseEntity })
@Entity('invoice')
@Index('UQ_invoice_number', ['number'], { unique: true })
@Index('IDX_invoice_company_issued', ['companyId', 'issuedAt', 'id'])
@Index('IDX_invoice_number_trgm', { synchronize: false })
@Index('IDX_invoice_unmatched', ['createdAt', 'id'], { where: '"companyId" IS NULL' })
@Index('IDX_invoice_unmatched_buyer', ['buyerCountry', 'buyerTaxId'], {
  where: '"companyId" IS NULL',
})
export class Invoice extends BaseEntity {
  /** Null while the invoice waits in the staff queue of unmatched documents. */
  @Column({ type: 'uuid', nullable: true })
  companyId: string | null;

  /** The buyer as the ERP named it: ISO country and the normalized tax ID (null: portal order). */
  @Field(() => String, { nullable: true })
  @Column({ type: 'char', length: 2, nullable: true })
  buyerCountry: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 32, nullable: true })
  buyerTaxId: string | null;

  @Field(() => String)
  @Column({ type: 'varchar', length: 40 })
  number: string;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  issuedAt: Date;

  @Field(() => InvoiceSource)
  @Column({ type: 'varchar', length: 8 })
  source: InvoiceSource;

  @Column({ type: 'uuid', nullable: true })
  @Index('UQ_invoice_order', { unique: true })
  orderId: string | null;

  @Field(() => Float, { description: 'Net total in minor units (cents); exact below 2^53.' })
  @Column(MINOR_UNITS_COLUMN)
  totalMinor: number;

  @Field(() => String)
  @Column({ type: 'char', length: 3 })
  currency: string;

  @Field(() => String)
  get total(): string {
    return formatAmount(this.totalMinor);
  }
}

@ObjectType('InvoiceLine')
@Entity('invoice_line')
@Index('UQ_invoice_line_no', ['invoiceId', 'lineNo'], { unique: true })
export class InvoiceLine extends PricedLine {
  @Column({ type: 'uuid' })
  invoiceId: string;

  @Field(() => Int, { description: 'The line number printed on the invoice (1, 2, 3 …).' })
  @Column({ type: 'int' })
  lineNo: number;

  @Column({ type: 'uuid', nullable: true })
  productId: string | null;
}

/** The next number of each yearly series, row-locked inside the issuing transaction: no gaps. */
@Entity('number_sequence')
export class NumberSequence {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  series: string;

  @PrimaryColumn({ type: 'int' })
  year: number;

  @Column({ type: 'int', default: 0 })
  lastValue: number;
}
