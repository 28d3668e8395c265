import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../../context/request-context';
import type { BusinessCalendar } from '../../../../../shared/src/business-days';
import { autoCloseAt, autoResolveAt, reminderAt } from '../../../../../shared/src/tickets';
import { Portal } from '../request-type/request-type.entity';
import { calendarOf } from './calendar';
import { lockTicket } from './ticket.commands';
import { Ticket, TicketStatus } from './ticket.entity';
import { TicketClosedError, TicketTransitionError } from './ticket.errors';
import { TicketNotifications } from './ticket.notifications';
import { TicketStateMachine } from './ticket.state-machine';

type DueCheck = (ticket: Ticket, calendar: BusinessCalendar) => boolean;

/**
 * The automatic steps of one request, for the lifecycle job: each in its own short
 * transaction that re-reads the request FOR UPDATE and re-checks the deadline, so a change
 * made meanwhile (a reply, a reopen, another run) wins. Each returns whether it acted.
 */
export class TicketLifecycle {
  constructor(
    private readonly machine = new TicketStateMachine(),
    private readonly notifications = new TicketNotifications(),
  ) {}

  /** RESOLVED after the business days of waiting for the customer (the state machine refuses if the status moved). */
  autoResolve(ctx: RequestContext, ticketId: string, now: Date): Promise<boolean> {
    return this.whenDue(
      ctx,
      ticketId,
      (t, calendar) => !!t.waitingSince && now >= autoResolveAt(t.waitingSince, calendar),
      async (tx, ticket) => {
        await this.machine.apply(ctx, tx, ticket, 'AUTO_RESOLVE', { now });
      },
    );
  }

  /** CLOSED the business days after RESOLVED (the state machine refuses if the status moved). */
  autoClose(ctx: RequestContext, ticketId: string, now: Date): Promise<boolean> {
    return this.whenDue(
      ctx,
      ticketId,
      (t, calendar) => !!t.resolvedAt && now >= autoCloseAt(t.resolvedAt, calendar),
      async (tx, ticket) => {
        await this.machine.apply(ctx, tx, ticket, 'AUTO_CLOSE', { now });
      },
    );
  }

  /** Reminds the customer waited on, once, a business day before auto-resolution. No status change. */
  remind(ctx: RequestContext, ticketId: string, now: Date): Promise<boolean> {
    return this.whenDue(
      ctx,
      ticketId,
      (t, calendar) =>
        t.status === TicketStatus.WAITING_FOR_CUSTOMER &&
        !!t.waitingSince &&
        !t.reminderSentAt &&
        now >= reminderAt(t.waitingSince, calendar) &&
        now < autoResolveAt(t.waitingSince, calendar),
      async (tx, ticket) => {
        ticket.reminderSentAt = now;
        await tx.getRepository(Ticket).update(ticket.id, { reminderSentAt: now });
        await this.notifications.notify(ctx, tx, ticket, 'REMINDER', {
          deadline: 'RESOLVE_ON',
        });
      },
    );
  }

  private async whenDue(
    ctx: RequestContext,
    ticketId: string,
    due: DueCheck,
    act: (tx: EntityManager, ticket: Ticket) => Promise<void>,
  ): Promise<boolean> {
    try {
      return await ctx.transaction(async (tx) => {
        const ticket = await lockTicket(ctx, tx, ticketId);
        const portal = await tx.getRepository(Portal).findOneByOrFail({ key: ticket.portalKey });
        if (!due(ticket, calendarOf(portal))) return false;
        await act(tx, ticket);
        return true;
      });
    } catch (err) {
      // The status moved since the job found the request: the other change wins.
      if (err instanceof TicketTransitionError || err instanceof TicketClosedError) return false;
      throw err;
    }
  }
}
