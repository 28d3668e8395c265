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
      const repo = tx.getRepository(BasketItem);
      const existing = await repo.findOne({ where: { representativeId: rep.id, productId } });
      const next = mode === 'add' ? (existing?.quantity ?? 0) + quantity : quantity;
      if (next > MAX_LINE_QUANTITY) {
        throw new BadUserInputError(`At most ${MAX_LINE_QUANTITY} units per line.`, 'quantity');
      }
      if (next === 0) {
        if (existing) await repo.delete({ id: existing.id });
      } else if (existing) {
        await repo.update({ id: existing.id }, { quantity: next });
      } else {
        await repo.insert({ representativeId: rep.id, productId, quantity: next });
      }
      return loadBasket(tx, rep.id);
    });
  }
}
