import { In } from 'typeorm';
import type { RequestContext } from '../../../context/request-context';
import { TicketSatisfaction } from './satisfaction.entity';

/** The ratings of a page of requests, in one query. */
export function satisfactionLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, TicketSatisfaction | null>('ticket.satisfaction', async (ids) => {
    const rows = await ctx.db
      .getRepository(TicketSatisfaction)
      .find({ where: { ticketId: In([...ids]) } });
    const byTicket = new Map(rows.map((r) => [r.ticketId, r]));
    return ids.map((id) => byTicket.get(id) ?? null);
  });
}
