import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { BaseEntity } from '../../../common/base.entity';
import { formatAmount, MINOR_UNITS_COLUMN } from '../../../common/money';
import { PricedLine } from '../priced-line';
import {
  DEFAULT_PAYMENT_TERMS_DAYS,
  DEFAULT_VAT_RATE_BP,
  lineAmounts,
  vatRatePercent,
  vatTotals,
} from '../../../../../shared/src/vat';

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

  @Field(() => Date, { description: 'When payment is due: the issue date plus the payment terms.' })
  @Column({ type: 'timestamptz' })
  dueAt: Date;

  @Field(() => Int, { description: 'Payment terms in days (bank transfer).' })
  @Column({ type: 'int', default: DEFAULT_PAYMENT_TERMS_DAYS })
  paymentTermsDays: number;
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

  /** The product's VAT rate when the invoice was issued, in basis points (2300 = 23 %). */
  @Column({ type: 'int', default: DEFAULT_VAT_RATE_BP })
  vatRateBp: number;

  @Field(() => Float, { description: 'VAT rate in percent, e.g. 23 or 5.5.' })
  get vatRate(): number {
    return vatRatePercent(this.vatRateBp);
  }

  @Field(() => Float, { description: 'VAT of the line in minor units (net × rate, half up).' })
  get vatMinor(): number {
    return lineAmounts(this).vatMinor;
  }

  @Field(() => String, { description: 'VAT of the line, e.g. "29.88".' })
  get vat(): string {
    return formatAmount(this.vatMinor);
  }

  @Field(() => String, { description: 'Gross amount of the line (net + VAT).' })
  get lineGross(): string {
    return formatAmount(lineAmounts(this).grossMinor);
  }
}

/** An invoice's totals in minor units and as decimal strings. */
@ObjectType('InvoiceTotals')
export class InvoiceTotals {
  @Field(() => Float, { description: 'Net total in minor units.' })
  netMinor: number;

  @Field(() => Float, { description: 'VAT total in minor units.' })
  vatMinor: number;

  @Field(() => Float, { description: 'Gross total (net + VAT) in minor units.' })
  grossMinor: number;

  @Field(() => String)
  get net(): string {
    return formatAmount(this.netMinor);
  }

  @Field(() => String)
  get vat(): string {
    return formatAmount(this.vatMinor);
  }

  @Field(() => String)
  get gross(): string {
    return formatAmount(this.grossMinor);
  }

  static of(lines: readonly InvoiceLine[]): InvoiceTotals {
    const { netMinor, vatMinor, grossMinor } = vatTotals(lines);
    return Object.assign(new InvoiceTotals(), { netMinor, vatMinor, grossMinor });
  }
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
