import { Brackets, In, type SelectQueryBuilder } from 'typeorm';
import { keysetPage, newestFirst, type Connection } from '../../../common/connection';
import { NotFoundError } from '../../../common/errors';
import { isUuid } from '../../../common/ids';
import type { RequestContext } from '../../../context/request-context';
import {
  agentIdOf,
  representativeOrNull,
  requireStaff,
  tenantScope,
  tenantWhere,
} from '../../../context/viewer';
import { OPEN_TICKET_STATUSES } from '../../../../../shared/src/tickets';
import { Agent } from '../../accounts/agent/agent.entity';
import { allowedPortals } from '../request-type/request-type.service';
import { Ticket } from './ticket.entity';
import { AssigneeFilter, TicketScope, type TicketFilter, type TicketsArgs } from './ticket.inputs';

/** Matches no row: a malformed id in a filter finds nothing instead of failing in SQL. */
const NO_ID = '00000000-0000-0000-0000-000000000000';

/** Reads of support requests: the list, one request, search. */
export class TicketQueries {
  /** Requests by last activity (newest first); without filter.statuses only open ones. */
  list(ctx: RequestContext, args: TicketsArgs): Promise<Connection<Ticket>> {
    const f = args.filter ?? {};
    const qb = ctx.db.getRepository(Ticket).createQueryBuilder('t');
    qb.where('t.portalKey IN (:...portals)', { portals: allowedPortals(ctx) });
    const companyId = tenantScope(ctx);
    if (companyId) this.customerFilters(ctx, qb, companyId, f);
    else this.staffFilters(ctx, qb, f);
    qb.andWhere('t.status IN (:...statuses)', {
      statuses: f.statuses?.length ? f.statuses : OPEN_TICKET_STATUSES,
    });
    if (f.portalKey) qb.andWhere('t.portalKey = :portalKey', { portalKey: f.portalKey });
    if (f.requestTypeId)
      qb.andWhere('t.requestTypeId = :type', {
        type: isUuid(f.requestTypeId) ? f.requestTypeId : NO_ID,
      });
    this.search(qb, f.search);
    return keysetPage(
      qb,
      args,
      newestFirst<Ticket>('t', 'lastActivityAt', (t) => t.lastActivityAt),
      'DESC',
    );
  }

  /** One request by key: every representative of the company, and staff; anyone else NOT_FOUND. */
  async get(ctx: RequestContext, key: string): Promise<Ticket> {
    const ticket = await ctx.db.getRepository(Ticket).findOne({
      where: {
        key: key.trim().toUpperCase(),
        portalKey: In(allowedPortals(ctx)),
        ...tenantWhere(ctx),
      },
    });
    if (!ticket) throw new NotFoundError('Request');
    return ticket;
  }

  /** Staff: the active colleagues a request can be assigned to. */
  agents(ctx: RequestContext): Promise<Agent[]> {
    requireStaff(ctx);
    return ctx.db.getRepository(Agent).find({ where: { active: true }, order: { name: 'ASC' } });
  }

  private customerFilters(
    ctx: RequestContext,
    qb: SelectQueryBuilder<Ticket>,
    companyId: string,
    f: TicketFilter,
  ): void {
    qb.andWhere('t.companyId = :companyId', { companyId });
    const me = representativeOrNull(ctx)?.representative.id;
    if (f.scope === TicketScope.MINE && me) {
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('t.reporterId = :me', { me })
            .orWhere(
              'EXISTS (SELECT 1 FROM ticket_participant p WHERE p."ticketId" = t.id AND p."representativeId" = :me)',
            ),
        ),
      );
    }
  }

  private staffFilters(ctx: RequestContext, qb: SelectQueryBuilder<Ticket>, f: TicketFilter): void {
    if (f.companyId)
      qb.andWhere('t.companyId = :companyId', {
        companyId: isUuid(f.companyId) ? f.companyId : NO_ID,
      });
    if (f.assignee === AssigneeFilter.UNASSIGNED) qb.andWhere('t.assigneeId IS NULL');
    const agentId = agentIdOf(ctx);
    if (f.assignee === AssigneeFilter.ME && agentId)
      qb.andWhere('t.assigneeId = :agent', { agent: agentId });
    if (f.olderThanDays !== undefined && f.olderThanDays !== null) {
      qb.andWhere('t.createdAt <= :before', {
        before: new Date(Date.now() - f.olderThanDays * 86_400_000),
      });
    }
  }

  /** The key exactly, or every word as a prefix in subject and description. */
  private search(qb: SelectQueryBuilder<Ticket>, text: string | undefined): void {
    const search = text?.trim();
    if (!search) return;
    const words = search
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .slice(0, 8);
    qb.andWhere(
      new Brackets((w) => {
        w.where('lower(t.key) = :key', { key: search.toLowerCase() });
        if (words.length) {
          w.orWhere(
            `to_tsvector('simple', t.subject || ' ' || t.description) @@ to_tsquery('simple', :tsq)`,
            { tsq: words.map((x) => `${x}:*`).join(' & ') },
          );
        }
      }),
    );
  }
}
