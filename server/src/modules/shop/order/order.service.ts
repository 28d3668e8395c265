import { isUuid } from '../../../common/ids';
import { In, type EntityManager } from 'typeorm';
import type { Connection } from '../../../common/connection';
import { entitiesOf } from '../../../common/raw-rows';
import { uniqueViolation } from '../../../common/db-errors';
import { NotFoundError } from '../../../common/errors';
import { formatNumber, nextInSeriesMany } from '../../../common/sequence';
import type { RequestContext } from '../../../context/request-context';
import { requireRepresentative } from '../../../context/viewer';
import { audit } from '../../../audit/audit.service';
import { BasketItem } from '../basket/basket-item.entity';
import { Product } from '../catalog/product.entity';
import { Invoice, InvoiceSource } from '../invoice/invoice.entity';
import { dueDate } from '../../../../../shared/src/vat';
import { EmptyBasketError, OutOfStockError } from './order.errors';
import { companyDocuments } from '../documents';
import type { DocumentsArgs, PlaceOrderInput } from './order.inputs';
import { Order, OrderLine } from './order.entity';

/**
 * The order, its lines, its invoice and the invoice's lines, and the emptied basket, in one
 * statement. $1–$7: the order; $8–$12: the invoice; $13–$18: the lines (arrays).
 */
const PLACE_SQL = `
  WITH o AS (
    INSERT INTO customer_order ("companyId", "representativeId", "idempotencyKey", number, "totalMinor", currency, reference)
    VALUES ($1, $2, $3, $4, $5, $6, $7)
    RETURNING id, "createdAt", "updatedAt"),
  l AS (
    SELECT * FROM unnest($13::uuid[], $14::varchar[], $15::varchar[], $16::int[], $17::bigint[], $18::int[])
      WITH ORDINALITY AS l("productId", sku, name, quantity, "unitPriceMinor", "vatRateBp", "lineNo")),
  ol AS (
    INSERT INTO customer_order_line ("orderId", "lineNo", "productId", sku, name, quantity, "unitPriceMinor")
    SELECT o.id, l."lineNo", l."productId", l.sku, l.name, l.quantity, l."unitPriceMinor" FROM o, l),
  i AS (
    INSERT INTO invoice ("companyId", number, "issuedAt", "dueAt", "paymentTermsDays", source, "orderId", "totalMinor", currency)
    SELECT $1, $8::varchar, $9::timestamptz, $10::timestamptz, $11::int, $12::varchar, o.id, $5, $6 FROM o
    RETURNING id),
  il AS (
    INSERT INTO invoice_line ("invoiceId", "lineNo", "productId", sku, name, quantity, "unitPriceMinor", "vatRateBp")
    SELECT i.id, l."lineNo", l."productId", l.sku, l.name, l.quantity, l."unitPriceMinor", l."vatRateBp" FROM i, l),
  emptied AS (DELETE FROM basket_item WHERE "representativeId" = $2)
  SELECT * FROM o`;

export class OrderService {
  /**
   * Turns the basket into an order and its invoice, in one transaction. Stock is taken with
   * a conditional UPDATE per product (in product order, so concurrent orders never deadlock),
   * so concurrent orders can never sell more than exists. The same idempotency key returns the
   * same order: a double click makes one order. In 6 statements from BEGIN to COMMIT: the
   * basket locked, the key looked up, the stock taken, both numbers taken, the order, its
   * invoice, their lines and the emptied basket written at once, and the audit event.
   */
  async place(ctx: RequestContext, input: PlaceOrderInput): Promise<Order> {
    const rep = requireRepresentative(ctx);
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
    const items = await entitiesOf(
      tx
        .getRepository(BasketItem)
        .createQueryBuilder('b')
        .where('b.representativeId = :id', { id: rep.id })
        .orderBy('b.productId', 'ASC')
        .setLock('pessimistic_write'),
    );
    // A second click waited for the first one's lock: its order exists now.
    const [placed] = await entitiesOf(
      tx
        .getRepository(Order)
        .createQueryBuilder('o')
        .where('o.representativeId = :id AND o.idempotencyKey = :key', {
          id: rep.id,
          key: input.idempotencyKey,
        })
        .limit(1),
    );
    if (placed) return placed;
    if (!items.length) throw new EmptyBasketError();
    const taken = await this.takeStock(tx, items);
    const now = new Date();
    const year = now.getUTCFullYear();
    const currency = taken[0]!.product.currency;
    const totalMinor = taken.reduce((sum, t) => sum + t.product.priceMinor * t.quantity, 0);
    const [orderNo, invoiceNo] = await nextInSeriesMany(tx, [
      { series: 'ORDER', year },
      { series: 'INVOICE', year },
    ]);
    const fields = {
      companyId: rep.companyId,
      representativeId: rep.id,
      idempotencyKey: input.idempotencyKey,
      number: formatNumber('ZAM', year, orderNo!),
      totalMinor,
      currency,
      reference: input.reference?.trim() || null,
    };
    const invoice = {
      number: formatNumber('FV', year, invoiceNo!),
      issuedAt: now,
      dueAt: dueDate(now, ctx.config.paymentTermsDays),
      paymentTermsDays: ctx.config.paymentTermsDays,
      source: InvoiceSource.ORDER,
    };
    const [written] = (await tx.query(PLACE_SQL, [
      ...Object.values(fields),
      invoice.number,
      invoice.issuedAt,
      invoice.dueAt,
      invoice.paymentTermsDays,
      invoice.source,
      taken.map((t) => t.product.id),
      taken.map((t) => t.product.sku),
      taken.map((t) => t.product.name),
      taken.map((t) => t.quantity),
      taken.map((t) => t.product.priceMinor),
      // The invoice keeps each product's VAT rate as it is today.
      taken.map((t) => t.product.vatRateBp),
    ])) as Array<{ id: string; createdAt: Date; updatedAt: Date }>;
    const order = tx.getRepository(Order).create({ ...fields, ...written });
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
   * Takes each basket line's quantity from stock with one conditional UPDATE (the products
   * locked in id order first, so concurrent orders never deadlock); OUT_OF_STOCK when a
   * product no longer has enough (the first such in product order).
   */
  private async takeStock(
    tx: EntityManager,
    items: BasketItem[],
  ): Promise<Array<{ product: Product; quantity: number }>> {
    const rows: Product[] = await tx.query(
      `WITH wanted AS (SELECT * FROM unnest($1::uuid[], $2::int[]) AS w(id, quantity)),
       locked AS (SELECT p.id FROM product p WHERE p.id IN (SELECT id FROM wanted) ORDER BY p.id FOR UPDATE),
       taken AS (
         UPDATE product p SET stock = p.stock - w.quantity, "updatedAt" = CURRENT_TIMESTAMP
           FROM wanted w
          WHERE p.id = w.id AND p.id IN (SELECT id FROM locked) AND p.active AND p.stock >= w.quantity
         RETURNING p.*)
       SELECT * FROM taken`,
      [items.map((i) => i.productId), items.map((i) => i.quantity)],
    );
    const taken: Array<{ product: Product; quantity: number }> = [];
    for (const item of items) {
      const row = rows.find((r) => r.id === item.productId);
      if (!row) {
        const p = await tx.getRepository(Product).findOne({ where: { id: item.productId } });
        throw new OutOfStockError(p?.sku ?? item.productId, p?.active ? p.stock : 0);
      }
      const product = tx
        .getRepository(Product)
        .create({ ...row, priceMinor: Number(row.priceMinor) });
      taken.push({ product, quantity: item.quantity });
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
