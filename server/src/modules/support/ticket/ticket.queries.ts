import type { ObjectLiteral } from 'typeorm';
import { cursorValues, pageSize, toConnection, type Connection } from '../../../common/connection';
import { NotFoundError } from '../../../common/errors';
import { isUuid } from '../../../common/ids';
import type { RequestContext } from '../../../context/request-context';
import {
  agentIdOf,
  representativeOrNull,
  requireStaff,
  tenantScope,
} from '../../../context/viewer';
import { OPEN_TICKET_STATUSES } from '../../../../../shared/src/tickets';
import { Agent } from '../../accounts/agent/agent.entity';
import { Representative } from '../../accounts/representative/representative.entity';
import { RequestType } from '../request-type/request-type.entity';
import { allowedPortals } from '../request-type/request-type.service';
import { Ticket } from './ticket.entity';
import { slaQueueOrder } from '../sla/sla.queue';
import {
  BY_ACTIVITY,
  combine,
  listSql,
  searchBranches,
  SqlParams,
  TICKET_LIST_COLUMNS,
  type Branch,
} from './ticket.list-sql';
import { entitiesOf, fromColumns, prefixedColumns, prefixedEntity } from '../../../common/raw-rows';
import { attachJoined, ticketLoaders } from './ticket.loaders';
import { AssigneeFilter, TicketScope, type TicketFilter, type TicketsArgs } from './ticket.inputs';

/**
 * The request type's columns its GraphQL fields read (name, names, fullName, children: not its
 * timestamps, which the API does not show): two dates fewer to parse on every row of a list.
 */
const REQUEST_TYPE_READ: ReadonlySet<string> = new Set([
  'groupId',
  'parentId',
  'names',
  'position',
  'active',
]);

/** Matches no row: a malformed id in a filter finds nothing instead of failing in SQL. */
const NO_ID = '00000000-0000-0000-0000-000000000000';

/** Reads of support requests: the list, one request, search. */
export class TicketQueries {
  /**
   * Requests by last activity (newest first); without filter.statuses only open ones. Raw
   * SQL shaped for the indexes (ticket.list-sql.ts); the reporter and the request type come
   * in the same statement and stay on the row (the request type also primes its loader, which
   * a sub-category's full name reads its parent through).
   */
  async list(
    ctx: RequestContext,
    args: TicketsArgs,
    /** The reporter's fields the operation reads: only their columns are selected. */
    read: { reporter?: ReadonlySet<string> } = {},
  ): Promise<Connection<Ticket>> {
    const f = args.filter ?? {};
    const params = new SqlParams();
    const common = [`t."portalKey" = ANY(${params.add(allowedPortals(ctx))})`];
    const companyId = tenantScope(ctx);
    const scope = companyId
      ? this.customerFilters(ctx, params, common, { companyId, f })
      : this.staffFilters(ctx, params, common, f);
    common.push(
      `t.status = ANY(${params.add(f.statuses?.length ? f.statuses : OPEN_TICKET_STATUSES)})`,
    );
    if (f.portalKey) common.push(`t."portalKey" = ${params.add(f.portalKey)}`);
    if (f.requestTypeId)
      common.push(
        `t."requestTypeId" = ${params.add(isUuid(f.requestTypeId) ? f.requestTypeId : NO_ID)}`,
      );
    const by = companyId ? BY_ACTIVITY : await slaQueueOrder(ctx, params, common, args);
    const branches = combine(scope, searchBranches(params, f.search));
    const size = pageSize(args);
    let seek: string | null = null;
    if (args.after) {
      const [at, id] = cursorValues(args.after, ['timestamp', 'uuid']);
      const op = by.direction === 'ASC' ? '>' : '<';
      seek = `(${by.expr}, t.id) ${op} (${params.add(at)}, ${params.add(id)})`;
    }
    const page = listSql(branches, common, { seek, limit: size + 1, by });
    const rows: ObjectLiteral[] = await ctx.db.query(
      `SELECT u.*, ${prefixedColumns(ctx.db, Representative, 'r', read.reporter)}, ${prefixedColumns(ctx.db, RequestType, 'rt', REQUEST_TYPE_READ)}
         FROM (${page}) u
         LEFT JOIN representative r ON r.id = u."reporterId"
         LEFT JOIN request_type rt ON rt.id = u."requestTypeId"
        ORDER BY u."sortKey" ${by.direction}, u.id ${by.direction}`,
      params.values,
    );
    const keys = new Map(rows.map((row) => [row.id as string, row.sortKey as Date]));
    const tickets = rows.map((row) => this.hydrate(ctx, row));
    return toConnection(tickets, size, (t) => [keys.get(t.id)!.toISOString(), t.id]);
  }

  /** One request by key: every representative of the company, and staff; anyone else NOT_FOUND. */
  async get(ctx: RequestContext, key: string): Promise<Ticket> {
    const qb = ctx.db
      .getRepository(Ticket)
      .createQueryBuilder('t')
      .where('t.key = :key AND t.portalKey IN (:...portals)', {
        key: key.trim().toUpperCase(),
        portals: allowedPortals(ctx),
      });
    const companyId = tenantScope(ctx);
    if (companyId) qb.andWhere('t.companyId = :companyId', { companyId });
    const [ticket] = await entitiesOf(qb.limit(1));
    if (!ticket) throw new NotFoundError('Request');
    return ticket;
  }

  /** Staff: the active colleagues a request can be assigned to. */
  agents(ctx: RequestContext): Promise<Agent[]> {
    requireStaff(ctx);
    return ctx.db.getRepository(Agent).find({ where: { active: true }, order: { name: 'ASC' } });
  }

  /** A request of the list, with the reporter and request type its statement joined. */
  private hydrate(ctx: RequestContext, row: ObjectLiteral): Ticket {
    const ticket = fromColumns(ctx.db, Ticket, row, TICKET_LIST_COLUMNS);
    const reporter = prefixedEntity(ctx.db, Representative, 'r', row);
    const type = prefixedEntity(ctx.db, RequestType, 'rt', row);
    if (type) ticketLoaders.requestType(ctx).prime(type.id, type);
    attachJoined(ticket, { reporter, requestType: type });
    return ticket;
  }

  /** The company's requests; "Mine": the reporter's and the participant's, each by its index. */
  private customerFilters(
    ctx: RequestContext,
    params: SqlParams,
    common: string[],
    { companyId, f }: { companyId: string; f: TicketFilter },
  ): Branch[] {
    common.push(`t."companyId" = ${params.add(companyId)}`);
    const me = representativeOrNull(ctx)?.representative.id;
    if (f.scope !== TicketScope.MINE || !me) return [{ where: [] }];
    const mine = params.add(me);
    return [
      { where: [`t."reporterId" = ${mine}`] },
      {
        join: 'JOIN ticket_participant p ON p."ticketId" = t.id',
        where: [`p."representativeId" = ${mine}`, `t."reporterId" <> ${mine}`],
      },
    ];
  }

  private staffFilters(
    ctx: RequestContext,
    params: SqlParams,
    common: string[],
    f: TicketFilter,
  ): Branch[] {
    if (f.companyId)
      common.push(`t."companyId" = ${params.add(isUuid(f.companyId) ? f.companyId : NO_ID)}`);
    if (f.assignee === AssigneeFilter.UNASSIGNED) common.push('t."assigneeId" IS NULL');
    const agentId = agentIdOf(ctx);
    if (f.assignee === AssigneeFilter.ME && agentId)
      common.push(`t."assigneeId" = ${params.add(agentId)}`);
    if (f.olderThanDays !== undefined && f.olderThanDays !== null)
      common.push(
        `t."createdAt" <= ${params.add(new Date(Date.now() - f.olderThanDays * 86_400_000))}`,
      );
    return [{ where: [] }];
  }
}
