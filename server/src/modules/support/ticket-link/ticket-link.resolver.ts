import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../context/request-context';
import { Order } from '../../shop/order/order.entity';
import { Invoice } from '../../shop/invoice/invoice.entity';
import { ReturnRequest } from '../../returns/return-request/return-request.entity';
import { Ticket } from '../ticket/ticket.entity';
import { DocumentLink, DocumentLinkKind } from './ticket-link.entity';
import { ticketLinkLoaders } from './ticket-link.loaders';
import { TicketLinkService } from './ticket-link.service';

const service = new TicketLinkService();

@Resolver(() => Ticket)
export class TicketLinksResolver {
  @FieldResolver(() => [DocumentLink], {
    description: 'The orders, invoices, returns and products the request is about.',
  })
  links(@Root() ticket: Ticket, @Ctx() ctx: RequestContext): Promise<DocumentLink[]> {
    return ticketLinkLoaders.links(ctx).load(ticket.id);
  }

  @Authorized('REPRESENTATIVE')
  @Query(() => [DocumentLink], {
    description:
      'The new-request picker: your company\'s orders, invoices and returns, and active products, whose number (or SKU and name) contains `search`, however it is written ("fv 2026 1" finds FV/2026/000001); `first` of each kind, newest first.',
  })
  linkableDocuments(
    @Ctx() ctx: RequestContext,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('kinds', () => [DocumentLinkKind], { nullable: true }) kinds: DocumentLinkKind[] | null,
    @Arg('first', () => Int, { defaultValue: 5 }) first: number,
  ): Promise<DocumentLink[]> {
    return service.linkable(ctx, { search, kinds, first: Math.min(Math.max(first, 1), 20) });
  }
}

@Resolver(() => Order)
export class OrderTicketsResolver {
  @FieldResolver(() => [Ticket], { description: 'The support requests about this order.' })
  tickets(@Root() order: Order, @Ctx() ctx: RequestContext): Promise<Ticket[]> {
    return ticketLinkLoaders.tickets(ctx, 'ORDER').load(order.id);
  }
}

@Resolver(() => Invoice)
export class InvoiceTicketsResolver {
  @FieldResolver(() => [Ticket], { description: 'The support requests about this invoice.' })
  tickets(@Root() invoice: Invoice, @Ctx() ctx: RequestContext): Promise<Ticket[]> {
    return ticketLinkLoaders.tickets(ctx, 'INVOICE').load(invoice.id);
  }
}

@Resolver(() => ReturnRequest)
export class ReturnRequestTicketsResolver {
  @FieldResolver(() => [Ticket], { description: 'The support requests about this return.' })
  tickets(@Root() request: ReturnRequest, @Ctx() ctx: RequestContext): Promise<Ticket[]> {
    return ticketLinkLoaders.tickets(ctx, 'RETURN_REQUEST').load(request.id);
  }
}
