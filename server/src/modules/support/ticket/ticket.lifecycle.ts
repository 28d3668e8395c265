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

/** The automatic steps the job takes. */
export type AutomaticStep = 'AUTO_RESOLVE' | 'AUTO_CLOSE' | 'REMIND';

/**
 * Which requests of one portal are due at `now`: those whose timestamp (waitingSince, or
 * resolvedAt for AUTO_CLOSE) is before `before`, and for a reminder not before `notBefore`
 * (those are resolved instead). The job computes these instants once per portal and run.
 */
export interface DueWindow {
  now: Date;
  before: Date;
  notBefore?: Date;
}

function isDue(step: AutomaticStep, t: Ticket, due: DueWindow): boolean {
  const since = step === 'AUTO_CLOSE' ? t.resolvedAt : t.waitingSince;
  if (!since || since >= due.before) return false;
  if (due.notBefore && since < due.notBefore) return false;
  return step !== 'REMIND' || !t.reminderSentAt;
}

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
      (tx, ticket) => this.remindNow(ctx, tx, ticket, now),
    );
  }

  /**
   * One bounded batch of due requests in one transaction. AUTO_RESOLVE and AUTO_CLOSE go
   * through the state machine's set-based `applyToMany` (by id and status, still due, never
   * by a timestamp's equality; rows another transaction holds are skipped and found by the
   * next run). Reminders lock the requests that still wait, re-check each against the
   * window and remind one by one. Returns how many changed.
   */
  async takeDue(
    ctx: RequestContext,
    step: AutomaticStep,
    ids: string[],
    due: DueWindow,
  ): Promise<number> {
    if (!ids.length) return 0;
    if (step !== 'REMIND') {
      return ctx.transaction(async (tx) => {
        const changed = await this.machine.applyToMany(ctx, tx, step, ids, {
          now: due.now,
          dueBefore: due.before,
          notBefore: due.notBefore,
        });
        return changed.length;
      });
    }
    return ctx.transaction(async (tx) => {
      const tickets = await tx
        .getRepository(Ticket)
        .createQueryBuilder('t')
        .where('t.id IN (:...ids) AND t.status = :status', {
          ids,
          status: TicketStatus.WAITING_FOR_CUSTOMER,
        })
        .orderBy('t.id')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      let changed = 0;
      for (const ticket of tickets) {
        if (!isDue(step, ticket, due)) continue;
        await this.remindNow(ctx, tx, ticket, due.now);
        changed++;
      }
      return changed;
    });
  }

  private async remindNow(
    ctx: RequestContext,
    tx: EntityManager,
    ticket: Ticket,
    now: Date,
  ): Promise<void> {
    ticket.reminderSentAt = now;
    await tx.getRepository(Ticket).update(ticket.id, { reminderSentAt: now });
    await this.notifications.notify(ctx, tx, ticket, 'REMINDER', { deadline: 'RESOLVE_ON' });
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
