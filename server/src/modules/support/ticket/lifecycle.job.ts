import { In } from 'typeorm';
import { createSystemContext } from '../../../context/system-context';
import type { JobDeps, ScheduledJob } from '../../../jobs/queue';
import {
  AUTO_CLOSE_BUSINESS_DAYS,
  AUTO_RESOLVE_BUSINESS_DAYS,
  REMINDER_BUSINESS_DAYS,
} from '../../../../../shared/src/tickets';
import { businessDaysAfter } from './calendar';
import { Portal, Ticket, TicketComment, TicketStatus } from './ticket.entity';
import { notifyTicket } from './ticket.service';

/**
 * The automatic steps of the support lifecycle, in each portal's business days:
 * a reminder one business day before, then RESOLVED after 4 business days waiting for the
 * customer; CLOSED 4 business days after RESOLVED. Each request changes in its own
 * transaction with a conditional UPDATE, so a second run (or a second app instance) at the
 * same time changes nothing twice; pg-boss runs each schedule on one instance only.
 */
export async function runTicketLifecycle(deps: JobDeps): Promise<{ changed: number }> {
  const now = deps.now();
  const ctx = createSystemContext(deps.config, deps.logger, deps.db, 'automatic');
  const portals = new Map((await deps.db.getRepository(Portal).find()).map((p) => [p.key, p]));
  const candidates = await deps.db.getRepository(Ticket).find({
    where: { status: In([TicketStatus.WAITING_FOR_CUSTOMER, TicketStatus.RESOLVED]) },
  });
  let changed = 0;
  for (const ticket of candidates) {
    const portal = portals.get(ticket.portalKey);
    if (!portal) continue;
    if (ticket.status === TicketStatus.WAITING_FOR_CUSTOMER && ticket.waitingSince) {
      const resolveAt = businessDaysAfter(portal, ticket.waitingSince, AUTO_RESOLVE_BUSINESS_DAYS);
      const remindAt = businessDaysAfter(portal, ticket.waitingSince, REMINDER_BUSINESS_DAYS);
      if (now >= resolveAt) {
        changed += await deps.db.transaction(async (tx) => {
          const result = await tx
            .createQueryBuilder()
            .update(Ticket)
            .set({
              status: TicketStatus.RESOLVED,
              resolvedAt: now,
              lastActivityAt: now,
              waitingSince: null,
            })
            .where('id = :id AND status = :status AND "waitingSince" = :since', {
              id: ticket.id,
              status: TicketStatus.WAITING_FOR_CUSTOMER,
              since: ticket.waitingSince,
            })
            .execute();
          if (!result.affected) return 0;
          await tx.getRepository(TicketComment).insert({
            ticketId: ticket.id,
            authorType: 'SYSTEM',
            authorId: null,
            authorName: 'Portal',
            body: `Resolved automatically: no answer for ${AUTO_RESOLVE_BUSINESS_DAYS} business days. Reopen it with a comment if you still need help.`,
            internal: false,
            statusChange: TicketStatus.RESOLVED,
          });
          const resolved = { ...ticket, status: TicketStatus.RESOLVED, resolvedAt: now } as Ticket;
          await notifyTicket(ctx, tx, resolved, 'AUTO_RESOLVED', '', {
            when: {
              kind: 'CLOSE_ON',
              date: businessDaysAfter(portal, now, AUTO_CLOSE_BUSINESS_DAYS),
            },
          });
          return 1;
        });
      } else if (now >= remindAt && !ticket.reminderSentAt) {
        changed += await deps.db.transaction(async (tx) => {
          const result = await tx
            .createQueryBuilder()
            .update(Ticket)
            .set({ reminderSentAt: now })
            .where('id = :id AND status = :status AND "reminderSentAt" IS NULL', {
              id: ticket.id,
              status: TicketStatus.WAITING_FOR_CUSTOMER,
            })
            .execute();
          if (!result.affected) return 0;
          await notifyTicket(ctx, tx, ticket, 'REMINDER', '', {
            when: { kind: 'RESOLVE_ON', date: resolveAt },
          });
          return 1;
        });
      }
    } else if (ticket.status === TicketStatus.RESOLVED && ticket.resolvedAt) {
      if (now < businessDaysAfter(portal, ticket.resolvedAt, AUTO_CLOSE_BUSINESS_DAYS)) continue;
      changed += await deps.db.transaction(async (tx) => {
        const result = await tx
          .createQueryBuilder()
          .update(Ticket)
          .set({ status: TicketStatus.CLOSED, closedAt: now })
          .where('id = :id AND status = :status AND "resolvedAt" = :at', {
            id: ticket.id,
            status: TicketStatus.RESOLVED,
            at: ticket.resolvedAt,
          })
          .execute();
        if (!result.affected) return 0;
        await tx.getRepository(TicketComment).insert({
          ticketId: ticket.id,
          authorType: 'SYSTEM',
          authorId: null,
          authorName: 'Portal',
          body: `Closed automatically ${AUTO_CLOSE_BUSINESS_DAYS} business days after it was resolved. For a new problem, raise a new request.`,
          internal: false,
          statusChange: TicketStatus.CLOSED,
        });
        return 1;
      });
    }
  }
  return { changed };
}

export const ticketLifecycleJob: ScheduledJob = {
  name: 'ticket-lifecycle',
  cron: '*/10 * * * *',
  description: 'Remind, auto-resolve and auto-close support requests by business days.',
  run: runTicketLifecycle,
};
