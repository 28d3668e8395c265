import { In, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../../context/request-context';
import { actorOf } from '../../../context/viewer';
import { formatWhen, queueEmail } from '../../../mail/mail.service';
import { TICKET_WORDS } from '../../../mail/templates';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../../../shared/src/locales';
import { requestPath } from '../../../../../shared/src/routes';
import type { TicketAction } from '../../../../../shared/src/tickets';
import {
  Representative,
  RepresentativeStatus,
} from '../../accounts/representative/representative.entity';
import { Portal } from '../request-type/request-type.entity';
import { automaticDeadlines } from './calendar';
import { TicketParticipant, TicketStatus, type Ticket } from './ticket.entity';

/** The step an e-mail announces (its words are in TICKET_WORDS, per language). */
export type TicketStep =
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

type Deadline = 'RESOLVE_ON' | 'CLOSE_ON';

export interface NotifyOptions {
  /** What the e-mail quotes (a comment, a reply); nothing by default. */
  body?: string;
  /** Not this representative (whoever caused the step reads it on screen). */
  except?: string | null;
  /** Only these representatives (e.g. the colleagues a request was just shared with). */
  only?: string[];
  /** A deadline to mention: when the request resolves or closes automatically. */
  deadline?: Deadline;
}

/**
 * Which e-mail a public step of the history causes; null: none (assignments are internal).
 * The same table serves customers', agents' and the job's steps.
 */
function mailOf(
  action: TicketAction,
  ticket: Ticket,
): { step: TicketStep; deadline?: Deadline } | null {
  switch (action) {
    case 'CUSTOMER_COMMENT':
      return { step: 'COMMENT' };
    case 'AGENT_REPLY':
    case 'SET_STATUS':
      return ticket.status === TicketStatus.WAITING_FOR_CUSTOMER
        ? { step: 'WAITING', deadline: 'RESOLVE_ON' }
        : { step: 'REPLY' };
    case 'ASSIGN':
      return null;
    case 'RESOLVE':
      return { step: 'RESOLVED', deadline: 'CLOSE_ON' };
    case 'REOPEN':
      return { step: 'REOPENED' };
    case 'CANCEL':
      return { step: 'CANCELED' };
    case 'AUTO_RESOLVE':
      return { step: 'AUTO_RESOLVED', deadline: 'CLOSE_ON' };
    case 'AUTO_CLOSE':
      return { step: 'CLOSED' };
  }
}

/** Who gets which e-mail about a support request, each in their own language. */
export class TicketNotifications {
  /** The e-mails of a public step of the history; the representative who took it gets none. */
  async afterStep(
    ctx: RequestContext,
    tx: EntityManager,
    ticket: Ticket,
    action: TicketAction,
    body: string,
  ): Promise<void> {
    const mail = mailOf(action, ticket);
    if (!mail) return;
    const actor = actorOf(ctx);
    await this.notify(ctx, tx, ticket, mail.step, {
      body,
      except: actor.type === 'CUSTOMER' ? actor.id : null,
      deadline: mail.deadline,
    });
  }

  /** E-mails the reporter and the participants (or `only` some), each in their language. */
  async notify(
    ctx: RequestContext,
    tx: EntityManager,
    ticket: Ticket,
    step: TicketStep,
    options: NotifyOptions = {},
  ): Promise<void> {
    const people = await this.recipients(tx, ticket, options);
    if (!people.length) return;
    // Deadlines are shown in the portal's time zone, where its business days are counted.
    const portal = options.deadline
      ? await tx.getRepository(Portal).findOneByOrFail({ key: ticket.portalKey })
      : null;
    const deadlines = portal ? automaticDeadlines(portal, ticket) : null;
    const date =
      options.deadline === 'RESOLVE_ON' ? deadlines?.autoResolveAt : deadlines?.autoCloseAt;
    for (const person of people) {
      const locale: Locale = isLocale(person.locale) ? person.locale : DEFAULT_LOCALE;
      const words = TICKET_WORDS[locale];
      await queueEmail(ctx, tx, {
        to: person.email,
        template: 'TICKET_UPDATE',
        locale,
        params: {
          key: ticket.key,
          subject: ticket.subject,
          step: words[step] ?? step,
          body: options.body ?? '',
          when:
            options.deadline && date && portal
              ? words[options.deadline]!.replace(
                  '{{date}}',
                  formatWhen(date, locale, portal.timeZone),
                )
              : '',
        },
        linkPath: requestPath(ticket.key),
        companyId: ticket.companyId,
      });
    }
  }

  private async recipients(
    tx: EntityManager,
    ticket: Ticket,
    options: NotifyOptions,
  ): Promise<Representative[]> {
    let ids = options.only;
    if (!ids) {
      const participants = await tx
        .getRepository(TicketParticipant)
        .find({ where: { ticketId: ticket.id } });
      ids = [...new Set([ticket.reporterId, ...participants.map((p) => p.representativeId)])];
    }
    const people = await tx
      .getRepository(Representative)
      .find({ where: { id: In(ids), status: RepresentativeStatus.ACTIVE } });
    return people.filter((p) => p.id !== options.except);
  }
}
