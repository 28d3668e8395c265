import { isUuid } from '../../../common/ids';
import { Brackets, In, type EntityManager } from 'typeorm';
import { decodeCursor, pageSize, toConnection, type Connection } from '../../../common/connection';
import {
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
} from '../../../common/errors';
import { nextInSeries } from '../../../common/sequence';
import type { RequestContext } from '../../../context/request-context';
import { formatWhen, queueEmail } from '../../../mail/mail.service';
import { TICKET_WORDS } from '../../../mail/templates';
import { isLocale, type Locale } from '../../../../../shared/src/locales';
import {
  AUTO_CLOSE_BUSINESS_DAYS,
  AUTO_RESOLVE_BUSINESS_DAYS,
  nextTicketStatus,
  OPEN_TICKET_STATUSES,
  type TicketAction,
} from '../../../../../shared/src/tickets';
import { Agent } from '../../accounts/agent/agent.entity';
import { audit } from '../../../audit/audit.service';
import {
  Representative,
  RepresentativeStatus,
} from '../../accounts/representative/representative.entity';
import { businessDaysAfter } from './calendar';
import {
  Portal,
  PortalKey,
  RequestType,
  RequestTypeGroup,
  Ticket,
  TicketComment,
  TicketParticipant,
  TicketStatus,
  type Names,
} from './ticket.entity';
import { TicketClosedError, TicketTransitionError } from './ticket.errors';
import {
  AssigneeFilter,
  TicketScope,
  type CreateTicketInput,
  type TicketsArgs,
} from './ticket.inputs';
import type { PortalType, RequestTypeType } from './ticket.types';

const nameIn = (names: Names, locale: string) => names[isLocale(locale) ? locale : 'en'];

/** The portals a viewer may use: contracted companies and staff see both. */
export function allowedPortals(ctx: RequestContext): PortalKey[] {
  const v = ctx.viewer;
  if (!v) throw new UnauthenticatedError();
  if (v.kind === 'REPRESENTATIVE' && !v.company.contracted) return [PortalKey.TECHNICAL_ASSISTANCE];
  return [PortalKey.CUSTOMER_SERVICE, PortalKey.TECHNICAL_ASSISTANCE];
}

export function portalsLoader(ctx: RequestContext) {
  return ctx.loaders.get<PortalKey, Portal>('portal', async (keys) => {
    const portals = await ctx.db.getRepository(Portal).find({ where: { key: In([...keys]) } });
    return keys.map((k) => portals.find((p) => p.key === k)!);
  });
}

/** When a request will be resolved or closed automatically, in its portal's business days. */
export function automaticDeadlines(
  portal: Portal,
  t: Ticket,
): { autoResolveAt: Date | null; autoCloseAt: Date | null } {
  return {
    autoResolveAt:
      t.status === TicketStatus.WAITING_FOR_CUSTOMER && t.waitingSince
        ? businessDaysAfter(portal, t.waitingSince, AUTO_RESOLVE_BUSINESS_DAYS)
        : null,
    autoCloseAt:
      t.status === TicketStatus.RESOLVED && t.resolvedAt
        ? businessDaysAfter(portal, t.resolvedAt, AUTO_CLOSE_BUSINESS_DAYS)
        : null,
  };
}

type Step =
  | 'CREATED'
  | 'REPLY'
  | 'WAITING'
  | 'COMMENT'
  | 'RESOLVED'
  | 'AUTO_RESOLVED'
  | 'REOPENED'
  | 'SHARED'
  | 'REMINDER'
  | 'CLOSED'
  | 'CANCELED';

/** Emails the reporter and the participants (except whoever caused it), each in their language. */
export async function notifyTicket(
  ctx: RequestContext,
  tx: EntityManager,
  ticket: Ticket,
  step: Step,
  body: string,
  options: {
    except?: string;
    only?: string[];
    when?: { kind: 'RESOLVE_ON' | 'CLOSE_ON'; date: Date };
  } = {},
): Promise<void> {
  const participantIds = (
    await tx.getRepository(TicketParticipant).find({ where: { ticketId: ticket.id } })
  ).map((p) => p.representativeId);
  const ids = options.only ?? [...new Set([ticket.reporterId, ...participantIds])];
  // Deadlines are shown in the portal's time zone, where its business days are counted.
  const timeZone = options.when
    ? (await tx.getRepository(Portal).findOneByOrFail({ key: ticket.portalKey })).timeZone
    : 'UTC';
  const people = await tx
    .getRepository(Representative)
    .find({ where: { id: In(ids), status: RepresentativeStatus.ACTIVE } });
  for (const person of people) {
    if (person.id === options.except) continue;
    const locale: Locale = isLocale(person.locale) ? person.locale : 'en';
    const words = TICKET_WORDS[locale];
    await queueEmail(ctx, tx, {
      to: person.email,
      template: 'TICKET_UPDATE',
      locale,
      params: {
        key: ticket.key,
        subject: ticket.subject,
        step: words[step] ?? step,
        body,
        when: options.when
          ? words[options.when.kind]!.replace(
              '{{date}}',
              formatWhen(options.when.date, locale, timeZone),
            )
          : '',
      },
      linkPath: `/requests/${ticket.key}`,
      companyId: ticket.companyId,
    });
  }
}

export class TicketService {
  async portals(ctx: RequestContext, includeInactive = false): Promise<PortalType[]> {
    const keys = allowedPortals(ctx);
    const staff = ctx.viewer?.kind === 'AGENT' || ctx.viewer?.kind === 'API_TOKEN';
    const portals = await ctx.db
      .getRepository(Portal)
      .find({ where: { key: In(keys) }, order: { key: 'ASC' } });
    const groups = await ctx.db
      .getRepository(RequestTypeGroup)
      .find({ where: { portalKey: In(keys) }, order: { position: 'ASC' } });
    const types = await ctx.db.getRepository(RequestType).find({
      where: {
        groupId: In(groups.map((g) => g.id)),
        ...(includeInactive && staff ? {} : { active: true }),
      },
      order: { position: 'ASC' },
    });
    const toType = (t: RequestType): RequestTypeType => ({
      id: t.id,
      name: nameIn(t.names, ctx.locale),
      names: t.names,
      active: t.active,
      children: types.filter((c) => c.parentId === t.id).map(toType),
    });
    return keys
      .map((key) => portals.find((p) => p.key === key))
      .filter((p): p is Portal => !!p)
      .map((p) => ({
        key: p.key,
        name: nameIn(p.names, ctx.locale),
        calendarCountry: p.calendarCountry,
        timeZone: p.timeZone,
        requestTypeGroups: groups
          .filter((g) => g.portalKey === p.key)
          .map((g) => ({
            id: g.id,
            name: nameIn(g.names, ctx.locale),
            names: g.names,
            types: types.filter((t) => t.groupId === g.id && !t.parentId).map(toType),
          })),
      }));
  }

  /** Staff: the active colleagues a request can be assigned to. */
  agents(ctx: RequestContext): Promise<Agent[]> {
    this.staff(ctx);
    return ctx.db.getRepository(Agent).find({ where: { active: true }, order: { name: 'ASC' } });
  }

  /** Staff: a new request type (or, with parentId, a sub-category) at the end of its group. */
  async createRequestType(
    ctx: RequestContext,
    groupId: string,
    parentId: string | null,
    names: Names,
  ): Promise<RequestType> {
    this.staff(ctx);
    return ctx.transaction(async (tx) => {
      const group = isUuid(groupId)
        ? await tx.getRepository(RequestTypeGroup).findOne({ where: { id: groupId } })
        : null;
      if (!group) throw new NotFoundError('Request type group');
      if (parentId) {
        const parent = isUuid(parentId)
          ? await tx.getRepository(RequestType).findOne({ where: { id: parentId, groupId } })
          : null;
        if (!parent || parent.parentId) throw new NotFoundError('Parent request type');
      }
      const position = await tx.getRepository(RequestType).count({ where: { groupId } });
      const type = await tx.getRepository(RequestType).save(
        tx.getRepository(RequestType).create({
          groupId,
          parentId: parentId ?? null,
          names: this.names(names),
          position,
          active: true,
        }),
      );
      await audit(
        ctx,
        tx,
        'request_type.created',
        { type: 'RequestType', id: type.id },
        { names: type.names },
      );
      return type;
    });
  }

  /** Staff: renames a type, or retires it (inactive: customers no longer see it; old requests keep it). */
  async updateRequestType(
    ctx: RequestContext,
    id: string,
    names: Names | null,
    active: boolean | null,
  ): Promise<RequestType> {
    this.staff(ctx);
    return ctx.transaction(async (tx) => {
      const type = isUuid(id)
        ? await tx.getRepository(RequestType).findOne({ where: { id } })
        : null;
      if (!type) throw new NotFoundError('Request type');
      if (names) type.names = this.names(names);
      if (active !== null) type.active = active;
      await audit(
        ctx,
        tx,
        'request_type.updated',
        { type: 'RequestType', id: type.id },
        { names: type.names, active: type.active },
      );
      return tx.getRepository(RequestType).save(type);
    });
  }

  private names(names: Names): Names {
    return { en: names.en.trim(), uk: names.uk.trim(), hu: names.hu.trim(), pl: names.pl.trim() };
  }

  async create(ctx: RequestContext, input: CreateTicketInput): Promise<Ticket> {
    const v = ctx.viewer;
    if (v?.kind !== 'REPRESENTATIVE')
      throw new ForbiddenError('Requests are raised by company representatives.');
    // A company without a contract: Customer service does not exist for it.
    if (!allowedPortals(ctx).includes(input.portalKey)) throw new NotFoundError('Portal');
    return ctx.transaction(async (tx) => {
      const type = isUuid(input.requestTypeId)
        ? await tx
            .getRepository(RequestType)
            .createQueryBuilder('t')
            .innerJoin(RequestTypeGroup, 'g', 'g.id = t.groupId')
            .where('t.id = :id AND t.active AND g.portalKey = :portal', {
              id: input.requestTypeId,
              portal: input.portalKey,
            })
            .getOne()
        : null;
      if (!type) throw new NotFoundError('Request type');
      const portal = await tx.getRepository(Portal).findOneByOrFail({ key: input.portalKey });
      const now = new Date();
      const ticket = await tx.getRepository(Ticket).save(
        tx.getRepository(Ticket).create({
          companyId: v.company.id,
          key: `${portal.keyPrefix}-${await nextInSeries(tx, `TICKET_${portal.key}`, 0)}`,
          portalKey: portal.key,
          requestTypeId: type.id,
          subject: input.subject.trim(),
          description: input.description.trim(),
          status: TicketStatus.WAITING_FOR_SUPPORT,
          reporterId: v.representative.id,
          assigneeId: null,
          lastActivityAt: now,
          waitingSince: null,
          reminderSentAt: null,
          resolvedAt: null,
          closedAt: null,
        }),
      );
      await notifyTicket(ctx, tx, ticket, 'CREATED', '');
      await audit(
        ctx,
        tx,
        'ticket.created',
        { type: 'Ticket', id: ticket.id, companyId: ticket.companyId },
        { key: ticket.key },
      );
      return ticket;
    });
  }

  async list(ctx: RequestContext, args: TicketsArgs): Promise<Connection<Ticket>> {
    const v = ctx.viewer;
    if (!v) throw new UnauthenticatedError();
    const f = args.filter ?? {};
    const qb = ctx.db.getRepository(Ticket).createQueryBuilder('t');
    qb.where('t.portalKey IN (:...portals)', { portals: allowedPortals(ctx) });
    if (v.kind === 'REPRESENTATIVE') {
      qb.andWhere('t.companyId = :companyId', { companyId: v.company.id });
      if (f.scope === TicketScope.MINE) {
        qb.andWhere(
          new Brackets((w) =>
            w
              .where('t.reporterId = :me', { me: v.representative.id })
              .orWhere(
                'EXISTS (SELECT 1 FROM ticket_participant p WHERE p."ticketId" = t.id AND p."representativeId" = :me)',
              ),
          ),
        );
      }
    } else {
      if (f.companyId)
        qb.andWhere('t.companyId = :companyId', {
          companyId: isUuid(f.companyId) ? f.companyId : '00000000-0000-0000-0000-000000000000',
        });
      if (f.assignee === AssigneeFilter.UNASSIGNED) qb.andWhere('t.assigneeId IS NULL');
      if (f.assignee === AssigneeFilter.ME && v.kind === 'AGENT')
        qb.andWhere('t.assigneeId = :agent', { agent: v.agent.id });
      if (f.olderThanDays !== undefined && f.olderThanDays !== null) {
        qb.andWhere('t.createdAt <= :before', {
          before: new Date(Date.now() - f.olderThanDays * 86_400_000),
        });
      }
    }
    qb.andWhere('t.status IN (:...statuses)', {
      statuses: f.statuses?.length ? f.statuses : OPEN_TICKET_STATUSES,
    });
    if (f.portalKey) qb.andWhere('t.portalKey = :portalKey', { portalKey: f.portalKey });
    if (f.requestTypeId)
      qb.andWhere('t.requestTypeId = :type', {
        type: isUuid(f.requestTypeId) ? f.requestTypeId : '00000000-0000-0000-0000-000000000000',
      });
    const search = f.search?.trim();
    if (search) {
      const words = search
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .slice(0, 8);
      qb.andWhere(
        new Brackets((w) => {
          w.where('lower(t.key) = :key', { key: search.toLowerCase() });
          if (words.length) {
            w.orWhere(
              `to_tsvector('simple', t.subject || ' ' || t.description) @@ to_tsquery('simple', :tsq)`,
              {
                tsq: words.map((x) => `${x}:*`).join(' & '),
              },
            );
          }
        }),
      );
    }
    if (args.after) {
      const [at, id] = decodeCursor(args.after, 2);
      qb.andWhere('(t.lastActivityAt, t.id) < (:at, :id)', { at: new Date(String(at)), id });
    }
    const size = pageSize(args);
    const rows = await qb
      .orderBy('t.lastActivityAt', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(size + 1)
      .getMany();
    return toConnection(rows, size, (t) => [t.lastActivityAt.toISOString(), t.id]);
  }

  /** One request by key: every representative of the company, and staff; anyone else NOT_FOUND. */
  async get(ctx: RequestContext, key: string): Promise<Ticket> {
    const v = ctx.viewer;
    if (!v) throw new UnauthenticatedError();
    const ticket = await ctx.db.getRepository(Ticket).findOne({
      where: {
        key: key.trim().toUpperCase(),
        portalKey: In(allowedPortals(ctx)),
        ...(v.kind === 'REPRESENTATIVE' ? { companyId: v.company.id } : {}),
      },
    });
    if (!ticket) throw new NotFoundError('Request');
    return ticket;
  }

  // Customer actions ---------------------------------------------------------------------------

  comment(ctx: RequestContext, ticketId: string, body: string): Promise<Ticket> {
    const text = this.body(body);
    return this.act(ctx, ticketId, 'CUSTOMER_COMMENT', async (tx, ticket, from) => {
      await this.addComment(
        ctx,
        tx,
        ticket,
        text,
        false,
        ticket.status !== from ? ticket.status : null,
      );
      const me = ctx.viewer?.kind === 'REPRESENTATIVE' ? ctx.viewer.representative.id : undefined;
      await notifyTicket(ctx, tx, ticket, 'COMMENT', text, { except: me });
    });
  }

  async share(ctx: RequestContext, ticketId: string, representativeIds: string[]): Promise<Ticket> {
    const v = ctx.viewer;
    if (v?.kind !== 'REPRESENTATIVE')
      throw new ForbiddenError('Requests are shared by the customer.');
    const ids = [...new Set(representativeIds)];
    if (!ids.length)
      throw new BadUserInputError('Choose at least one colleague.', 'representativeIds');
    return this.act(ctx, ticketId, null, async (tx, ticket) => {
      const colleagues = ids.every(isUuid)
        ? await tx
            .getRepository(Representative)
            .find({ where: { id: In(ids), companyId: v.company.id } })
        : [];
      if (colleagues.length !== ids.length) throw new NotFoundError('Colleague');
      const existing = (
        await tx.getRepository(TicketParticipant).find({ where: { ticketId: ticket.id } })
      ).map((p) => p.representativeId);
      const added = colleagues.filter(
        (c) => !existing.includes(c.id) && c.id !== ticket.reporterId,
      );
      if (added.length) {
        await tx
          .getRepository(TicketParticipant)
          .insert(added.map((c) => ({ ticketId: ticket.id, representativeId: c.id })));
        await notifyTicket(ctx, tx, ticket, 'SHARED', '', { only: added.map((c) => c.id) });
      }
    });
  }

  cancel(ctx: RequestContext, ticketId: string): Promise<Ticket> {
    if (ctx.viewer?.kind !== 'REPRESENTATIVE')
      throw new ForbiddenError('The customer cancels a request; staff resolve it.');
    return this.act(ctx, ticketId, 'CANCEL', async (tx, ticket) => {
      await this.addComment(ctx, tx, ticket, '—', false, TicketStatus.CANCELED);
      await notifyTicket(ctx, tx, ticket, 'CANCELED', '', {
        except: ctx.viewer?.kind === 'REPRESENTATIVE' ? ctx.viewer.representative.id : undefined,
      });
    });
  }

  reopen(ctx: RequestContext, ticketId: string, comment: string): Promise<Ticket> {
    const text = this.body(comment);
    return this.act(ctx, ticketId, 'REOPEN', async (tx, ticket) => {
      ticket.resolvedAt = null;
      await this.addComment(ctx, tx, ticket, text, false, TicketStatus.WAITING_FOR_SUPPORT);
      await notifyTicket(ctx, tx, ticket, 'REOPENED', text, {
        except: ctx.viewer?.kind === 'REPRESENTATIVE' ? ctx.viewer.representative.id : undefined,
      });
    });
  }

  // Agent actions ------------------------------------------------------------------------------

  async assign(
    ctx: RequestContext,
    ticketId: string,
    agentId: string,
    note: string | null,
  ): Promise<Ticket> {
    this.staff(ctx);
    const agent = isUuid(agentId)
      ? await ctx.db.getRepository(Agent).findOne({ where: { id: agentId, active: true } })
      : null;
    if (!agent) throw new NotFoundError('Agent');
    return this.act(ctx, ticketId, 'ASSIGN', async (tx, ticket, from) => {
      ticket.assigneeId = agent.id;
      const text = `→ ${agent.name}${note?.trim() ? `: ${note.trim()}` : ''}`;
      await this.addComment(
        ctx,
        tx,
        ticket,
        text,
        true,
        ticket.status !== from ? ticket.status : null,
      );
    });
  }

  async reply(
    ctx: RequestContext,
    ticketId: string,
    body: string,
    internal: boolean,
    setStatus: TicketStatus | null,
  ): Promise<Ticket> {
    this.staff(ctx);
    const text = this.body(body);
    if (internal && setStatus)
      throw new BadUserInputError(
        'An internal note does not change the status; reply publicly.',
        'setStatus',
      );
    return this.act(ctx, ticketId, 'AGENT_REPLY', async (tx, ticket, from) => {
      if (setStatus && setStatus !== ticket.status) {
        const next = nextTicketStatus(ticket.status, 'SET_STATUS', setStatus);
        if (!next)
          throw new TicketTransitionError(
            `A reply cannot set a request to ${setStatus}; resolve it instead.`,
          );
        this.enter(ticket, next);
      }
      await this.addComment(
        ctx,
        tx,
        ticket,
        text,
        internal,
        ticket.status !== from ? ticket.status : null,
      );
      if (!internal) {
        const waiting = ticket.status === TicketStatus.WAITING_FOR_CUSTOMER;
        const portal = await tx.getRepository(Portal).findOneByOrFail({ key: ticket.portalKey });
        await notifyTicket(ctx, tx, ticket, waiting ? 'WAITING' : 'REPLY', text, {
          when:
            waiting && ticket.waitingSince
              ? {
                  kind: 'RESOLVE_ON',
                  date: businessDaysAfter(portal, ticket.waitingSince, AUTO_RESOLVE_BUSINESS_DAYS),
                }
              : undefined,
        });
      }
    });
  }

  resolve(ctx: RequestContext, ticketId: string, comment: string | null): Promise<Ticket> {
    this.staff(ctx);
    return this.act(ctx, ticketId, 'RESOLVE', async (tx, ticket) => {
      const text = comment?.trim() || '—';
      await this.addComment(ctx, tx, ticket, text, false, TicketStatus.RESOLVED);
      const portal = await tx.getRepository(Portal).findOneByOrFail({ key: ticket.portalKey });
      await notifyTicket(ctx, tx, ticket, 'RESOLVED', comment?.trim() ?? '', {
        when: {
          kind: 'CLOSE_ON',
          date: businessDaysAfter(portal, ticket.resolvedAt!, AUTO_CLOSE_BUSINESS_DAYS),
        },
      });
    });
  }

  private staff(ctx: RequestContext): void {
    const v = ctx.viewer;
    if (!v) throw new UnauthenticatedError();
    if (v.kind === 'REPRESENTATIVE')
      throw new ForbiddenError('Only the seller’s staff can do this.');
  }

  private body(body: string): string {
    const text = body.trim();
    if (!text) throw new BadUserInputError('Write something first.', 'body');
    if (text.length > 20_000) throw new BadUserInputError('At most 20,000 characters.', 'body');
    return text;
  }

  /** Status bookkeeping when a request enters a status. */
  private enter(ticket: Ticket, status: TicketStatus | `${TicketStatus}`): void {
    const now = new Date();
    ticket.status = status as TicketStatus;
    ticket.waitingSince = status === TicketStatus.WAITING_FOR_CUSTOMER ? now : null;
    ticket.reminderSentAt = null;
    if (status === TicketStatus.RESOLVED) ticket.resolvedAt = now;
    if (status === TicketStatus.CLOSED) ticket.closedAt = now;
  }

  private async addComment(
    ctx: RequestContext,
    tx: EntityManager,
    ticket: Ticket,
    body: string,
    internal: boolean,
    statusChange: `${TicketStatus}` | null,
  ): Promise<void> {
    const v = ctx.viewer!;
    const author =
      v.kind === 'REPRESENTATIVE'
        ? {
            authorType: 'CUSTOMER' as const,
            authorId: v.representative.id,
            authorName: v.representative.name ?? v.representative.email,
          }
        : v.kind === 'AGENT'
          ? { authorType: 'AGENT' as const, authorId: v.agent.id, authorName: v.agent.name }
          : { authorType: 'AGENT' as const, authorId: null, authorName: v.tokenName };
    await tx
      .getRepository(TicketComment)
      .insert({ ticketId: ticket.id, ...author, body, internal, statusChange });
  }

  /**
   * Loads and locks the request (company scope for representatives), applies the status
   * machine for the action, runs fn, and saves. CLOSED refuses everything with TICKET_CLOSED.
   */
  private async act(
    ctx: RequestContext,
    ticketId: string,
    action: TicketAction | null,
    fn: (tx: EntityManager, ticket: Ticket, from: TicketStatus) => Promise<void>,
  ): Promise<Ticket> {
    const v = ctx.viewer;
    if (!v) throw new UnauthenticatedError();
    if (!isUuid(ticketId)) throw new NotFoundError('Request');
    return ctx.transaction(async (tx) => {
      const qb = tx
        .getRepository(Ticket)
        .createQueryBuilder('t')
        .where('t.id = :id AND t.portalKey IN (:...portals)', {
          id: ticketId,
          portals: allowedPortals(ctx),
        })
        .setLock('pessimistic_write');
      if (v.kind === 'REPRESENTATIVE')
        qb.andWhere('t.companyId = :companyId', { companyId: v.company.id });
      const ticket = await qb.getOne();
      if (!ticket) throw new NotFoundError('Request');
      if (ticket.status === TicketStatus.CLOSED) throw new TicketClosedError();
      const from = ticket.status as TicketStatus;
      if (action) {
        const next = nextTicketStatus(ticket.status, action);
        if (!next) {
          throw new TicketTransitionError(
            ticket.status === TicketStatus.RESOLVED
              ? 'This request is resolved: reopen it with a comment to continue.'
              : `A request that is ${ticket.status} cannot take this step.`,
          );
        }
        if (next !== ticket.status) this.enter(ticket, next);
      }
      ticket.lastActivityAt = new Date();
      await fn(tx, ticket, from);
      await tx.getRepository(Ticket).save(ticket);
      return ticket;
    });
  }
}

export function ticketCommentsLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, TicketComment[]>('ticket.comments', async (ids) => {
    const qb = ctx.db
      .getRepository(TicketComment)
      .createQueryBuilder('c')
      .where('c.ticketId IN (:...ids)', { ids: [...ids] });
    // Agents' internal notes never reach customers.
    if (ctx.viewer?.kind === 'REPRESENTATIVE') qb.andWhere('c.internal = false');
    const comments = await qb.orderBy('c.createdAt', 'ASC').addOrderBy('c.id', 'ASC').getMany();
    return ids.map((id) => comments.filter((c) => c.ticketId === id));
  });
}

export function ticketParticipantsLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, Representative[]>('ticket.participants', async (ids) => {
    const rows = await ctx.db
      .getRepository(TicketParticipant)
      .find({ where: { ticketId: In([...ids]) }, order: { createdAt: 'ASC' } });
    const people = rows.length
      ? await ctx.db
          .getRepository(Representative)
          .find({ where: { id: In(rows.map((r) => r.representativeId)) } })
      : [];
    return ids.map((id) =>
      rows
        .filter((r) => r.ticketId === id)
        .map((r) => people.find((p) => p.id === r.representativeId)!)
        .filter(Boolean),
    );
  });
}

export function representativeLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, Representative | null>('representative', async (ids) => {
    const people = await ctx.db.getRepository(Representative).find({ where: { id: In([...ids]) } });
    return ids.map((id) => people.find((p) => p.id === id) ?? null);
  });
}

export function agentLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, Agent | null>('agent', async (ids) => {
    const agents = await ctx.db.getRepository(Agent).find({ where: { id: In([...ids]) } });
    return ids.map((id) => agents.find((a) => a.id === id) ?? null);
  });
}

export function requestTypeLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, RequestType | null>('requestType', async (ids) => {
    const types = await ctx.db.getRepository(RequestType).find({ where: { id: In([...ids]) } });
    return ids.map((id) => types.find((t) => t.id === id) ?? null);
  });
}

export { nameIn };
