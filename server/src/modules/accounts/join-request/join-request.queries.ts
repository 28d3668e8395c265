import { In } from 'typeorm';
import { keysetPage, timeThenId, type Connection } from '../../../common/connection';
import type { RequestContext } from '../../../context/request-context';
import { Company } from '../company/company.entity';
import { joinDecider } from './join-request.commands';
import { JoinRequest, JoinRequestStatus } from './join-request.entity';
import type { JoinRequestsArgs } from './join-request.inputs';

export class JoinRequestQueries {
  /**
   * The pending, unexpired requests, oldest first: an administrator's own company's; for
   * staff, those of companies without an active administrator (the agents' queue).
   */
  list(ctx: RequestContext, args: JoinRequestsArgs): Promise<Connection<JoinRequest>> {
    const decider = joinDecider(ctx);
    const qb = ctx.db
      .getRepository(JoinRequest)
      .createQueryBuilder('j')
      .where('j.status = :status AND j.expiresAt > now()', { status: JoinRequestStatus.PENDING });
    if (decider.companyId)
      qb.andWhere('j.companyId = :companyId', { companyId: decider.companyId });
    else qb.andWhere('j.routedToStaff');
    return keysetPage(
      qb,
      args,
      timeThenId<JoinRequest>('j', 'createdAt', (r) => r.createdAt),
      'ASC',
    );
  }

  /** The companies of a page of requests, in one query. */
  companies(ctx: RequestContext) {
    return ctx.loaders.get<string, Company | null>('joinRequest.company', async (ids) => {
      const rows = await ctx.db.getRepository(Company).find({ where: { id: In([...ids]) } });
      return ids.map((id) => rows.find((c) => c.id === id) ?? null);
    });
  }
}
