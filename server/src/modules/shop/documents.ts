import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { likePattern } from '../../common/ids';
import type { DocumentsArgs } from './order/order.inputs';

/** The filters of the order and invoice lists: a date range and a part of the number. */
export function filterDocuments<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  dateColumn: string,
  args: DocumentsArgs,
): void {
  const f = args.filter;
  if (f?.from) qb.andWhere(`${alias}."${dateColumn}" >= :from`, { from: f.from });
  if (f?.to) qb.andWhere(`${alias}."${dateColumn}" < :to`, { to: f.to });
  if (f?.number?.trim()) {
    qb.andWhere(`${alias}.number ILIKE :number`, { number: likePattern(f.number) });
  }
}
