import { isUuid } from '../../../common/ids';
import { In } from 'typeorm';
import type { Connection } from '../../../common/connection';
import { ConflictError, NotFoundError } from '../../../common/errors';
import { parseAmount, withinLineLimit } from '../../../common/money';
import type { RequestContext } from '../../../context/request-context';
import { tenantWhere } from '../../../context/viewer';
import { audit } from '../../../audit/audit.service';
import { Product } from '../catalog/product.entity';
import { Company } from '../../accounts/company/company.entity';
import type { DocumentsArgs } from '../order/order.inputs';
import { companyDocuments } from '../documents';
import { Invoice, InvoiceLine, InvoiceSource } from './invoice.entity';
import type { ImportInvoiceInput } from './invoice.inputs';

export function invoiceLinesLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, InvoiceLine[]>('invoice.lines', async (ids) => {
    const lines = await ctx.db
      .getRepository(InvoiceLine)
      .find({ where: { invoiceId: In([...ids]) }, order: { lineNo: 'ASC' } });
    return ids.map((id) => lines.filter((l) => l.invoiceId === id));
  });
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

  /** ERP import: idempotent by number; the buyer is found by tax ID. */
  async import(ctx: RequestContext, input: ImportInvoiceInput): Promise<Invoice> {
    const raw = input.companyTaxId.replace(/[\s.\-/]/g, '').toUpperCase();
    const candidates = [raw, ...(/^[A-Z]{2}\d/.test(raw) ? [raw.slice(2)] : [])];
    return ctx.transaction(async (tx) => {
      const company = await tx
        .getRepository(Company)
        .createQueryBuilder('c')
        .where('c.taxId IN (:...candidates)', { candidates })
        .andWhere(input.country ? 'c.country = :country' : '1=1', {
          country: input.country?.toUpperCase(),
        })
        .getOne();
      if (!company) throw new NotFoundError('Company with this tax ID');
      const existing = await tx.getRepository(Invoice).findOne({ where: { number: input.number } });
      if (existing) {
        if (existing.companyId !== company.id)
          throw new ConflictError(`Invoice ${input.number} belongs to another company.`);
        return existing;
      }
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
      }));
      const products = await tx
        .getRepository(Product)
        .find({ where: { sku: In(lines.map((l) => l.sku)) } });
      const invoice = await tx.getRepository(Invoice).save(
        tx.getRepository(Invoice).create({
          companyId: company.id,
          number: input.number,
          issuedAt: input.issuedAt,
          source: InvoiceSource.ERP,
          orderId: null,
          totalMinor: lines.reduce((s, l) => s + l.unitPriceMinor * l.quantity, 0),
          currency: input.currency,
        }),
      );
      await tx.getRepository(InvoiceLine).insert(
        lines.map((l) => ({
          ...l,
          invoiceId: invoice.id,
          productId: products.find((p) => p.sku === l.sku)?.id ?? null,
        })),
      );
      await audit(
        ctx,
        tx,
        'invoice.imported',
        { type: 'Invoice', id: invoice.id, companyId: company.id },
        { number: invoice.number },
      );
      return invoice;
    });
  }
}
