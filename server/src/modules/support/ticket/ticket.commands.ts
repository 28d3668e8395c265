import { In, type EntityManager } from 'typeorm';
import { audit } from '../../../audit/audit.service';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../../common/errors';
import { isUuid } from '../../../common/ids';
import { takeNumbersSql } from '../../../common/sequence';
import { entitiesOf } from '../../../common/raw-rows';
import type { RequestContext } from '../../../context/request-context';
import { publishLive } from '../../../context/live-events';
import { representativeOrNull, requireStaff, tenantScope } from '../../../context/viewer';
import { TICKET_LIMITS } from '../../../../../shared/src/tickets';
import { Agent } from '../../accounts/agent/agent.entity';
import { Representative } from '../../accounts/representative/representative.entity';
import type { Portal } from '../request-type/request-type.entity';
import { rememberPortal } from '../request-type/portals-in-tx';
import { allowedPortals } from '../request-type/request-type.service';
import { ServiceLevels } from '../sla/sla.bookkeeping';
import { Ticket, TicketParticipant, TicketStatus } from './ticket.entity';
import type { CreateTicketInput } from './ticket.inputs';
import { TicketNotifications } from './ticket.notifications';
import { TicketStateMachine } from './ticket.state-machine';
import { ticketChanged } from './ticket.state-machine.batch';
import { TicketLinkService } from '../ticket-link/ticket-link.service';

/**
 * Loads and locks a request (SELECT … FOR UPDATE) in the transaction, within the viewer's
 * portals and company: "not found" the same for "does not exist" and "not yours".
 */
export async function lockTicket(
  ctx: RequestContext,
  tx: EntityManager,
  ticketId: string,
): Promise<Ticket> {
  const portals = allowedPortals(ctx);
  if (!isUuid(ticketId)) throw new NotFoundError('Request');
  const qb = tx
    .getRepository(Ticket)
    .createQueryBuilder('t')
    .where('t.id = :id AND t.portalKey IN (:...portals)', { id: ticketId, portals })
    .setLock('pessimistic_write');
  const companyId = tenantScope(ctx);
  if (companyId) qb.andWhere('t.companyId = :companyId', { companyId });
  const [ticket] = await entitiesOf(qb);
  if (!ticket) throw new NotFoundError('Request');
  return ticket;
}

const TICKET_COLUMNS = [
  'companyId',
  'portalKey',
  'requestTypeId',
  'subject',
  'description',
  'status',
  'reporterId',
  'lastActivityAt',
] as const;

/**
 * Inserts a new request in one statement: checks that its type is active in its portal,
 * takes the next number of the portal's series (`nextInSeries` as SQL) for its key, and
 * returns it with its portal (remembered for the rest of the transaction). An unknown or
 * inactive type, or one of another portal: NOT_FOUND, and no number is taken.
 */
async function insertTicket(
  tx: EntityManager,
  fields: Pick<
    Ticket,
    'companyId' | 'portalKey' | 'requestTypeId' | 'subject' | 'description' | 'reporterId'
  >,
): Promise<Ticket> {
  const values: Record<(typeof TICKET_COLUMNS)[number], unknown> = {
    ...fields,
    status: TicketStatus.WAITING_FOR_SUPPORT,
    lastActivityAt: new Date(),
  };
  const rows: Array<Ticket & { portal: Portal }> = await tx.query(
    `WITH p AS (
       SELECT p.* FROM portal p
        WHERE p.key = $2
          AND EXISTS (SELECT 1 FROM request_type t JOIN request_type_group g ON g.id = t."groupId"
                       WHERE t.id = $3 AND t.active AND g."portalKey" = p.key)),
     n AS (${takeNumbersSql(`SELECT 'TICKET_' || p.key, 0, 1 FROM p`)} RETURNING "lastValue"),
     t AS (
       INSERT INTO ticket (key, ${TICKET_COLUMNS.map((c) => `"${c}"`).join(', ')})
       SELECT p."keyPrefix" || '-' || n."lastValue", ${TICKET_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')}
         FROM p, n
       RETURNING *)
     SELECT t.*, to_jsonb(p) AS portal FROM t, p`,
    TICKET_COLUMNS.map((c) => values[c]),
  );
  const row = rows[0];
  if (!row) throw new NotFoundError('Request type');
  const { portal, ...ticket } = row;
  rememberPortal(tx, portal);
  return tx.getRepository(Ticket).create(ticket);
}

/** A text field of a request, trimmed and within the shared limits (code points). */
function limited(value: string, limit: { min: number; max: number }, field: string): string {
  const text = value.trim();
  const length = [...text].length;
  if (!length) throw new BadUserInputError('Write something first.', field);
  if (length < limit.min) throw new BadUserInputError(`At least ${limit.min} characters.`, field);
  if (length > limit.max)
    throw new BadUserInputError(`At most ${limit.max.toLocaleString('en')} characters.`, field);
  return text;
}

const comment = (body: string, field = 'body') => limited(body, TICKET_LIMITS.comment, field);

/** Changes to support requests by customers and agents; status steps go through the state machine. */
export class TicketCommands {
  constructor(
    private readonly machine = new TicketStateMachine(),
    private readonly notifications = new TicketNotifications(),
    private readonly links = new TicketLinkService(),
    private readonly serviceLevels = new ServiceLevels(),
  ) {}

  /** A representative raises a request in a portal their company may use. */
  async create(ctx: RequestContext, input: CreateTicketInput): Promise<Ticket> {
    const me = representativeOrNull(ctx);
    if (!me) throw new ForbiddenError('Requests are raised by company representatives.');
    // A company without a contract: Customer service does not exist for it.
    if (!allowedPortals(ctx).includes(input.portalKey)) throw new NotFoundError('Portal');
    const subject = limited(input.subject, TICKET_LIMITS.subject, 'subject');
    const description = limited(input.description, TICKET_LIMITS.description, 'description');
    if (!isUuid(input.requestTypeId)) throw new NotFoundError('Request type');
    return ctx.transaction(async (tx) => {
      const ticket = await insertTicket(tx, {
        companyId: me.company.id,
        portalKey: input.portalKey,
        requestTypeId: input.requestTypeId,
        subject,
        description,
        reporterId: me.representative.id,
      });
      await this.links.link(tx, ticket, input.links);
      await this.serviceLevels.opened(tx, ticket);
      await this.notifications.notify(ctx, tx, ticket, 'CREATED');
      await audit(
        ctx,
        tx,
        'ticket.created',
        { type: 'Ticket', id: ticket.id, companyId: ticket.companyId },
        { key: ticket.key },
      );
      await publishLive(tx, ticketChanged(ticket, { internal: false }));
      return ticket;
    });
  }

  /** A customer's comment; on WAITING_FOR_CUSTOMER the request goes back to support. */
  comment(ctx: RequestContext, ticketId: string, body: string): Promise<Ticket> {
    const text = comment(body);
    return this.step(ctx, ticketId, (tx, ticket) =>
      this.machine.apply(ctx, tx, ticket, 'CUSTOMER_COMMENT', { body: text }),
    );
  }

  /** Adds colleagues of the representative's company as participants; they are e-mailed. */
  async share(ctx: RequestContext, ticketId: string, representativeIds: string[]): Promise<Ticket> {
    const me = representativeOrNull(ctx);
    if (!me) throw new ForbiddenError('Requests are shared by the customer.');
    const ids = [...new Set(representativeIds)];
    if (!ids.length)
      throw new BadUserInputError('Choose at least one colleague.', 'representativeIds');
    return this.step(ctx, ticketId, async (tx, ticket) => {
      this.machine.refuseIfClosed(ticket);
      const colleagues = ids.every(isUuid)
        ? await tx
            .getRepository(Representative)
            .find({ where: { id: In(ids), companyId: me.company.id } })
        : [];
      if (colleagues.length !== ids.length) throw new NotFoundError('Colleague');
      const existing = (
        await tx.getRepository(TicketParticipant).find({ where: { ticketId: ticket.id } })
      ).map((p) => p.representativeId);
      const added = colleagues.filter(
        (c) => !existing.includes(c.id) && c.id !== ticket.reporterId,
      );
      ticket.lastActivityAt = new Date();
      await tx.getRepository(Ticket).update(ticket.id, { lastActivityAt: ticket.lastActivityAt });
      if (!added.length) return ticket;
      await tx
        .getRepository(TicketParticipant)
        .insert(added.map((c) => ({ ticketId: ticket.id, representativeId: c.id })));
      await publishLive(tx, ticketChanged(ticket, { internal: false }));
      await this.notifications.notify(ctx, tx, ticket, 'SHARED', {
        only: added.map((c) => c.id),
      });
      return ticket;
    });
  }

  /** The customer withdraws a request (solved in-house or no longer needed). */
  cancel(ctx: RequestContext, ticketId: string): Promise<Ticket> {
    if (!representativeOrNull(ctx))
      throw new ForbiddenError('The customer cancels a request; staff resolve it.');
    return this.step(ctx, ticketId, (tx, ticket) => this.machine.apply(ctx, tx, ticket, 'CANCEL'));
  }

  /** Reopens a resolved request with a comment (customers and staff). */
  reopen(ctx: RequestContext, ticketId: string, body: string): Promise<Ticket> {
    const text = comment(body);
    return this.step(ctx, ticketId, (tx, ticket) =>
      this.machine.apply(ctx, tx, ticket, 'REOPEN', { body: text }),
    );
  }

  /** Staff: assigns (or delegates) to an active colleague, with an internal note. */
  async assign(
    ctx: RequestContext,
    ticketId: string,
    input: { agentId: string; note: string | null },
  ): Promise<Ticket> {
    requireStaff(ctx);
    const agent = isUuid(input.agentId)
      ? await ctx.db.getRepository(Agent).findOne({ where: { id: input.agentId, active: true } })
      : null;
    if (!agent) throw new NotFoundError('Agent');
    const note = input.note?.trim() ? comment(input.note, 'note') : null;
    return this.step(ctx, ticketId, (tx, ticket) => {
      ticket.assigneeId = agent.id;
      return this.machine.apply(ctx, tx, ticket, 'ASSIGN', {
        body: `→ ${agent.name}${note ? `: ${note}` : ''}`,
        visibility: 'INTERNAL',
      });
    });
  }

  /** Staff: a public reply (e-mailed) or an internal note; a reply may also set a status. */
  reply(
    ctx: RequestContext,
    ticketId: string,
    input: { body: string; internal: boolean; setStatus: TicketStatus | null },
  ): Promise<Ticket> {
    requireStaff(ctx);
    const text = comment(input.body);
    if (input.internal && input.setStatus)
      throw new BadUserInputError(
        'An internal note does not change the status; reply publicly.',
        'setStatus',
      );
    return this.step(ctx, ticketId, (tx, ticket) =>
      this.machine.apply(ctx, tx, ticket, 'AGENT_REPLY', {
        body: text,
        visibility: input.internal ? 'INTERNAL' : 'PUBLIC',
        wanted: input.setStatus,
      }),
    );
  }

  /** Staff: resolves the request (e-mailed); it closes automatically some business days later. */
  resolve(ctx: RequestContext, ticketId: string, note: string | null): Promise<Ticket> {
    requireStaff(ctx);
    const text = note?.trim() ? comment(note, 'comment') : undefined;
    return this.step(ctx, ticketId, (tx, ticket) =>
      this.machine.apply(ctx, tx, ticket, 'RESOLVE', { body: text }),
    );
  }

  /** One transaction around a step on a locked request. */
  private step(
    ctx: RequestContext,
    ticketId: string,
    fn: (tx: EntityManager, ticket: Ticket) => Promise<Ticket>,
  ): Promise<Ticket> {
    return ctx.transaction(async (tx) => fn(tx, await lockTicket(ctx, tx, ticketId)));
  }
}
