import { In, type EntityManager } from 'typeorm';
import { entitiesOf } from '../../../common/raw-rows';
import type { RequestContext } from '../../../context/request-context';
import { releasesQuantity } from '../../../../../shared/src/rma';
import { InvoiceLine } from '../../shop/invoice/invoice.entity';
import { ReturnEvent, ReturnItem, type ReturnRequest } from './return-request.entity';

/** Invoiced quantity minus what is in returns not denied or rejected, per invoice line. */
export async function returnableQuantities(
  db: EntityManager,
  lines: InvoiceLine[],
): Promise<Map<string, number>> {
  const taken = lines.length
    ? await db
        .getRepository(ReturnItem)
        .find({ where: { invoiceLineId: In(lines.map((l) => l.id)) } })
    : [];
  const result = new Map(lines.map((l) => [l.id, l.quantity]));
  for (const item of taken) {
    if (releasesQuantity(item.status)) continue;
    result.set(item.invoiceLineId, (result.get(item.invoiceLineId) ?? 0) - item.quantity);
  }
  return result;
}

/** What can still be returned of an invoice line, batched per request. */
export function returnableLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, number>('invoiceLine.returnable', async (ids) => {
    const lines = await ctx.db.getRepository(InvoiceLine).find({ where: { id: In([...ids]) } });
    const map = await returnableQuantities(ctx.db.manager, lines);
    return ids.map((id) => Math.max(0, map.get(id) ?? 0));
  });
}

/** The items a list loaded for its whole page, kept on each return (no promise per row). */
const PAGE_ITEMS = Symbol('return.pageItems');

type WithItems = ReturnRequest & { [PAGE_ITEMS]?: ReturnItem[] };

/** Loads the items of a page of returns at once (the loader's one statement) and keeps them. */
export async function loadPageItems(ctx: RequestContext, page: ReturnRequest[]): Promise<void> {
  if (!page.length) return;
  const lists = await returnItemsLoader(ctx).loadMany(page.map((r) => r.id));
  page.forEach((r, i) => {
    const items = lists[i];
    if (Array.isArray(items)) (r as WithItems)[PAGE_ITEMS] = items;
  });
}

/** The items of a return: those its list loaded, or through the loader. */
export function itemsOf(
  ctx: RequestContext,
  r: ReturnRequest,
): ReturnItem[] | Promise<ReturnItem[]> {
  return (r as WithItems)[PAGE_ITEMS] ?? returnItemsLoader(ctx).load(r.id);
}

/** The items of returns, in the order the customer added them, batched per request. */
export function returnItemsLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, ReturnItem[]>('return.items', async (ids) => {
    const items = await entitiesOf(
      ctx.db
        .getRepository(ReturnItem)
        .createQueryBuilder('i')
        .where('i."returnRequestId" = ANY(:ids)', { ids: [...ids] })
        .orderBy('i.position', 'ASC'),
    );
    const byReturn = new Map<string, ReturnItem[]>();
    for (const item of items) {
      const list = byReturn.get(item.returnRequestId);
      if (list) list.push(item);
      else byReturn.set(item.returnRequestId, [item]);
    }
    return ids.map((id) => byReturn.get(id) ?? []);
  });
}

/** The timelines of returns, oldest first, batched per request. */
export function returnEventsLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, ReturnEvent[]>('return.events', async (ids) => {
    const events = await ctx.db
      .getRepository(ReturnEvent)
      .find({ where: { returnRequestId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    return ids.map((id) => events.filter((e) => e.returnRequestId === id));
  });
}
