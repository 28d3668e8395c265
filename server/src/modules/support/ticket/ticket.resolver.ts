import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ConnectionType, type Connection } from '../../../common/connection';
import { selectedFieldNames } from '../../../common/selection';
import type { RequestContext } from '../../../context/request-context';
import { freshReads, liveEvents } from '../../../context/live-events';
import { isStaff } from '../../../context/viewer';
import { Agent } from '../../accounts/agent/agent.entity';
import { Representative } from '../../accounts/representative/representative.entity';
import { LOCALES } from '../../../../../shared/src/locales';
import type { Names, RequestType } from '../request-type/request-type.entity';
import { requestTypeView } from '../request-type/request-type.service';
import { RequestTypeType } from '../request-type/request-type.types';
import { automaticDeadlines } from './calendar';
import { TicketCommands } from './ticket.commands';
import { Ticket, TicketComment, TicketStatus } from './ticket.entity';
import { CreateTicketInput, TicketsArgs } from './ticket.inputs';
import { joinedOf, ticketLoaders } from './ticket.loaders';
import { TicketQueries } from './ticket.queries';

export const TicketConnection = ConnectionType(Ticket, 'Ticket');

/** The request's type as GraphQL shows it; a type that no longer exists shows empty. */
function typeOf(ctx: RequestContext, t: Ticket, type: RequestType | null): RequestTypeType {
  if (type) return requestTypeView(ctx, type);
  const none = Object.fromEntries(LOCALES.map((l) => [l, ''])) as Names;
  return {
    id: t.requestTypeId,
    name: '',
    names: none,
    active: false,
    children: [],
    parentId: null,
  };
}
const queries = new TicketQueries();
const commands = new TicketCommands();

@Resolver(() => Ticket)
export class TicketResolver {
  @Authorized('STAFF')
  @Query(() => [Agent], { description: 'Staff: the colleagues a request can be assigned to.' })
  agents(@Ctx() ctx: RequestContext): Promise<Agent[]> {
    return queries.agents(ctx);
  }

  @Authorized('REPRESENTATIVE')
  @Mutation(() => Ticket, { description: 'Raises a request; a confirmation email follows.' })
  createTicket(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateTicketInput) input: CreateTicketInput,
  ): Promise<Ticket> {
    return commands.create(ctx, input);
  }

  @Authorized()
  @Query(() => TicketConnection, {
    description: 'Requests by last activity; without filter.statuses only open ones.',
  })
  tickets(
    @Ctx() ctx: RequestContext,
    @Args(() => TicketsArgs) args: TicketsArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Ticket>> {
    return queries.list(ctx, args, {
      reporter: selectedFieldNames(info, ['edges', 'node', 'reporter']),
    });
  }

  @Authorized()
  @Query(() => Ticket, { nullable: true })
  ticket(@Ctx() ctx: RequestContext, @Arg('key', () => String) key: string): Promise<Ticket> {
    return queries.get(ctx, key);
  }

  @Authorized()
  @Subscription(() => Ticket, {
    description:
      'The request again, each time its conversation, status, assignee or participants change ' +
      "(graphql-ws at /graphql). Anyone else's request: NOT_FOUND, as the ticket query.",
    subscribe: async ({ args, context }) => {
      const ctx = context as RequestContext;
      // The same read as the query: another company's request is NOT_FOUND before any event.
      const ticket = await queries.get(ctx, String(args.key));
      const staff = isStaff(ctx);
      return liveEvents(
        ctx,
        (e) => e.type === 'TICKET' && e.id === ticket.id && (staff || !e.internal),
      );
    },
  })
  ticketUpdated(
    @Ctx() ctx: RequestContext,
    @Arg('key', () => String) key: string,
  ): Promise<Ticket> {
    freshReads(ctx);
    return queries.get(ctx, key);
  }

  @Authorized('REPRESENTATIVE')
  @Mutation(() => Ticket, {
    description: 'A customer comment; on WAITING_FOR_CUSTOMER it goes back to support.',
  })
  commentOnTicket(
    @Ctx() ctx: RequestContext,
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('body', () => String) body: string,
  ): Promise<Ticket> {
    return commands.comment(ctx, ticketId, body);
  }

  @Authorized('REPRESENTATIVE')
  @Mutation(() => Ticket, {
    description: 'Adds colleagues of your company as participants (they are emailed).',
  })
  shareTicket(
    @Ctx() ctx: RequestContext,
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('representativeIds', () => [ID]) representativeIds: string[],
  ): Promise<Ticket> {
    return commands.share(ctx, ticketId, representativeIds);
  }

  @Authorized('REPRESENTATIVE')
  @Mutation(() => Ticket, {
    description: 'Withdraws a request solved in-house or no longer needed.',
  })
  cancelTicket(
    @Ctx() ctx: RequestContext,
    @Arg('ticketId', () => ID) ticketId: string,
  ): Promise<Ticket> {
    return commands.cancel(ctx, ticketId);
  }

  @Authorized()
  @Mutation(() => Ticket, {
    description:
      'Reopens a resolved request with a comment. A closed one: TICKET_CLOSED, for everyone.',
  })
  reopenTicket(
    @Ctx() ctx: RequestContext,
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('comment', () => String) comment: string,
  ): Promise<Ticket> {
    return commands.reopen(ctx, ticketId, comment);
  }

  @Authorized('STAFF')
  @Mutation(() => Ticket, {
    description: 'Assigns or delegates to a colleague, with an internal note.',
  })
  assignTicket(
    @Ctx() ctx: RequestContext,
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('agentId', () => ID) agentId: string,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<Ticket> {
    return commands.assign(ctx, ticketId, { agentId, note: note ?? null });
  }

  @Authorized('STAFF')
  @Mutation(() => Ticket, {
    description:
      'A public reply (emailed) or an internal note; may set WAITING_FOR_CUSTOMER or IN_PROGRESS.',
  })
  replyToTicket(
    @Ctx() ctx: RequestContext,
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('body', () => String) body: string,
    @Arg('internal', () => Boolean, { nullable: true }) internal?: boolean | null,
    @Arg('setStatus', () => TicketStatus, { nullable: true }) setStatus?: TicketStatus | null,
  ): Promise<Ticket> {
    return commands.reply(ctx, ticketId, {
      body,
      internal: internal ?? false,
      setStatus: setStatus ?? null,
    });
  }

  @Authorized('STAFF')
  @Mutation(() => Ticket, {
    description: 'Resolves the request (emailed); it closes 4 business days later.',
  })
  resolveTicket(
    @Ctx() ctx: RequestContext,
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('comment', () => String, { nullable: true }) comment?: string | null,
  ): Promise<Ticket> {
    return commands.resolve(ctx, ticketId, comment ?? null);
  }

  @FieldResolver(() => String)
  description(@Root() t: Ticket, @Ctx() ctx: RequestContext): string | Promise<string> {
    // Lists leave the description out; a list that asks for it loads it in one batch.
    return t.description ?? ticketLoaders.description(ctx).load(t.id);
  }

  @FieldResolver(() => [TicketComment], {
    description: 'The conversation, oldest first (internal notes for staff only).',
  })
  comments(@Root() t: Ticket, @Ctx() ctx: RequestContext): Promise<TicketComment[]> {
    return ticketLoaders.comments(ctx).load(t.id);
  }

  @FieldResolver(() => [Representative], { description: 'Colleagues the request is shared with.' })
  participants(@Root() t: Ticket, @Ctx() ctx: RequestContext): Promise<Representative[]> {
    return ticketLoaders.participants(ctx).load(t.id);
  }

  @FieldResolver(() => Representative, { nullable: true })
  reporter(
    @Root() t: Ticket,
    @Ctx() ctx: RequestContext,
  ): Representative | null | Promise<Representative | null> {
    // A list row brought its reporter along: no loader, no promise per row.
    const joined = joinedOf(t);
    return joined ? joined.reporter : ticketLoaders.representative(ctx).load(t.reporterId);
  }

  @FieldResolver(() => Agent, { nullable: true })
  assignee(@Root() t: Ticket, @Ctx() ctx: RequestContext): Promise<Agent | null> {
    return t.assigneeId ? ticketLoaders.agent(ctx).load(t.assigneeId) : Promise.resolve(null);
  }

  @FieldResolver(() => RequestTypeType)
  requestType(
    @Root() t: Ticket,
    @Ctx() ctx: RequestContext,
  ): RequestTypeType | Promise<RequestTypeType> {
    const joined = joinedOf(t);
    if (joined) return typeOf(ctx, t, joined.requestType);
    return ticketLoaders
      .requestType(ctx)
      .load(t.requestTypeId)
      .then((type) => typeOf(ctx, t, type));
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'When it becomes RESOLVED without an answer (business days).',
  })
  async autoResolveAt(@Root() t: Ticket, @Ctx() ctx: RequestContext): Promise<Date | null> {
    return automaticDeadlines(await ticketLoaders.portal(ctx).load(t.portalKey), t).autoResolveAt;
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'When a resolved request closes for good (business days).',
  })
  async autoCloseAt(@Root() t: Ticket, @Ctx() ctx: RequestContext): Promise<Date | null> {
    return automaticDeadlines(await ticketLoaders.portal(ctx).load(t.portalKey), t).autoCloseAt;
  }
}
