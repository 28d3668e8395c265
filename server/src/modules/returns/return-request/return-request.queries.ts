import type { EntityManager } from 'typeorm';
import { keysetPage, timeThenId, type Connection } from '../../../common/connection';
import { NotFoundError } from '../../../common/errors';
import { isUuid } from '../../../common/ids';
import { fragmentPattern, normalizedSql } from '../../../common/search';
import type { RequestContext } from '../../../context/request-context';
import { companyInScope, tenantWhere } from '../../../context/viewer';
import { ReturnRequest } from './return-request.entity';
import type { ReturnRequestsArgs } from './return-request.inputs';

/**
 * The return a viewer may see, locked for the rest of the transaction: a representative's
 * own company's, any for staff; NOT_FOUND for anything else.
 */
export async function lockVisibleReturn(
  ctx: RequestContext,
  tx: EntityManager,
  id: string,
): Promise<ReturnRequest> {
  const scope = tenantWhere(ctx);
  if (!isUuid(id)) throw new NotFoundError('Return');
  const qb = tx
    .getRepository(ReturnRequest)
    .createQueryBuilder('r')
    .where('r.id = :id', { id })
    .setLock('pessimistic_write');
  if (scope.companyId) qb.andWhere('r.companyId = :companyId', { companyId: scope.companyId });
  const request = await qb.getOne();
  if (!request) throw new NotFoundError('Return');
  return request;
}

/**
 * The returns whose RMA number, serial numbers, SKUs or invoice numbers contain `:search` (a
 * normalized LIKE pattern, or null: none), each branch driven by its trigram index.
 */
const RETURN_SEARCH_SQL = `
  SELECT id FROM return_request WHERE ${normalizedSql('"rmaNumber"')} LIKE :search
  UNION SELECT "returnRequestId" FROM return_item WHERE ${normalizedSql('"serialNumber"')} LIKE :search
  UNION SELECT "returnRequestId" FROM return_item WHERE ${normalizedSql('"sku"')} LIKE :search
  UNION SELECT "returnRequestId" FROM return_item WHERE ${normalizedSql('"invoiceNumber"')} LIKE :search`;

/** Reads of returns: the list (the customer's, or the staff queue) and one return. */
export class ReturnRequestQueries {
  /** Newest first: a representative's company's returns, or (staff) every company's. */
  list(ctx: RequestContext, args: ReturnRequestsArgs): Promise<Connection<ReturnRequest>> {
    const f = args.filter ?? {};
    const companyId = companyInScope(ctx, f.companyId);
    const qb = ctx.db.getRepository(ReturnRequest).createQueryBuilder('r');
    if (companyId) qb.andWhere('r.companyId = :companyId', { companyId });
    if (f.statuses?.length) qb.andWhere('r.status IN (:...statuses)', { statuses: f.statuses });
    if (f.kind) qb.andWhere('r.kind = :kind', { kind: f.kind });
    if (f.olderThanDays !== undefined && f.olderThanDays !== null) {
      qb.andWhere('r.createdAt <= :before', {
        before: new Date(Date.now() - f.olderThanDays * 86_400_000),
      });
    }
    const rma = fragmentPattern(f.rmaNumber);
    if (rma) qb.andWhere(`${normalizedSql('r."rmaNumber"')} LIKE :rma`, { rma });
    const search = fragmentPattern(f.search);
    if (f.search?.trim()) qb.andWhere(`r.id IN (${RETURN_SEARCH_SQL})`, { search });
    return keysetPage(
      qb,
      args,
      timeThenId<ReturnRequest>('r', 'createdAt', (r) => r.createdAt),
      'DESC',
    );
  }

  /** One return by RMA number: the owning company's representatives and staff only. */
  async get(ctx: RequestContext, rmaNumber: string): Promise<ReturnRequest> {
    const found = await ctx.db.getRepository(ReturnRequest).findOne({
      where: { rmaNumber: rmaNumber.trim().toUpperCase(), ...tenantWhere(ctx) },
    });
    if (!found) throw new NotFoundError('Return');
    return found;
  }
}
