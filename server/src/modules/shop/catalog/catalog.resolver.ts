import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { ConnectionType, type Connection } from '../../../common/connection';
import type { RequestContext } from '../../../context/request-context';
import { ProductsArgs, UpsertProductsInput } from './catalog.inputs';
import { CatalogService } from './catalog.service';
import { Product } from './product.entity';

export const ProductConnection = ConnectionType(Product, 'Product');

@ObjectType('UpsertProductsResult')
class UpsertProductsResult {
  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;
}

@Resolver(() => Product)
export class CatalogResolver {
  private readonly service = new CatalogService();

  @Authorized()
  @Query(() => ProductConnection, {
    description: 'The catalogue, by name; search by words or SKU.',
  })
  products(
    @Ctx() ctx: RequestContext,
    @Args(() => ProductsArgs) args: ProductsArgs,
  ): Promise<Connection<Product>> {
    return this.service.products(ctx, args);
  }

  @Authorized()
  @Query(() => Product, { description: 'One product by SKU. Error: NOT_FOUND.' })
  product(@Ctx() ctx: RequestContext, @Arg('sku', () => String) sku: string): Promise<Product> {
    return this.service.product(ctx, sku);
  }

  @Authorized('STAFF')
  @Mutation(() => UpsertProductsResult, {
    description: 'Catalogue sync for the ERP: insert or update by SKU.',
  })
  upsertProducts(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpsertProductsInput) input: UpsertProductsInput,
  ): Promise<UpsertProductsResult> {
    return this.service.upsert(ctx, input);
  }
}
