import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { formatAmount, MINOR_UNITS_COLUMN } from '../../common/money';

/** The columns of a priced line, shared by order and invoice lines: what, how many, at what price. */
@ObjectType()
export abstract class PricedLine extends BaseEntity {
  @Field(() => String)
  @Column({ type: 'varchar', length: 64 })
  sku: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  quantity: number;

  @Field(() => Float, { description: 'Net unit price in minor units (cents); exact below 2^53.' })
  @Column(MINOR_UNITS_COLUMN)
  unitPriceMinor: number;

  @Field(() => String)
  get unitPrice(): string {
    return formatAmount(this.unitPriceMinor);
  }

  @Field(() => String)
  get lineTotal(): string {
    return formatAmount(this.unitPriceMinor * this.quantity);
  }
}
