import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { keysetPage, timeThenId, type Connection } from '../../common/connection';
import type { RequestContext } from '../../context/request-context';
import { requireRepresentative } from '../../context/viewer';
import { escapeLike } from '../../common/ids';
import { normalizedSql } from '../../common/search';
import { normalizeForSearch } from '../../../../shared/src/search';
import type { DocumentsArgs } from './order/order.inputs';

/**
 * The filters of the order and invoice lists: a date range and a part of the number, matched
 * without regard to case, spaces or separators (shared/src/search.ts).
 */
export function filterDocuments<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  dateColumn: string,
  args: DocumentsArgs,
): void {
  const f = args.filter;
  if (f?.from) qb.andWhere(`${alias}."${dateColumn}" >= :from`, { from: f.from });
  if (f?.to) qb.andWhere(`${alias}."${dateColumn}" < :to`, { to: f.to });
  // However the number is written (IDX_order_number_trgm, IDX_invoice_number_trgm).
  const number = normalizeForSearch(f?.number ?? '');
  if (number)
    qb.andWhere(`${normalizedSql(`${alias}."number"`)} LIKE :number`, {
      number: `%${escapeLike(number)}%`,
    });
}

/** One page of the viewer's company's orders or invoices, newest first, filtered. */
export function companyDocuments<T extends ObjectLiteral & { id: string }>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  dateColumn: keyof T & string,
  args: DocumentsArgs,
): Promise<Connection<T>> {
  const rep = requireRepresentative(ctx);
  const qb = ctx.db
    .getRepository(entity)
    .createQueryBuilder('d')
    .where('d.companyId = :companyId', { companyId: rep.companyId });
  filterDocuments(qb, 'd', dateColumn, args);
  return keysetPage(
    qb,
    args,
    timeThenId('d', dateColumn, (d) => d[dateColumn] as Date),
    'DESC',
  );
}
