import { In } from 'typeorm';
import type { RequestContext } from '../../../context/request-context';
import { addBusinessMs } from '../../../../../shared/src/business-hours';
import { DUE_SOON_BUSINESS_MS } from '../../../../../shared/src/service-levels';
import { Portal } from '../request-type/request-type.entity';
import { allowedPortals } from '../request-type/request-type.service';
import { BY_ACTIVITY, type ListOrder, type SqlParams } from '../ticket/ticket.list-sql';
import type { TicketsArgs } from '../ticket/ticket.inputs';
import { clockOf } from './sla.clock';
import { SlaFilter, TicketOrder } from './sla.types';

/** The running clocks, most urgent first (index IDX_ticket_sla_next_due). */
const BY_DUE: ListOrder = {
  expr: 's."nextDueAt"',
  join: 'JOIN ticket_sla s ON s."ticketId" = t.id',
  direction: 'ASC',
};

/**
 * The staff queue's service-level filter and order: BREACHED is a running clock past its due
 * time; DUE_SOON one due within the next business hour of its portal. Either, or
 * orderBy SLA_DUE, lists the requests whose clocks run by their due time, soonest first
 * (requests waiting for the customer have no running clock).
 */
export async function slaQueueOrder(
  ctx: RequestContext,
  params: SqlParams,
  common: string[],
  args: TicketsArgs,
): Promise<ListOrder> {
  const sla = args.filter?.sla;
  if (!sla && args.orderBy !== TicketOrder.SLA_DUE) return BY_ACTIVITY;
  const now = new Date();
  common.push('s."nextDueAt" IS NOT NULL');
  if (sla === SlaFilter.BREACHED) common.push(`s."nextDueAt" <= ${params.add(now)}`);
  if (sla === SlaFilter.DUE_SOON) {
    const portals = await ctx.db.getRepository(Portal).findBy({ key: In(allowedPortals(ctx)) });
    const limits = portals.map(
      (p) =>
        `WHEN ${params.add(p.key)} THEN ${params.add(addBusinessMs(now, DUE_SOON_BUSINESS_MS, clockOf(p)))}::timestamptz`,
    );
    common.push(
      `s."nextDueAt" > ${params.add(now)}`,
      `s."nextDueAt" <= CASE t."portalKey" ${limits.join(' ')} END`,
    );
  }
  return BY_DUE;
}
