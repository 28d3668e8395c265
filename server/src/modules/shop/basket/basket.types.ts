import { Field, Int, ObjectType } from 'type-graphql';
import { Product } from '../catalog/product.entity';

@ObjectType('BasketLine')
export class BasketLine {
  @Field(() => Product)
  product: Product;

  @Field(() => Int)
  quantity: number;

  @Field(() => String)
  lineTotal: string;

  @Field(() => Boolean, {
    description: 'False when the stock is below the quantity: the order would fail.',
  })
  available: boolean;
}

@ObjectType('Basket', { description: "The signed-in representative's basket, kept on the server." })
export class Basket {
  @Field(() => [BasketLine])
  lines: BasketLine[];

  @Field(() => Int, { description: 'Units in the basket.' })
  itemCount: number;

  @Field(() => String, { description: 'Net total, e.g. "1299.00".' })
  total: string;

  @Field(() => String)
  currency: string;
}
