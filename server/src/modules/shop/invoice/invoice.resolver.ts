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
import { DocumentsArgs } from '../order/order.inputs';
import { Invoice, InvoiceLine } from './invoice.entity';
import { ImportInvoiceInput } from './invoice.inputs';
import { invoiceLinesLoader, InvoiceService } from './invoice.service';

export const InvoiceConnection = ConnectionType(Invoice, 'Invoice');

@Resolver(() => Invoice)
export class InvoiceResolver {
  private readonly service = new InvoiceService();

  @Authorized('REPRESENTATIVE')
  @Query(() => InvoiceConnection, { description: "Your company's invoices, newest first." })
  invoices(
    @Ctx() ctx: RequestContext,
    @Args(() => DocumentsArgs) args: DocumentsArgs,
  ): Promise<Connection<Invoice>> {
    return this.service.list(ctx, args);
  }

  @Authorized()
  @Query(() => Invoice, { description: 'One invoice by id. Error: NOT_FOUND.' })
  invoice(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Invoice> {
    return this.service.get(ctx, { id });
  }

  @Authorized('STAFF')
  @Mutation(() => Invoice, {
    description: 'ERP import (API tokens): idempotent by invoice number.',
  })
  importInvoice(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ImportInvoiceInput) input: ImportInvoiceInput,
  ): Promise<Invoice> {
    return this.service.import(ctx, input);
  }

  @FieldResolver(() => [InvoiceLine])
  lines(@Root() invoice: Invoice, @Ctx() ctx: RequestContext): Promise<InvoiceLine[]> {
    return invoiceLinesLoader(ctx).load(invoice.id);
  }

  @FieldResolver(() => String, {
    description: 'Download address of the PDF (needs the session cookie).',
  })
  pdfUrl(@Root() invoice: Invoice): string {
    return `/invoices/${invoice.id}/pdf`;
  }
}
