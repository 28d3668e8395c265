import { isUuid } from '../../../common/ids';
import { In, type EntityManager } from 'typeorm';
import type { Connection } from '../../../common/connection';
import { BadUserInputError, ConflictError, NotFoundError } from '../../../common/errors';
import { DEFAULT_VAT_RATE_BP, dueDate } from '../../../../../shared/src/vat';
import { checkedVatRate, parseAmount, withinLineLimit } from '../../../common/money';
import type { RequestContext } from '../../../context/request-context';
import { tenantWhere } from '../../../context/viewer';
import { audit } from '../../../audit/audit.service';
import { Product } from '../catalog/product.entity';
import { Company } from '../../accounts/company/company.entity';
import { companyAddressesLoader } from '../../accounts/address/address.service';
import {
  Representative,
  RepresentativeRole,
} from '../../accounts/representative/representative.entity';
import { DEFAULT_LOCALE, isLocale } from '../../../../../shared/src/locales';
import { normalizeCountry, normalizeTaxId } from '../../accounts/company/tax-id';
import type { DocumentsArgs } from '../order/order.inputs';
import { companyDocuments } from '../documents';
import { Invoice, InvoiceLine, InvoiceSource } from './invoice.entity';
import type { ImportInvoiceInput } from './invoice.inputs';
import type { InvoiceBuyer } from './invoice.pdf';
import { findBuyer, routeWaitingInvoices, type BuyerKey } from './invoice.matching';

/** Whole days from issue to due date (the payment terms printed on the invoice). */
function termsInDays(issuedAt: Date, dueAt: Date): number {
  return Math.max(0, Math.round((dueAt.getTime() - issuedAt.getTime()) / 86_400_000));
}

export function invoiceLinesLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, InvoiceLine[]>('invoice.lines', async (ids) => {
    const lines = await ctx.db
      .getRepository(InvoiceLine)
      .find({ where: { invoiceId: In([...ids]) }, order: { lineNo: 'ASC' } });
    return ids.map((id) => lines.filter((l) => l.invoiceId === id));
  });
}

/**
 * An invoice already stored under this number: the same one when the ERP sends it again for
 * the same buyer (idempotent), CONFLICT when the number is taken by another buyer's invoice.
 */
async function sameImport(
  tx: EntityManager,
  number: string,
  buyer: BuyerKey,
): Promise<Invoice | null> {
  const existing = await tx.getRepository(Invoice).findOne({ where: { number } });
  if (!existing) return null;
  if (
    existing.source !== InvoiceSource.ERP ||
    existing.buyerCountry !== buyer.country ||
    existing.buyerTaxId !== buyer.taxId
  )
    throw new ConflictError(`Invoice ${number} already exists for another buyer.`);
  return existing;
}

export class InvoiceService {
  /** The company's invoices (members too: returns are checked against them), newest first. */
  async list(ctx: RequestContext, args: DocumentsArgs): Promise<Connection<Invoice>> {
    return companyDocuments(ctx, Invoice, 'issuedAt', args);
  }

  /** One invoice of the viewer's company (staff: any). Foreign and unknown look the same. */
  async get(ctx: RequestContext, where: { id?: string; number?: string }): Promise<Invoice> {
    if (!ctx.viewer || (where.id !== undefined && !isUuid(where.id)))
      throw new NotFoundError('Invoice');
    const invoice = await ctx.db.getRepository(Invoice).findOne({
      where: { ...where, ...tenantWhere(ctx) },
    });
    if (!invoice) throw new NotFoundError('Invoice');
    return invoice;
  }

  /**
   * Who the invoice was issued to, for its PDF: the company with its billing address and the
   * language of its administrator (the customer's language), or the buyer as the ERP named it.
   */
  async buyer(ctx: RequestContext, invoice: Invoice): Promise<InvoiceBuyer> {
    const taxId = (country: string, id: string) => `${country} ${id}`.trim();
    if (!invoice.companyId)
      return {
        name: '—',
        address: null,
        taxId: taxId(invoice.buyerCountry ?? '', invoice.buyerTaxId ?? ''),
        locale: DEFAULT_LOCALE,
      };
    const company = await ctx.db.getRepository(Company).findOneByOrFail({ id: invoice.companyId });
    const addresses = await companyAddressesLoader(ctx).load(company.id);
    const admin = await ctx.db.getRepository(Representative).findOne({
      where: { companyId: company.id, role: RepresentativeRole.ADMIN },
      order: { createdAt: 'ASC' },
    });
    return {
      name: company.name,
      address: addresses.find((a) => a.kind === 'BILLING') ?? null,
      taxId: taxId(company.country, company.taxId),
      locale: isLocale(admin?.locale) ? admin.locale : DEFAULT_LOCALE,
    };
  }

  /**
   * ERP import, idempotent by number even under concurrency (the unique number decides:
   * INSERT … ON CONFLICT DO NOTHING, then the stored one is answered). The buyer is matched on
   * (country, normalized tax ID) exactly, and only a company whose tax ID is confirmed receives
   * it; otherwise the invoice waits in the staff queue (companyId null, `match` says why).
   */
  async import(ctx: RequestContext, input: ImportInvoiceInput): Promise<Invoice> {
    const country = normalizeCountry(input.country);
    const buyer: BuyerKey = { country, taxId: normalizeTaxId(country, input.companyTaxId) };
    const lines = input.lines.map((l, i) => ({
      lineNo: i + 1,
      sku: l.sku.trim(),
      name: l.name.trim(),
      quantity: l.quantity,
      unitPriceMinor: withinLineLimit(
        parseAmount(l.unitPrice, `lines.${i}.unitPrice`),
        l.quantity,
        `lines.${i}.unitPrice`,
      ),
      vatRateBp: l.vatRate == null ? null : checkedVatRate(l.vatRate, `lines.${i}.vatRate`),
    }));
    const dueAt = input.dueAt ?? dueDate(input.issuedAt, ctx.config.paymentTermsDays);
    if (dueAt < input.issuedAt)
      throw new BadUserInputError('dueAt must not be before issuedAt.', 'dueAt');
    return ctx.transaction(async (tx) => {
      const existing = await sameImport(tx, input.number, buyer);
      if (existing) return existing;
      const company = await findBuyer(tx, buyer);
      const companyId = company?.taxIdConfirmedAt ? company.id : null;
      const inserted = await tx
        .createQueryBuilder()
        .insert()
        .into(Invoice)
        .values({
          companyId,
          buyerCountry: buyer.country,
          buyerTaxId: buyer.taxId,
          number: input.number,
          issuedAt: input.issuedAt,
          dueAt,
          paymentTermsDays: termsInDays(input.issuedAt, dueAt),
          source: InvoiceSource.ERP,
          orderId: null,
          totalMinor: lines.reduce((s, l) => s + l.unitPriceMinor * l.quantity, 0),
          currency: input.currency,
        })
        .orIgnore()
        .execute();
      const id = (inserted.raw as Array<{ id: string }>)[0]?.id;
      // A concurrent import of the same number won: answer with its invoice.
      if (!id) return (await sameImport(tx, input.number, buyer))!;
      const products = await tx
        .getRepository(Product)
        .find({ where: { sku: In(lines.map((l) => l.sku)) } });
      await tx.getRepository(InvoiceLine).insert(
        lines.map((l) => {
          const product = products.find((p) => p.sku === l.sku);
          return {
            ...l,
            invoiceId: id,
            productId: product?.id ?? null,
            vatRateBp: l.vatRateBp ?? product?.vatRateBp ?? DEFAULT_VAT_RATE_BP,
          };
        }),
      );
      await audit(
        ctx,
        tx,
        'invoice.imported',
        { type: 'Invoice', id, companyId },
        { number: input.number, ...buyer, matched: companyId !== null },
      );
      // Documents that waited for this buyer before its tax ID was confirmed follow it now.
      if (company && companyId) await routeWaitingInvoices(ctx, tx, company);
      return tx.getRepository(Invoice).findOneByOrFail({ id });
    });
  }
}
