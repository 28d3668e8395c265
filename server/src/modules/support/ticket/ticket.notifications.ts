import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../../context/request-context';
import { actorOf } from '../../../context/viewer';
import { formatWhen, queueEmails, type EmailRequest } from '../../../mail/mail.service';
import { TICKET_WORDS } from '../../../mail/templates';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../../../shared/src/locales';
import { requestPath } from '../../../../../shared/src/routes';
import type { TicketAction } from '../../../../../shared/src/tickets';
import {
  RepresentativeStatus,
  type Representative,
} from '../../accounts/representative/representative.entity';
import type { Portal } from '../request-type/request-type.entity';
import { portalsIn } from '../request-type/portals-in-tx';
import { ratingChoices } from '../satisfaction/satisfaction.mail';
import { automaticDeadlines } from './calendar';
import { TicketStatus, type Ticket } from './ticket.entity';

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

/** A request as its e-mails need it (a batch step's rows carry no more). */
export type MailedTicket = Pick<
  Ticket,
  'id' | 'key' | 'subject' | 'companyId' | 'portalKey' | 'reporterId' | 'status'
> &
  Partial<Pick<Ticket, 'waitingSince' | 'resolvedAt'>>;

/** Who gets an e-mail: an active representative, in their language. */
type Recipient = Pick<Representative, 'id' | 'email' | 'locale'>;

/** The steps whose e-mail asks the reporter to rate the request. */
const RATED_STEPS: ReadonlySet<TicketStep> = new Set(['RESOLVED', 'AUTO_RESOLVED']);

/** The e-mail of one step of one request to one person. */
function emailOf(
  ticket: MailedTicket,
  person: Recipient,
  step: TicketStep,
  body: string,
  when: (locale: Locale) => string,
): EmailRequest {
  const locale: Locale = isLocale(person.locale) ? person.locale : DEFAULT_LOCALE;
  const words = TICKET_WORDS[locale];
  return {
    to: person.email,
    template: 'TICKET_UPDATE',
    locale,
    params: {
      key: ticket.key,
      subject: ticket.subject,
      step: words[step] ?? step,
      body,
      when: when(locale),
    },
    linkPath: requestPath(ticket.key),
    companyId: ticket.companyId,
    thread: { type: 'TICKET', id: ticket.id, recipientId: person.id },
    choices: RATED_STEPS.has(step) ? ratingChoices(ticket, person.id, locale) : undefined,
  };
}

/**
 * "Without an answer it will be resolved automatically on …" in a language, for the request's
 * deadline in its portal's time zone (where its business days are counted); '' without one.
 * Memoized: the requests of a batch share their portal and deadline, so the business-day
 * arithmetic and the date formatting run once per portal and language, not once per row.
 */
class DeadlineWords {
  private readonly dates = new Map<string, Date | null>();
  private readonly texts = new Map<string, string>();

  constructor(
    private readonly portals: ReadonlyMap<string, Portal>,
    private readonly deadline: Deadline,
  ) {}

  for(ticket: MailedTicket): (locale: Locale) => string {
    const portal = this.portals.get(ticket.portalKey);
    if (!portal) return () => '';
    const since = ticket.status === TicketStatus.RESOLVED ? ticket.resolvedAt : ticket.waitingSince;
    const key = `${portal.key}|${ticket.status}|${since?.getTime()}`;
    let date = this.dates.get(key);
    if (date === undefined) {
      const deadlines = automaticDeadlines(portal, {
        status: ticket.status,
        waitingSince: ticket.waitingSince ?? null,
        resolvedAt: ticket.resolvedAt ?? null,
      });
      date = this.deadline === 'RESOLVE_ON' ? deadlines.autoResolveAt : deadlines.autoCloseAt;
      this.dates.set(key, date);
    }
    const at = date;
    return (locale) => {
      if (!at) return '';
      const textKey = `${key}|${locale}`;
      let text = this.texts.get(textKey);
      if (text === undefined) {
        text = TICKET_WORDS[locale][this.deadline]!.replace(
          '{{date}}',
          formatWhen(at, locale, portal.timeZone),
        );
        this.texts.set(textKey, text);
      }
      return text;
    };
  }
}

/**
 * Which e-mail a public step of the history causes; null: none (assignments are internal).
 * The same table serves customers', agents' and the job's steps.
 */
function mailOf(
  action: TicketAction,
  ticket: Pick<Ticket, 'status'>,
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

  /**
   * E-mails the reporter and the participants (or `only` some), each in their language: the
   * recipients in one query, the e-mails in one INSERT (sent with the transaction's deferred
   * writes).
   */
  async notify(
    ctx: RequestContext,
    tx: EntityManager,
    ticket: MailedTicket,
    step: TicketStep,
    options: NotifyOptions = {},
  ): Promise<void> {
    const people = await this.recipients(tx, ticket, options);
    if (!people.length) return;
    const when = options.deadline
      ? new DeadlineWords(await portalsIn(tx, [ticket.portalKey]), options.deadline).for(ticket)
      : () => '';
    await queueEmails(
      ctx,
      tx,
      people.map((person) => emailOf(ticket, person, step, options.body ?? '', when)),
    );
  }

  /**
   * The e-mails of an automatic step (AUTO_RESOLVE, AUTO_CLOSE) for a batch of requests the
   * state machine changed: the same people and words as `afterStep`, found in one query and
   * queued in one INSERT; deadlines computed once per portal.
   */
  async afterAutomaticSteps(
    ctx: RequestContext,
    tx: EntityManager,
    tickets: readonly MailedTicket[],
    action: 'AUTO_RESOLVE' | 'AUTO_CLOSE',
  ): Promise<void> {
    const mail = tickets[0] && mailOf(action, tickets[0]);
    if (!mail) return;
    const people = await this.recipientsOfMany(
      tx,
      tickets.map((t) => t.id),
    );
    const portals = mail.deadline
      ? await portalsIn(
          tx,
          tickets.map((t) => t.portalKey),
        )
      : new Map<string, Portal>();
    const words = mail.deadline ? new DeadlineWords(portals, mail.deadline) : null;
    const emails: EmailRequest[] = [];
    for (const ticket of tickets) {
      const when = words ? words.for(ticket) : () => '';
      for (const person of people.get(ticket.id) ?? [])
        emails.push(emailOf(ticket, person, mail.step, '', when));
    }
    await queueEmails(ctx, tx, emails);
  }

  /** The active reporter and participants of each request, in one query. */
  private async recipientsOfMany(
    tx: EntityManager,
    ticketIds: string[],
  ): Promise<Map<string, Recipient[]>> {
    const rows: Array<Recipient & { ticketId: string }> = await tx.query(
      `SELECT x."ticketId", r.id, r.email, r.locale
         FROM (SELECT id AS "ticketId", "reporterId" AS "personId" FROM ticket WHERE id = ANY($1::uuid[])
               UNION
               SELECT "ticketId", "representativeId" FROM ticket_participant WHERE "ticketId" = ANY($1::uuid[])) x
         JOIN representative r ON r.id = x."personId" AND r.status = $2`,
      [ticketIds, RepresentativeStatus.ACTIVE],
    );
    const byTicket = new Map<string, Recipient[]>();
    for (const row of rows) {
      const list = byTicket.get(row.ticketId) ?? [];
      list.push(row);
      byTicket.set(row.ticketId, list);
    }
    return byTicket;
  }

  /** The active people of `only`, or the request's reporter and participants, in one query. */
  private async recipients(
    tx: EntityManager,
    ticket: MailedTicket,
    options: NotifyOptions,
  ): Promise<Recipient[]> {
    const people = options.only
      ? ((await tx.query(
          'SELECT id, email, locale FROM representative WHERE id = ANY($1::uuid[]) AND status = $2',
          [options.only, RepresentativeStatus.ACTIVE],
        )) as Recipient[])
      : ((await this.recipientsOfMany(tx, [ticket.id])).get(ticket.id) ?? []);
    return people.filter((p) => p.id !== options.except);
  }
}
