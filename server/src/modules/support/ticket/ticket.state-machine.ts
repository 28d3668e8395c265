import type { EntityManager } from 'typeorm';
import { audit } from '../../../audit/audit.service';
import { deferQuery } from '../../../common/deferred-writes';
import { publishLive } from '../../../context/live-events';
import type { RequestContext } from '../../../context/request-context';
import { message } from '../../../i18n/messages';
import { nextTicketStatus, type TicketAction } from '../../../../../shared/src/tickets';
import { Representative } from '../../accounts/representative/representative.entity';
import { ServiceLevels } from '../sla/sla.bookkeeping';
import { Ticket, TicketComment, TicketStatus } from './ticket.entity';
import { TicketClosedError, TicketTransitionError } from './ticket.errors';
import { TicketNotifications } from './ticket.notifications';
import {
  applyAutomaticSteps,
  authorOf,
  AUTOMATIC_ENTRY,
  ticketChanged,
  entering,
  type AutomaticAction,
  type ChangedTicket,
  type ManyOptions,
} from './ticket.state-machine.batch';

/** INTERNAL: an agents' note, never shown or e-mailed to customers. */
export type EntryVisibility = 'PUBLIC' | 'INTERNAL';

export interface StepOptions {
  /** What the step says in the request's history. Without it: "—", or for the automatic
   * steps a sentence in the customer's language. The e-mails quote it (nothing without it). */
  body?: string;
  /** PUBLIC by default. */
  visibility?: EntryVisibility;
  /** A reply that also sets a status (SET_STATUS): the status the agent wants. */
  wanted?: TicketStatus | null;
  /** The moment of the step: the job's clock; now by default. */
  now?: Date;
}

/**
 * The only writer of a request's status. Every step (a customer's comment, an agent's reply,
 * resolve, reopen, cancel, the job's auto-resolve and auto-close) goes through `apply`: it
 * checks the shared transitions, sets the status and its timestamps, writes the history
 * entry and, on a status change, the audit event, saves the request and queues the e-mails.
 * The caller holds the request locked (SELECT … FOR UPDATE) in the transaction `tx`.
 * The lifecycle job's automatic steps on many requests at once go through `applyToMany`.
 */
export class TicketStateMachine {
  constructor(
    private readonly notifications = new TicketNotifications(),
    private readonly serviceLevels = new ServiceLevels(),
  ) {}

  async apply(
    ctx: RequestContext,
    tx: EntityManager,
    ticket: Ticket,
    action: TicketAction,
    options: StepOptions = {},
  ): Promise<Ticket> {
    const from = ticket.status;
    const to = this.target(ticket, action, options.wanted ?? null);
    const now = options.now ?? new Date();
    if (to !== from) this.enter(ticket, to, now);
    if (action === 'REOPEN') ticket.resolvedAt = null;
    ticket.lastActivityAt = now;
    const visibility = options.visibility ?? 'PUBLIC';
    await this.writeEntry(ctx, tx, ticket, {
      body: options.body ?? (await this.automaticEntry(tx, ticket, action)),
      internal: visibility === 'INTERNAL',
      statusChange: to !== from ? to : null,
    });
    await this.save(tx, ticket);
    await this.serviceLevels.afterStep(ctx, tx, ticket, { action, from, to, visibility, at: now });
    if (to !== from) {
      await audit(
        ctx,
        tx,
        'ticket.status_changed',
        { type: 'Ticket', id: ticket.id, companyId: ticket.companyId },
        { key: ticket.key, action, from, to },
      );
    }
    if (visibility === 'PUBLIC')
      await this.notifications.afterStep(ctx, tx, ticket, action, options.body ?? '');
    await publishLive(tx, ticketChanged(ticket, { internal: visibility === 'INTERNAL' }));
    return ticket;
  }

  /**
   * An automatic step (AUTO_RESOLVE, AUTO_CLOSE) for a batch of requests by id, in a bounded
   * number of statements: the shared transition is checked once for the step's from-status;
   * the requests are locked and changed by id AND status in one statement (those whose status
   * moved, or that are no longer due, are left alone); then the history entries (in each
   * reporter's language), the audit events and the e-mails, one INSERT each. Returns the
   * requests it changed.
   */
  applyToMany(
    ctx: RequestContext,
    tx: EntityManager,
    action: AutomaticAction,
    ids: readonly string[],
    options: ManyOptions,
  ): Promise<ChangedTicket[]> {
    return applyAutomaticSteps(ctx, tx, this.notifications, action, ids, options);
  }

  /**
   * Closed (and canceled) is final for everyone: no step, comment, share or file any more
   * (TICKET_CLOSED).
   */
  refuseIfClosed(ticket: Ticket): void {
    if (ticket.status === TicketStatus.CLOSED || ticket.status === TicketStatus.CANCELED)
      throw new TicketClosedError();
  }

  /** The status after the action, or an error that says why the step is not allowed. */
  private target(ticket: Ticket, action: TicketAction, wanted: TicketStatus | null): TicketStatus {
    this.refuseIfClosed(ticket);
    const next = nextTicketStatus(ticket.status, action);
    if (!next) {
      throw new TicketTransitionError(
        ticket.status === TicketStatus.RESOLVED
          ? 'This request is resolved: reopen it with a comment to continue.'
          : `A request that is ${ticket.status} cannot take this step.`,
      );
    }
    if (!wanted || wanted === next) return next;
    const set = nextTicketStatus(next, 'SET_STATUS', wanted);
    if (!set)
      throw new TicketTransitionError(
        `A reply cannot set a request to ${wanted}; resolve it instead.`,
      );
    return set;
  }

  /** Status bookkeeping when a request enters a status. */
  private enter(ticket: Ticket, status: TicketStatus, now: Date): void {
    Object.assign(ticket, entering(status, now));
  }

  /** The history entry of an automatic step, in the reporter's language; "—" otherwise. */
  private async automaticEntry(
    tx: EntityManager,
    ticket: Ticket,
    action: TicketAction,
  ): Promise<string> {
    const entry = AUTOMATIC_ENTRY[action];
    if (!entry) return '—';
    const reporter = await tx.getRepository(Representative).findOneBy({ id: ticket.reporterId });
    return message(entry.key, reporter?.locale, { days: entry.days });
  }

  /** The request's step columns as `apply` set them (the caller holds it locked). */
  private async save(tx: EntityManager, ticket: Ticket): Promise<void> {
    const result = await tx
      .createQueryBuilder()
      .update(Ticket)
      .set({
        status: ticket.status,
        assigneeId: ticket.assigneeId,
        lastActivityAt: ticket.lastActivityAt,
        waitingSince: ticket.waitingSince,
        reminderSentAt: ticket.reminderSentAt,
        resolvedAt: ticket.resolvedAt,
        closedAt: ticket.closedAt,
      })
      .where('id = :id', { id: ticket.id })
      .returning(['updatedAt'])
      .execute();
    ticket.updatedAt = (result.raw as Array<{ updatedAt: Date }>)[0]!.updatedAt;
  }

  /** The history entry, sent with the transaction's deferred writes (nothing reads it before). */
  private async writeEntry(
    ctx: RequestContext,
    tx: EntityManager,
    ticket: Ticket,
    entry: { body: string; internal: boolean; statusChange: TicketStatus | null },
  ): Promise<void> {
    const author = authorOf(ctx);
    await deferQuery(
      tx,
      tx
        .createQueryBuilder()
        .insert()
        .into(TicketComment)
        .values({ ticketId: ticket.id, ...author, ...entry })
        .updateEntity(false),
    );
  }
}
