import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../context/request-context';
import { BasketService } from './basket.service';
import { Basket } from './basket.types';

@Authorized('REPRESENTATIVE')
@Resolver(() => Basket)
export class BasketResolver {
  private readonly service = new BasketService();

  @Query(() => Basket)
  basket(@Ctx() ctx: RequestContext): Promise<Basket> {
    return this.service.get(ctx);
  }

  @Mutation(() => Basket, { description: 'Adds units of a product (to what is already there).' })
  addToBasket(
    @Ctx() ctx: RequestContext,
    @Arg('productId', () => ID) productId: string,
    @Arg('quantity', () => Int) quantity: number,
  ): Promise<Basket> {
    return this.service.add(ctx, productId, quantity);
  }

  @Mutation(() => Basket, { description: 'Sets the quantity of a line; 0 removes it.' })
  setBasketQuantity(
    @Ctx() ctx: RequestContext,
    @Arg('productId', () => ID) productId: string,
    @Arg('quantity', () => Int) quantity: number,
  ): Promise<Basket> {
    return this.service.set(ctx, productId, quantity);
  }

  @Mutation(() => Basket)
  removeFromBasket(
    @Ctx() ctx: RequestContext,
    @Arg('productId', () => ID) productId: string,
  ): Promise<Basket> {
    return this.service.set(ctx, productId, 0);
  }
}
