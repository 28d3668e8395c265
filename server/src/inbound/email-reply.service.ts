import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager } from 'typeorm';
import { AppError } from '../common/errors';
import {
  createRequestContext,
  type ContextDeps,
  type RequestContext,
} from '../context/request-context';
import type { Attachment as MailAttachment } from 'mailparser';
import { InboundEmail, type InboundOutcome } from '../mail/inbound-email.entity';
import {
  parseInbound,
  type InboundDelivery,
  type InboundMessage,
} from '../mail/inbound/inbound-message';
import { replyText } from '../mail/inbound/reply-text';
import { queueEmail } from '../mail/mail.service';
import { DEFAULT_LOCALE, isLocale } from '../../../shared/src/locales';
import { RETURN_LIMITS } from '../../../shared/src/rma';
import { ROUTES } from '../../../shared/src/routes';
import { TICKET_LIMITS } from '../../../shared/src/tickets';
import { AttachmentService } from '../modules/returns/attachment/attachment.service';
import { ReturnCommentService } from '../modules/returns/return-request/return-request.comments';
import { lockTicket, TicketCommands } from '../modules/support/ticket/ticket.commands';
import { TicketStatus } from '../modules/support/ticket/ticket.entity';
import { threadOfReply, type DropReason, type ReplyThread } from './thread-of-reply';

/** What became of a received message. DUPLICATE: it had been received before; nothing done. */
export type InboundResult =
  | { outcome: 'POSTED'; notes: string[] }
  | { outcome: 'ANSWERED_CLOSED' }
  | { outcome: 'DROPPED'; reason: DropReason | string }
  | { outcome: 'DUPLICATE' };

/** Inline images below this size are taken for logos and icons of a signature, not files. */
const INLINE_IMAGE_MIN_BYTES = 16 * 1024;

const cut = (text: string, max: number) => [...text].slice(0, max).join('');

/** A context that runs every `transaction` of a service in the one transaction `tx`. */
function joined(ctx: RequestContext, tx: EntityManager): RequestContext {
  return { ...ctx, transaction: (fn) => fn(tx) };
}

/** The files of a reply that are meant as files: attachments, and inline images that are not a signature's. */
function filesOf(msg: InboundMessage): MailAttachment[] {
  return msg.attachments.filter(
    (a) =>
      a.contentDisposition === 'attachment' ||
      (!a.related && a.contentDisposition !== 'inline') ||
      a.size >= INLINE_IMAGE_MIN_BYTES,
  );
}

/**
 * Turns a reply to one of the portal's e-mails into a comment by the person it was sent to, on
 * the request or return it is about. Both inbound channels hand every raw message here.
 * Each message is handled once: its dedupe key is inserted with ON CONFLICT DO NOTHING in the
 * same transaction as the comment (a second delivery, in this or another process, waits for the
 * first's commit and then finds the row). Errors that may pass (the database) are thrown, so
 * that the channel delivers the message again later (SMTP 451, IMAP leaves it unseen).
 */
export class EmailReplyService {
  private readonly tickets = new TicketCommands();
  private readonly returns = new ReturnCommentService();
  private readonly attachments = new AttachmentService();

  constructor(private readonly deps: ContextDeps) {}

  async receive(raw: Buffer, delivery: InboundDelivery): Promise<InboundResult> {
    const msg = await parseInbound(raw, delivery);
    const { db, config } = this.deps;
    if (await db.getRepository(InboundEmail).existsBy({ dedupeKey: msg.dedupeKey }))
      return this.duplicate(msg);
    if (msg.automatic) return this.drop(msg, delivery, msg.automatic);
    const thread = await threadOfReply(db, config, msg);
    if ('reason' in thread) return this.drop(msg, delivery, thread.reason);
    const ctx = this.contextOf(thread);
    try {
      return await this.post(ctx, msg, delivery, thread);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      if (err.code === 'TICKET_CLOSED' || err.code === 'RETURN_CLOSED')
        return this.answerClosed(ctx, msg, delivery, thread);
      if (err.code === 'NOT_FOUND') return this.drop(msg, delivery, 'NOT_VISIBLE', thread);
      return this.drop(msg, delivery, 'REFUSED', thread, [`${err.code}: ${err.message}`]);
    }
  }

  /** The person the token was made for, as a signed-in representative of their company. */
  private contextOf(thread: ReplyThread): RequestContext {
    return createRequestContext(this.deps, {
      requestId: `email-${Date.now().toString(36)}`,
      viewer: {
        kind: 'REPRESENTATIVE',
        representative: thread.person,
        company: thread.company,
        sessionId: 'email-reply',
      },
      locale: thread.person.locale,
      clientIp: 'email',
      userAgent: 'email reply',
      sessionCookie: { set: () => undefined, clear: () => undefined },
    });
  }

  /** The comment (and files) in one transaction with the message's inbound_email row. */
  private async post(
    ctx: RequestContext,
    msg: InboundMessage,
    delivery: InboundDelivery,
    thread: ReplyThread,
  ): Promise<InboundResult> {
    const files = filesOf(msg);
    const text = replyText(msg.text);
    const body = text || files.map((f) => `📎 ${f.filename ?? 'file'}`).join('\n');
    if (!body) return this.drop(msg, delivery, 'EMPTY', thread);
    const stored: string[] = [];
    const dir = path.join(this.deps.config.dataDir, 'uploads');
    const removeStored = () =>
      Promise.all(
        stored.splice(0).map((id) => fs.promises.rm(path.join(dir, id), { force: true })),
      );
    try {
      return await ctx.transaction(async (tx) => {
        await removeStored(); // the files of an attempt that was rolled back (deadlock, retried)
        const row = await this.record(tx, msg, delivery, 'POSTED', null, thread);
        if (!row) return { outcome: 'DUPLICATE' } as const;
        const inTx = joined(ctx, tx);
        const notes =
          thread.token.threadType === 'TICKET'
            ? await this.postOnTicket(inTx, tx, thread.token.threadId, body, files, stored)
            : await this.postOnReturn(inTx, thread.token.threadId, body, files);
        if (notes.length) await tx.getRepository(InboundEmail).update(row, { notes });
        ctx.logger.info(
          { inbound: this.facts(msg, delivery), thread: thread.ref, notes },
          'email reply posted',
        );
        return { outcome: 'POSTED', notes } as const;
      });
    } catch (err) {
      await removeStored(); // the files of a transaction that did not commit
      throw err;
    }
  }

  /** A comment on the request (a resolved one is reopened with it, as in the portal); then its files. */
  private async postOnTicket(
    ctx: RequestContext,
    tx: EntityManager,
    ticketId: string,
    body: string,
    files: MailAttachment[],
    stored: string[],
  ): Promise<string[]> {
    const ticket = await lockTicket(ctx, tx, ticketId);
    const text = cut(body, TICKET_LIMITS.comment.max);
    if (ticket.status === TicketStatus.RESOLVED) await this.tickets.reopen(ctx, ticketId, text);
    else await this.tickets.comment(ctx, ticketId, text);
    const notes = text.length < body.length ? ['TRUNCATED'] : [];
    for (const file of files) {
      const name = file.filename ?? 'file';
      try {
        const row = await this.attachments.add(ctx, 'TICKET', ticketId, {
          originalname: name,
          size: file.size,
          buffer: file.content,
        });
        stored.push(row.id);
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'BAD_USER_INPUT') throw err;
        notes.push(`FILE_REFUSED ${String(err.extensions.reason)}: ${name}`);
      }
    }
    return notes;
  }

  /**
   * A comment on the return's timeline. A return keeps photos per returned item, and a reply
   * does not say which item a file shows: its files are not stored (noted on the row).
   */
  private async postOnReturn(
    ctx: RequestContext,
    returnRequestId: string,
    body: string,
    files: MailAttachment[],
  ): Promise<string[]> {
    const text = cut(body, RETURN_LIMITS.comment);
    await this.returns.comment(ctx, { returnRequestId, body: text });
    return [
      ...(text.length < body.length ? ['TRUNCATED'] : []),
      ...files.map((f) => `FILE_NOT_STORED RETURN: ${f.filename ?? 'file'}`),
    ];
  }

  /**
   * A reply to a closed request or return: not posted; the person gets one automatic answer in
   * their language with a link to raise a follow-up request (once per message).
   */
  private async answerClosed(
    ctx: RequestContext,
    msg: InboundMessage,
    delivery: InboundDelivery,
    thread: ReplyThread,
  ): Promise<InboundResult> {
    const { person } = thread;
    const answered = await ctx.transaction(async (tx) => {
      const row = await this.record(tx, msg, delivery, 'ANSWERED_CLOSED', 'CLOSED', thread);
      if (!row) return false;
      const isTicket = thread.token.threadType === 'TICKET';
      await queueEmail(ctx, tx, {
        to: person.email,
        template: 'EMAIL_REPLY_CLOSED',
        locale: isLocale(person.locale) ? person.locale : DEFAULT_LOCALE,
        params: { ref: thread.ref, quote: cut(replyText(msg.text), 2000) },
        linkPath: isTicket
          ? `${ROUTES.requestsNew}?from=${encodeURIComponent(thread.ref)}`
          : ROUTES.requestsNew,
        companyId: thread.company.id,
      });
      return true;
    });
    if (!answered) return this.duplicate(msg);
    ctx.logger.info(
      { inbound: this.facts(msg, delivery), thread: thread.ref },
      'email reply to a closed thread answered',
    );
    return { outcome: 'ANSWERED_CLOSED' };
  }

  /** Not posted: logged, and stored once with the reason. */
  private async drop(
    msg: InboundMessage,
    delivery: InboundDelivery,
    reason: DropReason,
    thread?: ReplyThread,
    notes: string[] = [],
  ): Promise<InboundResult> {
    const row = await this.deps.db.transaction((tx) =>
      this.record(tx, msg, delivery, 'DROPPED', reason, thread, notes),
    );
    if (!row) return this.duplicate(msg);
    this.deps.logger.warn(
      { inbound: this.facts(msg, delivery), reason, notes },
      'inbound email dropped',
    );
    return { outcome: 'DROPPED', reason };
  }

  private duplicate(msg: InboundMessage): InboundResult {
    this.deps.logger.info({ messageId: msg.messageId }, 'inbound email received before: skipped');
    return { outcome: 'DUPLICATE' };
  }

  private facts(msg: InboundMessage, delivery: InboundDelivery) {
    return { channel: delivery.channel, messageId: msg.messageId, from: msg.from };
  }

  /** The message's row, or null when it was there already (handled by another delivery). */
  private async record(
    tx: EntityManager,
    msg: InboundMessage,
    delivery: InboundDelivery,
    outcome: InboundOutcome,
    reason: string | null,
    thread?: ReplyThread,
    notes: string[] = [],
  ): Promise<{ id: string } | null> {
    const result = await tx
      .createQueryBuilder()
      .insert()
      .into(InboundEmail)
      .values({
        dedupeKey: msg.dedupeKey,
        messageId: msg.messageId ? cut(msg.messageId, 998) : null,
        channel: delivery.channel,
        fromAddress: msg.from ? cut(msg.from, 254) : null,
        subject: msg.subject ? cut(msg.subject, 300) : null,
        outcome,
        reason,
        threadType: thread?.token.threadType ?? null,
        threadId: thread?.token.threadId ?? null,
        representativeId: thread?.person.id ?? null,
        notes,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (result.raw as Array<{ id: string }>)[0]?.id;
    return id ? { id } : null;
  }
}
