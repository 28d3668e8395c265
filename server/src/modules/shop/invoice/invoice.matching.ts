import { registerEnumType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { isUuid } from '../../../common/ids';
import { keysetPage, timeThenId, type Connection, type PageArgs } from '../../../common/connection';
import { ConflictError, NotFoundError } from '../../../common/errors';
import type { RequestContext } from '../../../context/request-context';
import { requireStaff } from '../../../context/viewer';
import { audit } from '../../../audit/audit.service';
import { Company } from '../../accounts/company/company.entity';
import { CompanyService } from '../../accounts/company/company.service';
import { Invoice } from './invoice.entity';

/** The buyer of an ERP invoice: ISO country and normalized tax ID. */
export interface BuyerKey {
  country: string;
  taxId: string;
}

/** Whether an invoice has reached its company, and if not, what it waits for. */
export enum InvoiceMatch {
  ASSIGNED = 'ASSIGNED',
  TAX_ID_NOT_CONFIRMED = 'TAX_ID_NOT_CONFIRMED',
  UNKNOWN_BUYER = 'UNKNOWN_BUYER',
}
registerEnumType(InvoiceMatch, {
  name: 'InvoiceMatch',
  description:
    'ASSIGNED: the company sees it. TAX_ID_NOT_CONFIRMED: a company registered this tax ID but an agent has not confirmed it yet. UNKNOWN_BUYER: no company has this country and tax ID. Both waiting kinds are in the staff queue (unmatchedInvoices).',
});

/**
 * The company registered under exactly this (country, tax ID), or null. The unique index on
 * the pair makes a second one impossible; should it ever happen, CONFLICT, never a guess.
 */
export async function findBuyer(tx: EntityManager, buyer: BuyerKey): Promise<Company | null> {
  const found = await tx
    .getRepository(Company)
    .find({ where: { country: buyer.country, taxId: buyer.taxId }, take: 2 });
  if (found.length > 1)
    throw new ConflictError(
      `More than one company has the tax ID ${buyer.country} ${buyer.taxId}: an agent must assign the invoice.`,
    );
  return found[0] ?? null;
}

/** Gives a company whose tax ID is confirmed the invoices that waited for its (country, tax ID). */
export async function routeWaitingInvoices(
  ctx: RequestContext,
  tx: EntityManager,
  company: Company,
): Promise<number> {
  const result = await tx
    .createQueryBuilder()
    .update(Invoice)
    .set({ companyId: company.id })
    .where('"companyId" IS NULL AND "buyerCountry" = :country AND "buyerTaxId" = :taxId', {
      country: company.country,
      taxId: company.taxId,
    })
    .returning(['id', 'number'])
    .execute();
  const rows = (result.raw ?? []) as Array<{ id: string; number: string }>;
  for (const row of rows) {
    await audit(
      ctx,
      tx,
      'invoice.assigned',
      { type: 'Invoice', id: row.id, companyId: company.id },
      { number: row.number, how: 'TAX_ID_CONFIRMED' },
    );
  }
  return rows.length;
}

/** The per-request lookup of the company registered under an unmatched invoice's buyer key. */
export function buyerCompanyLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, Company | null>('invoice.buyerCompany', async (keys) => {
    const pairs = keys.map((k) => {
      const [country, taxId] = k.split(':') as [string, string];
      return { country, taxId };
    });
    const companies = await ctx.db.getRepository(Company).find({ where: pairs });
    return keys.map((k) => companies.find((c) => `${c.country}:${c.taxId}` === k) ?? null);
  });
}

/** The staff's side of ERP documents that reached no company: the queue, assigning, confirming. */
export class InvoiceMatching {
  private readonly companies = new CompanyService();

  /** ASSIGNED, or why the invoice waits. */
  async match(ctx: RequestContext, invoice: Invoice): Promise<InvoiceMatch> {
    if (invoice.companyId) return InvoiceMatch.ASSIGNED;
    const company = await this.buyerCompany(ctx, invoice);
    return company ? InvoiceMatch.TAX_ID_NOT_CONFIRMED : InvoiceMatch.UNKNOWN_BUYER;
  }

  /** Staff: the company registered under the invoice's buyer (country, tax ID), if any. */
  async buyerCompany(ctx: RequestContext, invoice: Invoice): Promise<Company | null> {
    if (!invoice.buyerCountry || !invoice.buyerTaxId) return null;
    return buyerCompanyLoader(ctx).load(`${invoice.buyerCountry}:${invoice.buyerTaxId}`);
  }

  /** Staff: ERP invoices that reached no company yet, oldest first. */
  unmatched(ctx: RequestContext, args: PageArgs): Promise<Connection<Invoice>> {
    requireStaff(ctx);
    const qb = ctx.db.getRepository(Invoice).createQueryBuilder('i').where('i.companyId IS NULL');
    return keysetPage(
      qb,
      args,
      timeThenId('i', 'createdAt', (i) => i.createdAt),
      'ASC',
    );
  }

  /**
   * Staff: gives one waiting invoice to a company (e.g. the ERP misspelled the tax ID). It does
   * NOT confirm the company's tax ID: that is a decision about identity (confirmCompanyTaxId),
   * this one is about one document. Again to the same company: no change; to another: CONFLICT.
   */
  assign(ctx: RequestContext, invoiceId: string, companyId: string): Promise<Invoice> {
    requireStaff(ctx);
    return ctx.transaction(async (tx) => {
      const invoice = isUuid(invoiceId)
        ? await tx
            .getRepository(Invoice)
            .createQueryBuilder('i')
            .where('i.id = :invoiceId', { invoiceId })
            .setLock('pessimistic_write')
            .getOne()
        : null;
      if (!invoice) throw new NotFoundError('Invoice');
      const company = isUuid(companyId)
        ? await tx.getRepository(Company).findOne({ where: { id: companyId } })
        : null;
      if (!company) throw new NotFoundError('Company');
      if (invoice.companyId === company.id) return invoice;
      if (invoice.companyId)
        throw new ConflictError(`Invoice ${invoice.number} already belongs to a company.`);
      invoice.companyId = company.id;
      await tx.getRepository(Invoice).update({ id: invoice.id }, { companyId: company.id });
      await audit(
        ctx,
        tx,
        'invoice.assigned',
        { type: 'Invoice', id: invoice.id, companyId: company.id },
        {
          number: invoice.number,
          how: 'AGENT',
          buyerCountry: invoice.buyerCountry,
          buyerTaxId: invoice.buyerTaxId,
          taxIdMatches:
            invoice.buyerCountry === company.country && invoice.buyerTaxId === company.taxId,
        },
      );
      return invoice;
    });
  }

  /**
   * Staff: confirms the company's tax ID as theirs; from now on the ERP's documents for it
   * reach it, and those that waited are routed to it now (each audited).
   */
  confirmTaxId(ctx: RequestContext, companyId: string): Promise<Company> {
    requireStaff(ctx);
    return ctx.transaction(async (tx) => {
      const company = await this.companies.confirmTaxId(ctx, tx, companyId);
      await routeWaitingInvoices(ctx, tx, company);
      return company;
    });
  }
}
