import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../common/base.entity';
import { formatAmount, MINOR_UNITS_COLUMN } from '../../../common/money';
import { DEFAULT_VAT_RATE_BP, vatRatePercent } from '../../../../../shared/src/vat';

/**
 * A catalogue product. Search uses the full-text index IDX_product_search (created by the
 * migration: TypeORM cannot describe an expression index, hence synchronize: false); the
 * catalogue is ordered by IDX_product_name_ci_id (the name in the ICU root collation, then id).
 */
@ObjectType('Product', { implements: BaseEntity, simpleResolvers: true })
@Entity('product')
@Index('UQ_product_sku', ['sku'], { unique: true })
@Index('IDX_product_name_ci_id', { synchronize: false })
@Index('IDX_product_search', { synchronize: false })
@Index('IDX_product_sku_pattern', { synchronize: false })
@Index('IDX_product_sku_name_trgm', { synchronize: false })
export class Product extends BaseEntity {
  @Field(() => String)
  @Column({ type: 'varchar', length: 64 })
  sku: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => Float, { description: 'Net unit price in minor units (cents); exact below 2^53.' })
  @Column(MINOR_UNITS_COLUMN)
  priceMinor: number;

  @Field(() => String, { description: 'ISO 4217, e.g. EUR.' })
  @Column({ type: 'char', length: 3 })
  currency: string;

  @Field(() => Int, { description: 'Units in stock now.' })
  @Column({ type: 'int', default: 0 })
  stock: number;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** The VAT rate in basis points (2300 = 23 %); invoice lines keep a copy of it. */
  @Column({ type: 'int', default: DEFAULT_VAT_RATE_BP })
  vatRateBp: number;

  @Field(() => Float, { description: 'VAT rate in percent, e.g. 23 or 5.5.' })
  get vatRate(): number {
    return vatRatePercent(this.vatRateBp);
  }

  @Field(() => String, { description: 'Net unit price as a decimal string, e.g. "129.90".' })
  get price(): string {
    return formatAmount(this.priceMinor);
  }
}
