import { isUuid } from '../../../common/ids';
import { In, type EntityManager } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../../../common/errors';
import { formatAmount } from '../../../common/money';
import type { RequestContext } from '../../../context/request-context';
import { requireRepresentative } from '../../../context/viewer';
import { Product } from '../catalog/product.entity';
import { BasketItem } from './basket-item.entity';
import type { Basket } from './basket.types';

export const MAX_LINE_QUANTITY = 9999;
export const DEFAULT_CURRENCY = 'EUR';

/** The basket's lines with their products (two statements, whatever its size). */
export async function loadBasket(db: EntityManager, representativeId: string): Promise<Basket> {
  const items = await db
    .getRepository(BasketItem)
    .find({ where: { representativeId }, order: { createdAt: 'ASC' } });
  const products = items.length
    ? await db.getRepository(Product).find({ where: { id: In(items.map((i) => i.productId)) } })
    : [];
  const byId = new Map(products.map((p) => [p.id, p]));
  const lines = items
    .map((i) => ({ item: i, product: byId.get(i.productId) }))
    .filter((x): x is { item: BasketItem; product: Product } => !!x.product)
    .map(({ item, product }) => ({
      product,
      quantity: item.quantity,
      lineTotal: formatAmount(product.priceMinor * item.quantity),
      available: product.active && product.stock >= item.quantity,
    }));
  const totalMinor = lines.reduce((sum, l) => sum + l.product.priceMinor * l.quantity, 0);
  return {
    lines,
    itemCount: lines.reduce((n, l) => n + l.quantity, 0),
    total: formatAmount(totalMinor),
    currency: lines[0]?.product.currency ?? DEFAULT_CURRENCY,
  };
}

/**
 * Adds to (or sets) a basket line in one statement, safe under concurrency: the unique index on
 * (representativeId, productId) decides, and PostgreSQL adds to the row under its own row lock.
 * False when the line would exceed MAX_LINE_QUANTITY (nothing changed).
 */
async function upsertLine(
  tx: EntityManager,
  representativeId: string,
  productId: string,
  quantity: number,
  mode: 'add' | 'set',
): Promise<boolean> {
  const next = mode === 'add' ? 'basket_item.quantity + EXCLUDED.quantity' : 'EXCLUDED.quantity';
  const rows: unknown[] = await tx.query(
    `INSERT INTO basket_item ("representativeId", "productId", quantity) VALUES ($1, $2, $3)
     ON CONFLICT ("representativeId", "productId")
     DO UPDATE SET quantity = ${next}, "updatedAt" = now() WHERE ${next} <= $4
     RETURNING id`,
    [representativeId, productId, quantity, MAX_LINE_QUANTITY],
  );
  return rows.length > 0;
}

export class BasketService {
  get(ctx: RequestContext): Promise<Basket> {
    return loadBasket(ctx.db.manager, requireRepresentative(ctx).id);
  }

  /** Adds to what is already in the basket. */
  add(ctx: RequestContext, productId: string, quantity: number): Promise<Basket> {
    return this.change(ctx, productId, quantity, 'add');
  }

  /** Sets the quantity; 0 removes the line. */
  set(ctx: RequestContext, productId: string, quantity: number): Promise<Basket> {
    return this.change(ctx, productId, quantity, 'set');
  }

  private async change(
    ctx: RequestContext,
    productId: string,
    quantity: number,
    mode: 'add' | 'set',
  ): Promise<Basket> {
    const rep = requireRepresentative(ctx);
    if (
      !Number.isInteger(quantity) ||
      quantity < (mode === 'add' ? 1 : 0) ||
      quantity > MAX_LINE_QUANTITY
    ) {
      throw new BadUserInputError(
        `The quantity must be a whole number from ${mode === 'add' ? 1 : 0} to ${MAX_LINE_QUANTITY}.`,
        'quantity',
      );
    }
    return ctx.transaction(async (tx) => {
      const product = isUuid(productId)
        ? await tx.getRepository(Product).findOne({ where: { id: productId, active: true } })
        : null;
      if (!product) throw new NotFoundError('Product');
      if (quantity === 0) {
        await tx.getRepository(BasketItem).delete({ representativeId: rep.id, productId });
      } else if (!(await upsertLine(tx, rep.id, productId, quantity, mode))) {
        throw new BadUserInputError(`At most ${MAX_LINE_QUANTITY} units per line.`, 'quantity');
      }
      return loadBasket(tx, rep.id);
    });
  }
}
