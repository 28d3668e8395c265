import type { EntityManager } from 'typeorm';
import { auditMany } from '../../../audit/audit.service';
import type { RequestContext } from '../../../context/request-context';
import { publishLive, type LiveEvent } from '../../../context/live-events';
import { actorOf } from '../../../context/viewer';
import { message, type MessageKey } from '../../../i18n/messages';
import {
  AUTO_CLOSE_BUSINESS_DAYS,
  AUTO_RESOLVE_BUSINESS_DAYS,
  nextTicketStatus,
  type TicketAction,
} from '../../../../../shared/src/tickets';
import { ServiceLevels } from '../sla/sla.bookkeeping';
import { TicketStatus, type Ticket } from './ticket.entity';
import { TicketTransitionError } from './ticket.errors';
import type { TicketNotifications } from './ticket.notifications';

/**
 * The parts of TicketStateMachine that its single-request `apply` and its set-based
 * `applyToMany` share, and the set-based path itself. Only TicketStateMachine calls
 * `applyAutomaticSteps`: the state machine stays the only writer of a status.
 */

const serviceLevels = new ServiceLevels();

/** The steps the lifecycle job takes on many requests at once. */
export type AutomaticAction = 'AUTO_RESOLVE' | 'AUTO_CLOSE';

/** The history entries of the job's steps (worded in the customer's language). */
export const AUTOMATIC_ENTRY: Partial<Record<TicketAction, { key: MessageKey; days: number }>> = {
  AUTO_RESOLVE: { key: 'TICKET_AUTO_RESOLVED', days: AUTO_RESOLVE_BUSINESS_DAYS },
  AUTO_CLOSE: { key: 'TICKET_AUTO_CLOSED', days: AUTO_CLOSE_BUSINESS_DAYS },
};

/** The status an automatic step starts from and the timestamp its deadline counts from. */
const AUTOMATIC_FROM: Record<
  AutomaticAction,
  { status: TicketStatus; since: 'waitingSince' | 'resolvedAt' }
> = {
  AUTO_RESOLVE: { status: TicketStatus.WAITING_FOR_CUSTOMER, since: 'waitingSince' },
  AUTO_CLOSE: { status: TicketStatus.RESOLVED, since: 'resolvedAt' },
};

type StatusColumns = Pick<Ticket, 'status' | 'waitingSince' | 'reminderSentAt'> &
  Partial<Pick<Ticket, 'resolvedAt' | 'closedAt'>>;

/** Status bookkeeping when a request enters a status: the columns it sets. */
export function entering(status: TicketStatus, now: Date): StatusColumns {
  return {
    status,
    waitingSince: status === TicketStatus.WAITING_FOR_CUSTOMER ? now : null,
    reminderSentAt: null,
    ...(status === TicketStatus.RESOLVED ? { resolvedAt: now } : {}),
    ...(status === TicketStatus.CLOSED ? { closedAt: now } : {}),
  };
}

/** The live event of a changed request (an internal note is not announced to customers). */
export function ticketChanged(
  t: Pick<Ticket, 'id' | 'key' | 'companyId'>,
  { internal }: { internal: boolean },
): LiveEvent {
  return { type: 'TICKET', id: t.id, key: t.key, companyId: t.companyId, internal };
}

/** Who wrote a history entry, as the comment records it. */
export function authorOf(ctx: RequestContext): {
  authorType: 'CUSTOMER' | 'AGENT' | 'SYSTEM';
  authorId: string | null;
  authorName: string;
} {
  const actor = actorOf(ctx);
  if (actor.type === 'SYSTEM')
    return { authorType: 'SYSTEM', authorId: null, authorName: 'Portal' };
  if (actor.type === 'CUSTOMER')
    return { authorType: 'CUSTOMER', authorId: actor.id, authorName: actor.name };
  // An internal tool's token id is no person's id.
  return {
    authorType: 'AGENT',
    authorId: actor.type === 'AGENT' ? actor.id : null,
    authorName: actor.name,
  };
}

export interface ManyOptions {
  /** The moment of the step: the job's clock. */
  now: Date;
  /** Only requests whose step timestamp (waitingSince, resolvedAt) is still before this. */
  dueBefore?: Date;
  /** …and not before this (inclusive). */
  notBefore?: Date;
}

/** A request a set-based step changed: what its history, audit event and e-mails need. */
export type ChangedTicket = Pick<
  Ticket,
  'id' | 'key' | 'subject' | 'companyId' | 'portalKey' | 'reporterId' | 'status' | 'resolvedAt'
> & { reporterLocale: string | null };

/**
 * Locks the requests of `ids` that still have the step's from-status (and are still due)
 * and changes them, in ONE statement: by id and status, never by a timestamp's equality.
 * Rows another transaction holds are skipped (the next run finds them); rows whose status
 * moved meanwhile are not returned and so not changed.
 */
async function lockAndChange(
  tx: EntityManager,
  action: AutomaticAction,
  ids: readonly string[],
  options: ManyOptions,
): Promise<ChangedTicket[]> {
  const from = AUTOMATIC_FROM[action];
  const to = nextTicketStatus(from.status, action);
  if (!to)
    throw new TicketTransitionError(`A request that is ${from.status} cannot take this step.`);
  const set: Record<string, unknown> = {
    ...entering(to, options.now),
    lastActivityAt: options.now,
  };
  const params: unknown[] = [ids, from.status, ...Object.values(set)];
  const guard = (op: string, value: Date | undefined) => {
    if (!value) return '';
    params.push(value);
    return `AND "${from.since}" ${op} $${params.length}`;
  };
  const guards = `${guard('<', options.dueBefore)} ${guard('>=', options.notBefore)}`;
  const assignments = Object.keys(set).map((column, i) => `"${column}" = $${i + 3}`);
  return tx.query(
    `WITH due AS (
       SELECT id FROM ticket WHERE id = ANY($1::uuid[]) AND status = $2 ${guards}
        ORDER BY id FOR UPDATE SKIP LOCKED
     ), changed AS (
       UPDATE ticket t SET ${assignments.join(', ')}, "updatedAt" = now()
         FROM due WHERE t.id = due.id
       RETURNING t.id, t.key, t.subject, t."companyId", t."portalKey", t."reporterId", t.status, t."resolvedAt"
     )
     SELECT c.*, r.locale AS "reporterLocale"
       FROM changed c LEFT JOIN representative r ON r.id = c."reporterId"
      ORDER BY c.id`,
    params,
  );
}

/** The history entries of a batch in one INSERT, each in its reporter's language. */
async function writeEntries(
  ctx: RequestContext,
  tx: EntityManager,
  action: AutomaticAction,
  changed: readonly ChangedTicket[],
): Promise<void> {
  const entry = AUTOMATIC_ENTRY[action]!;
  const byLocale = new Map<string | null, string>();
  const bodyIn = (locale: string | null) => {
    let body = byLocale.get(locale);
    if (body === undefined) {
      body = message(entry.key, locale ?? undefined, { days: entry.days });
      byLocale.set(locale, body);
    }
    return body;
  };
  const author = authorOf(ctx);
  await tx.query(
    `INSERT INTO ticket_comment ("ticketId", "authorType", "authorId", "authorName", body, internal, "statusChange")
     SELECT e.t, $1::varchar, $2::uuid, $3::varchar, e.b, false, $4::varchar
       FROM unnest($5::uuid[], $6::text[]) AS e(t, b)`,
    [
      author.authorType,
      author.authorId,
      author.authorName,
      changed[0]!.status,
      changed.map((t) => t.id),
      changed.map((t) => bodyIn(t.reporterLocale)),
    ],
  );
}

/**
 * `apply` of an automatic step for a batch of requests, in a bounded number of statements
 * whatever the batch's size: the change (one UPDATE … RETURNING), the history entries, the
 * audit events and the e-mails (one INSERT each, plus the recipients' query).
 */
export async function applyAutomaticSteps(
  ctx: RequestContext,
  tx: EntityManager,
  notifications: TicketNotifications,
  action: AutomaticAction,
  ids: readonly string[],
  options: ManyOptions,
): Promise<ChangedTicket[]> {
  if (!ids.length) return [];
  const changed = await lockAndChange(tx, action, ids, options);
  if (!changed.length) return changed;
  const from = AUTOMATIC_FROM[action].status;
  await serviceLevels.afterAutomaticSteps(tx, changed, {
    from,
    to: changed[0]!.status,
    at: options.now,
  });
  await writeEntries(ctx, tx, action, changed);
  await auditMany(
    ctx,
    tx,
    'ticket.status_changed',
    changed.map((t) => ({
      subject: { type: 'Ticket', id: t.id, companyId: t.companyId },
      data: { key: t.key, action, from, to: t.status },
    })),
  );
  await notifications.afterAutomaticSteps(ctx, tx, changed, action);
  await publishLive(tx, ...changed.map((t) => ticketChanged(t, { internal: false })));
  return changed;
}
