import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../../context/request-context';
import { Ticket } from '../ticket/ticket.entity';
import { SatisfactionCommands } from './satisfaction.commands';
import { TicketSatisfaction } from './satisfaction.entity';
import { satisfactionLoader } from './satisfaction.loaders';

const commands = new SatisfactionCommands();

/** Ticket.satisfaction and rateTicket: kept beside, not inside, the ticket module. */
@Resolver(() => Ticket)
export class SatisfactionResolver {
  @Authorized('REPRESENTATIVE')
  @Mutation(() => Ticket, {
    description:
      "The reporter rates a resolved request 1-5, once, until it closes. Errors: ALREADY_RATED, TICKET_NOT_RESOLVED, FORBIDDEN (a colleague's request), NOT_FOUND.",
  })
  rateTicket(
    @Ctx() ctx: RequestContext,
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('rating', () => Int) rating: number,
    @Arg('comment', () => String, { nullable: true }) comment?: string | null,
  ): Promise<Ticket> {
    return commands.rate(ctx, ticketId, rating, comment);
  }

  @FieldResolver(() => TicketSatisfaction, {
    nullable: true,
    description: "The reporter's rating, once given (null before).",
  })
  satisfaction(@Root() t: Ticket, @Ctx() ctx: RequestContext): Promise<TicketSatisfaction | null> {
    return satisfactionLoader(ctx).load(t.id);
  }
}
