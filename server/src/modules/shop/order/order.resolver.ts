import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ConnectionType, type Connection } from '../../../common/connection';
import type { RequestContext } from '../../../context/request-context';
import { Invoice } from '../invoice/invoice.entity';
import { DocumentsArgs, PlaceOrderInput } from './order.inputs';
import { Order, OrderLine } from './order.entity';
import { orderInvoiceLoader, orderLinesLoader, OrderService } from './order.service';

export const OrderConnection = ConnectionType(Order, 'Order');

@Authorized('REPRESENTATIVE')
@Resolver(() => Order)
export class OrderResolver {
  private readonly service = new OrderService();

  @Mutation(() => Order, {
    description:
      'Orders the basket. The same idempotencyKey returns the same order. Errors: OUT_OF_STOCK, BAD_USER_INPUT.',
  })
  placeOrder(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => PlaceOrderInput) input: PlaceOrderInput,
  ): Promise<Order> {
    return this.service.place(ctx, input);
  }

  @Query(() => OrderConnection, { description: "Your company's orders, newest first." })
  orders(
    @Ctx() ctx: RequestContext,
    @Args(() => DocumentsArgs) args: DocumentsArgs,
  ): Promise<Connection<Order>> {
    return this.service.list(ctx, args);
  }

  @Query(() => Order, { description: 'Error: NOT_FOUND.' })
  order(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Order> {
    return this.service.get(ctx, id);
  }

  @FieldResolver(() => [OrderLine])
  lines(@Root() order: Order, @Ctx() ctx: RequestContext): Promise<OrderLine[]> {
    return orderLinesLoader(ctx).load(order.id);
  }

  @FieldResolver(() => Invoice, {
    nullable: true,
    description: 'The invoice issued for this order.',
  })
  invoice(@Root() order: Order, @Ctx() ctx: RequestContext): Promise<Invoice | null> {
    return orderInvoiceLoader(ctx).load(order.id);
  }
}
