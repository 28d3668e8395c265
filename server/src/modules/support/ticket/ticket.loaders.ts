import { In, type ObjectLiteral } from 'typeorm';
import { entitiesOf, prefixedColumns, prefixedEntity } from '../../../common/raw-rows';
import type { RequestContext } from '../../../context/request-context';
import { representativeOrNull } from '../../../context/viewer';
import { Agent } from '../../accounts/agent/agent.entity';
import { Representative } from '../../accounts/representative/representative.entity';
import { Portal, type PortalKey } from '../request-type/request-type.entity';
import { requestTypeLoader } from '../request-type/request-type.service';
import type { RequestType } from '../request-type/request-type.entity';
import { TicketComment, type Ticket } from './ticket.entity';

/** The reporter and request type a list row brought along (the list's single statement). */
const JOINED = Symbol('ticket.joined');

interface Joined {
  reporter: Representative | null;
  requestType: RequestType | null;
}

/** Keeps what the list's statement joined on the request itself (no loader, no promise). */
export function attachJoined(ticket: Ticket, joined: Joined): void {
  (ticket as Ticket & { [JOINED]?: Joined })[JOINED] = joined;
}

/** What the list joined for this request, or undefined when it came another way. */
export function joinedOf(ticket: Ticket): Joined | undefined {
  return (ticket as Ticket & { [JOINED]?: Joined })[JOINED];
}

/**
 * Per-request DataLoaders for the fields of a request: one query per field and page,
 * whatever the page size.
 */
export const ticketLoaders = {
  portal(ctx: RequestContext) {
    return ctx.loaders.get<PortalKey, Portal>('portal', async (keys) => {
      const portals = await ctx.db.getRepository(Portal).find({ where: { key: In([...keys]) } });
      return keys.map((k) => portals.find((p) => p.key === k)!);
    });
  },

  /** The description, which the list does not fetch (it never shows it). */
  description(ctx: RequestContext) {
    return ctx.loaders.get<string, string>('ticket.description', async (ids) => {
      const rows: Array<{ id: string; description: string }> = await ctx.db.query(
        'SELECT id, description FROM ticket WHERE id = ANY($1)',
        [[...ids]],
      );
      const byId = new Map(rows.map((r) => [r.id, r.description]));
      return ids.map((id) => byId.get(id) ?? '');
    });
  },

  comments(ctx: RequestContext) {
    return ctx.loaders.get<string, TicketComment[]>('ticket.comments', async (ids) => {
      const qb = ctx.db
        .getRepository(TicketComment)
        .createQueryBuilder('c')
        .where('c.ticketId IN (:...ids)', { ids: [...ids] });
      // Agents' internal notes never reach customers.
      if (representativeOrNull(ctx)) qb.andWhere('c.internal = false');
      const comments = await entitiesOf(qb.orderBy('c.createdAt', 'ASC').addOrderBy('c.id', 'ASC'));
      return ids.map((id) => comments.filter((c) => c.ticketId === id));
    });
  },

  participants(ctx: RequestContext) {
    return ctx.loaders.get<string, Representative[]>('ticket.participants', async (ids) => {
      const rows: ObjectLiteral[] = await ctx.db.query(
        `SELECT p."ticketId" AS "ticketId", ${prefixedColumns(ctx.db, Representative, 'r')}
           FROM ticket_participant p JOIN representative r ON r.id = p."representativeId"
          WHERE p."ticketId" = ANY($1)
          ORDER BY p."createdAt", p.id`,
        [[...ids]],
      );
      const byTicket = new Map<string, Representative[]>();
      for (const row of rows) {
        const person = prefixedEntity(ctx.db, Representative, 'r', row)!;
        const list = byTicket.get(row.ticketId as string) ?? [];
        list.push(person);
        byTicket.set(row.ticketId as string, list);
      }
      return ids.map((id) => byTicket.get(id) ?? []);
    });
  },

  representative(ctx: RequestContext) {
    return ctx.loaders.get<string, Representative | null>('representative', async (ids) => {
      const people = await ctx.db
        .getRepository(Representative)
        .find({ where: { id: In([...ids]) } });
      return ids.map((id) => people.find((p) => p.id === id) ?? null);
    });
  },

  agent(ctx: RequestContext) {
    return ctx.loaders.get<string, Agent | null>('agent', async (ids) => {
      const agents = await ctx.db.getRepository(Agent).find({ where: { id: In([...ids]) } });
      return ids.map((id) => agents.find((a) => a.id === id) ?? null);
    });
  },

  requestType: requestTypeLoader,
};
