import { audit } from '../../../audit/audit.service';
import { uniqueViolation } from '../../../common/db-errors';
import { BadUserInputError } from '../../../common/errors';
import type { RequestContext } from '../../../context/request-context';
import { requireRepresentative } from '../../../context/viewer';
import {
  isSatisfactionRating,
  ratingRefusal,
  SATISFACTION_LIMITS,
} from '../../../../../shared/src/satisfaction';
import { lockTicket } from '../ticket/ticket.commands';
import type { Ticket } from '../ticket/ticket.entity';
import { TicketSatisfaction } from './satisfaction.entity';
import { AlreadyRatedError, refusalError } from './satisfaction.errors';

/** A rating's optional comment: trimmed, empty is none, within the shared limit. */
function commentOf(raw: string | null | undefined): string | null {
  const text = raw?.trim() ?? '';
  if (!text) return null;
  if ([...text].length > SATISFACTION_LIMITS.comment)
    throw new BadUserInputError(
      `At most ${SATISFACTION_LIMITS.comment.toLocaleString('en')} characters.`,
      'comment',
    );
  return text;
}

export class SatisfactionCommands {
  /**
   * The reporter rates a resolved request, once. Another company's request: NOT_FOUND; a
   * colleague's: FORBIDDEN; not resolved (or closed): TICKET_NOT_RESOLVED; twice:
   * ALREADY_RATED (also when two tabs race: the unique index on the request decides).
   */
  async rate(
    ctx: RequestContext,
    ticketId: string,
    rating: number,
    rawComment: string | null | undefined,
  ): Promise<Ticket> {
    const me = requireRepresentative(ctx);
    if (!isSatisfactionRating(rating))
      throw new BadUserInputError('Choose a rating from 1 to 5.', 'rating');
    const comment = commentOf(rawComment);
    try {
      return await ctx.transaction(async (tx) => {
        const ticket = await lockTicket(ctx, tx, ticketId);
        const repo = tx.getRepository(TicketSatisfaction);
        const refusal = ratingRefusal({
          status: ticket.status,
          byReporter: ticket.reporterId === me.id,
          rated: await repo.exists({ where: { ticketId: ticket.id } }),
        });
        if (refusal) throw refusalError(refusal);
        const row = await repo.save(
          repo.create({
            ticketId: ticket.id,
            companyId: ticket.companyId,
            representativeId: me.id,
            rating,
            comment,
          }),
        );
        await audit(
          ctx,
          tx,
          'ticket.rated',
          { type: 'Ticket', id: ticket.id, companyId: ticket.companyId },
          { key: ticket.key, rating, satisfactionId: row.id },
        );
        return ticket;
      });
    } catch (err) {
      if (uniqueViolation(err) === 'UQ_ticket_satisfaction_ticket') throw new AlreadyRatedError();
      throw err;
    }
  }
}
