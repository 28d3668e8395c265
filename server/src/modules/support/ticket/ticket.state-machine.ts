import type { EntityManager } from 'typeorm';
import { audit } from '../../../audit/audit.service';
import type { RequestContext } from '../../../context/request-context';
import { actorOf } from '../../../context/viewer';
import { message, type MessageKey } from '../../../i18n/messages';
import {
  AUTO_CLOSE_BUSINESS_DAYS,
  AUTO_RESOLVE_BUSINESS_DAYS,
  nextTicketStatus,
  type TicketAction,
} from '../../../../../shared/src/tickets';
import { Representative } from '../../accounts/representative/representative.entity';
import { Ticket, TicketComment, TicketStatus } from './ticket.entity';
import { TicketClosedError, TicketTransitionError } from './ticket.errors';
import { TicketNotifications } from './ticket.notifications';

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

/** The history entries of the job's steps (worded in the customer's language). */
const AUTOMATIC_ENTRY: Partial<Record<TicketAction, { key: MessageKey; days: number }>> = {
  AUTO_RESOLVE: { key: 'TICKET_AUTO_RESOLVED', days: AUTO_RESOLVE_BUSINESS_DAYS },
  AUTO_CLOSE: { key: 'TICKET_AUTO_CLOSED', days: AUTO_CLOSE_BUSINESS_DAYS },
};

/**
 * The only writer of a request's status. Every step (a customer's comment, an agent's reply,
 * resolve, reopen, cancel, the job's auto-resolve and auto-close) goes through `apply`: it
 * checks the shared transitions, sets the status and its timestamps, writes the history
 * entry and, on a status change, the audit event, saves the request and queues the e-mails.
 * The caller holds the request locked (SELECT … FOR UPDATE) in the transaction `tx`.
 */
export class TicketStateMachine {
  constructor(private readonly notifications = new TicketNotifications()) {}

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
    await tx.getRepository(Ticket).save(ticket);
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
    return ticket;
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
    ticket.status = status;
    ticket.waitingSince = status === TicketStatus.WAITING_FOR_CUSTOMER ? now : null;
    ticket.reminderSentAt = null;
    if (status === TicketStatus.RESOLVED) ticket.resolvedAt = now;
    if (status === TicketStatus.CLOSED) ticket.closedAt = now;
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

  private async writeEntry(
    ctx: RequestContext,
    tx: EntityManager,
    ticket: Ticket,
    entry: { body: string; internal: boolean; statusChange: TicketStatus | null },
  ): Promise<void> {
    const actor = actorOf(ctx);
    const author =
      actor.type === 'SYSTEM'
        ? { authorType: 'SYSTEM' as const, authorId: null, authorName: 'Portal' }
        : actor.type === 'CUSTOMER'
          ? { authorType: 'CUSTOMER' as const, authorId: actor.id, authorName: actor.name }
          : {
              authorType: 'AGENT' as const,
              // An internal tool's token id is no person's id.
              authorId: actor.type === 'AGENT' ? actor.id : null,
              authorName: actor.name,
            };
    await tx.getRepository(TicketComment).insert({ ticketId: ticket.id, ...author, ...entry });
  }
}
