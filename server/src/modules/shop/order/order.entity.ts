import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../common/base.entity';
import { formatAmount, MINOR_UNITS_COLUMN } from '../../../common/money';
import { PricedLine } from '../priced-line';

@ObjectType('Order', { implements: BaseEntity })
@Entity('customer_order')
@Index('UQ_order_idempotency', ['representativeId', 'idempotencyKey'], { unique: true })
@Index('IDX_order_company_created', ['companyId', 'createdAt', 'id'])
@Index('IDX_order_number_trgm', { synchronize: false })
export class Order extends BaseEntity {
  @Column({ type: 'uuid' })
  companyId: string;

  @Column({ type: 'uuid' })
  representativeId: string;

  @Column({ type: 'varchar', length: 64 })
  idempotencyKey: string;

  @Field(() => String, { description: 'The order number, e.g. ZAM/2026/000042.' })
  @Index('UQ_order_number', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  number: string;

  @Field(() => Float, { description: 'Net total in minor units (cents); exact below 2^53.' })
  @Column(MINOR_UNITS_COLUMN)
  totalMinor: number;

  @Field(() => String)
  @Column({ type: 'char', length: 3 })
  currency: string;

  @Field(() => String, { nullable: true, description: 'Your reference (purchase order number).' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  reference: string | null;

  @Field(() => String)
  get total(): string {
    return formatAmount(this.totalMinor);
  }
}

@ObjectType('OrderLine')
@Entity('customer_order_line')
@Index('IDX_order_line_order', ['orderId', 'lineNo'])
export class OrderLine extends PricedLine {
  @Column({ type: 'uuid' })
  orderId: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  lineNo: number;

  @Column({ type: 'uuid' })
  productId: string;
}
