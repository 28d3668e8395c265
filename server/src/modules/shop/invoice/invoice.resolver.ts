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
import { ConnectionType, PageArgs, type Connection } from '../../../common/connection';
import { Company } from '../../accounts/company/company.entity';
import type { RequestContext } from '../../../context/request-context';
import { DocumentsArgs } from '../order/order.inputs';
import { Invoice, InvoiceLine, InvoiceTotals } from './invoice.entity';
import { ImportInvoiceInput } from './invoice.inputs';
import { invoiceLinesLoader, InvoiceService } from './invoice.service';
import { InvoiceMatch, InvoiceMatching } from './invoice.matching';

export const InvoiceConnection = ConnectionType(Invoice, 'Invoice');

@Resolver(() => Invoice)
export class InvoiceResolver {
  private readonly service = new InvoiceService();
  private readonly matching = new InvoiceMatching();

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
    description:
      'ERP import (API tokens): idempotent by invoice number. The buyer is matched on (country, tax ID) exactly and only a company whose tax ID is confirmed receives it; otherwise it waits for an agent (match: TAX_ID_NOT_CONFIRMED or UNKNOWN_BUYER). Errors: BAD_USER_INPUT, CONFLICT (the number belongs to another buyer).',
  })
  importInvoice(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ImportInvoiceInput) input: ImportInvoiceInput,
  ): Promise<Invoice> {
    return this.service.import(ctx, input);
  }

  @Authorized('STAFF')
  @Query(() => InvoiceConnection, {
    description:
      'Staff: ERP invoices that reached no company yet (unknown buyer or tax ID not confirmed), oldest first.',
  })
  unmatchedInvoices(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) args: PageArgs,
  ): Promise<Connection<Invoice>> {
    return this.matching.unmatched(ctx, args);
  }

  @Authorized('STAFF')
  @Mutation(() => Invoice, {
    description:
      "Staff: gives a waiting invoice to a company. Does not confirm the company's tax ID (confirmCompanyTaxId does). Errors: NOT_FOUND, CONFLICT (already another company's).",
  })
  assignInvoice(
    @Ctx() ctx: RequestContext,
    @Arg('invoiceId', () => ID) invoiceId: string,
    @Arg('companyId', () => ID) companyId: string,
  ): Promise<Invoice> {
    return this.matching.assign(ctx, invoiceId, companyId);
  }

  @Authorized('STAFF')
  @Mutation(() => Company, {
    description:
      "Staff: confirms the company's tax ID as theirs (checked outside the portal). The invoices waiting for its country and tax ID reach it now, later ones directly. Error: NOT_FOUND.",
  })
  confirmCompanyTaxId(
    @Ctx() ctx: RequestContext,
    @Arg('companyId', () => ID) companyId: string,
  ): Promise<Company> {
    return this.matching.confirmTaxId(ctx, companyId);
  }

  @FieldResolver(() => InvoiceMatch, {
    description: 'ASSIGNED, or why the invoice waits in the staff queue.',
  })
  match(@Root() invoice: Invoice, @Ctx() ctx: RequestContext): Promise<InvoiceMatch> {
    return this.matching.match(ctx, invoice);
  }

  @Authorized('STAFF')
  @FieldResolver(() => Company, {
    nullable: true,
    description: "Staff: the company registered under the invoice's buyer country and tax ID.",
  })
  buyerCompany(@Root() invoice: Invoice, @Ctx() ctx: RequestContext): Promise<Company | null> {
    return this.matching.buyerCompany(ctx, invoice);
  }

  @FieldResolver(() => [InvoiceLine])
  lines(@Root() invoice: Invoice, @Ctx() ctx: RequestContext): Promise<InvoiceLine[]> {
    return invoiceLinesLoader(ctx).load(invoice.id);
  }

  @FieldResolver(() => InvoiceTotals, {
    description: 'Net, VAT and gross totals (the sums of the lines; VAT per line, half up).',
  })
  async totals(@Root() invoice: Invoice, @Ctx() ctx: RequestContext): Promise<InvoiceTotals> {
    return InvoiceTotals.of(await invoiceLinesLoader(ctx).load(invoice.id));
  }

  @FieldResolver(() => String, {
    description: 'Download address of the PDF (needs the session cookie).',
  })
  pdfUrl(@Root() invoice: Invoice): string {
    return `/invoices/${invoice.id}/pdf`;
  }
}
