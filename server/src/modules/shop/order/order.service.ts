import { isUuid } from '../../../common/ids';
import { In, type EntityManager } from 'typeorm';
import type { Connection } from '../../../common/connection';
import { uniqueViolation } from '../../../common/db-errors';
import { NotFoundError } from '../../../common/errors';
import { formatNumber, nextInSeries } from '../../../common/sequence';
import type { RequestContext } from '../../../context/request-context';
import { requireRepresentative } from '../../../context/viewer';
import { audit } from '../../../audit/audit.service';
import { BasketItem } from '../basket/basket-item.entity';
import { Product } from '../catalog/product.entity';
import { Invoice, InvoiceLine, InvoiceSource } from '../invoice/invoice.entity';
import { dueDate } from '../../../../../shared/src/vat';
import { EmptyBasketError, OutOfStockError } from './order.errors';
import { companyDocuments } from '../documents';
import type { DocumentsArgs, PlaceOrderInput } from './order.inputs';
import { Order, OrderLine } from './order.entity';

export class OrderService {
  /**
   * Turns the basket into an order and its invoice, in one transaction. Stock is taken with
   * a conditional UPDATE per product (in product order, so concurrent orders never deadlock),
   * so concurrent orders can never sell more than exists. The same idempotency key returns the
   * same order: a double click makes one order.
   */
  async place(ctx: RequestContext, input: PlaceOrderInput): Promise<Order> {
    const rep = requireRepresentative(ctx);
    const existing = await ctx.db
      .getRepository(Order)
      .findOne({ where: { representativeId: rep.id, idempotencyKey: input.idempotencyKey } });
    if (existing) return existing;
    try {
      return await ctx.transaction((tx) => this.placeIn(ctx, tx, rep, input));
    } catch (err) {
      if (uniqueViolation(err) === 'UQ_order_idempotency') {
        return ctx.db.getRepository(Order).findOneOrFail({
          where: { representativeId: rep.id, idempotencyKey: input.idempotencyKey },
        });
      }
      throw err;
    }
  }

  private async placeIn(
    ctx: RequestContext,
    tx: EntityManager,
    rep: { id: string; companyId: string },
    input: PlaceOrderInput,
  ): Promise<Order> {
    const items = await tx
      .getRepository(BasketItem)
      .createQueryBuilder('b')
      .where('b.representativeId = :id', { id: rep.id })
      .orderBy('b.productId', 'ASC')
      .setLock('pessimistic_write')
      .getMany();
    // A second click waited for the first one's lock: its order exists now.
    const placed = await tx
      .getRepository(Order)
      .findOne({ where: { representativeId: rep.id, idempotencyKey: input.idempotencyKey } });
    if (placed) return placed;
    if (!items.length) throw new EmptyBasketError();
    const taken = await this.takeStock(tx, items);
    const now = new Date();
    const year = now.getUTCFullYear();
    const currency = taken[0]!.product.currency;
    const totalMinor = taken.reduce((sum, t) => sum + t.product.priceMinor * t.quantity, 0);
    const order = await tx.getRepository(Order).save(
      tx.getRepository(Order).create({
        companyId: rep.companyId,
        representativeId: rep.id,
        idempotencyKey: input.idempotencyKey,
        number: formatNumber('ZAM', year, await nextInSeries(tx, 'ORDER', year)),
        totalMinor,
        currency,
        reference: input.reference?.trim() || null,
      }),
    );
    const lines = taken.map((t, i) => ({
      lineNo: i + 1,
      productId: t.product.id,
      sku: t.product.sku,
      name: t.product.name,
      quantity: t.quantity,
      unitPriceMinor: t.product.priceMinor,
    }));
    await tx.getRepository(OrderLine).insert(lines.map((l) => ({ ...l, orderId: order.id })));
    const invoice = await tx.getRepository(Invoice).save(
      tx.getRepository(Invoice).create({
        companyId: rep.companyId,
        number: formatNumber('FV', year, await nextInSeries(tx, 'INVOICE', year)),
        issuedAt: now,
        dueAt: dueDate(now, ctx.config.paymentTermsDays),
        paymentTermsDays: ctx.config.paymentTermsDays,
        source: InvoiceSource.ORDER,
        orderId: order.id,
        totalMinor,
        currency,
      }),
    );
    // The invoice keeps each product's VAT rate as it is today.
    await tx.getRepository(InvoiceLine).insert(
      lines.map((l, i) => ({
        ...l,
        invoiceId: invoice.id,
        vatRateBp: taken[i]!.product.vatRateBp,
      })),
    );
    await tx.getRepository(BasketItem).delete({ representativeId: rep.id });
    await audit(
      ctx,
      tx,
      'order.placed',
      { type: 'Order', id: order.id, companyId: rep.companyId },
      { number: order.number, invoice: invoice.number, totalMinor },
    );
    return order;
  }

  /**
   * Takes each basket line's quantity from stock with a conditional UPDATE (in product order,
   * so concurrent orders never deadlock); OUT_OF_STOCK when a product no longer has enough.
   */
  private async takeStock(
    tx: EntityManager,
    items: BasketItem[],
  ): Promise<Array<{ product: Product; quantity: number }>> {
    const taken: Array<{ product: Product; quantity: number }> = [];
    for (const item of items) {
      const result = await tx
        .createQueryBuilder()
        .update(Product)
        .set({ stock: () => 'stock - :quantity' })
        .where('id = :id AND active AND stock >= :quantity', {
          id: item.productId,
          quantity: item.quantity,
        })
        .returning('*')
        .execute();
      const row = (result.raw as Product[])[0];
      if (!row) {
        const p = await tx.getRepository(Product).findOne({ where: { id: item.productId } });
        throw new OutOfStockError(p?.sku ?? item.productId, p?.active ? p.stock : 0);
      }
      taken.push({ product: tx.getRepository(Product).create(row), quantity: item.quantity });
    }
    return taken;
  }

  async list(ctx: RequestContext, args: DocumentsArgs): Promise<Connection<Order>> {
    return companyDocuments(ctx, Order, 'createdAt', args);
  }

  async get(ctx: RequestContext, id: string): Promise<Order> {
    const rep = requireRepresentative(ctx);
    const order = isUuid(id)
      ? await ctx.db.getRepository(Order).findOne({ where: { id, companyId: rep.companyId } })
      : null;
    if (!order) throw new NotFoundError('Order');
    return order;
  }
}

export function orderLinesLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, OrderLine[]>('order.lines', async (ids) => {
    const lines = await ctx.db
      .getRepository(OrderLine)
      .find({ where: { orderId: In([...ids]) }, order: { lineNo: 'ASC' } });
    return ids.map((id) => lines.filter((l) => l.orderId === id));
  });
}

export function orderInvoiceLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, Invoice | null>('order.invoice', async (ids) => {
    const invoices = await ctx.db.getRepository(Invoice).find({ where: { orderId: In([...ids]) } });
    return ids.map((id) => invoices.find((i) => i.orderId === id) ?? null);
  });
}
