import { In, type DataSource } from 'typeorm';
import type { Config } from '../config';
import type { InboundMessage } from '../mail/inbound/inbound-message';
import { OutboxEmail } from '../mail/outbox.entity';
import { EmailReplyToken } from '../mail/reply-token.entity';
import { outboxIdsIn, tokenOfAddress } from '../mail/threading';
import type { Company } from '../modules/accounts/company/company.entity';
import {
  Representative,
  RepresentativeStatus,
} from '../modules/accounts/representative/representative.entity';
import { ReturnRequest } from '../modules/returns/return-request/return-request.entity';
import { Ticket } from '../modules/support/ticket/ticket.entity';

/** Why a message is not posted (stored on its inbound_email row and logged). */
export type DropReason =
  | 'AUTO_REPLY'
  | 'BOUNCE'
  | 'NO_THREAD'
  | 'UNKNOWN_TOKEN'
  | 'UNKNOWN_SENDER'
  | 'SENDER_MISMATCH'
  | 'PERSON_INACTIVE'
  | 'THREAD_GONE'
  | 'NOT_VISIBLE'
  | 'EMPTY'
  | 'REFUSED';

/** The conversation a reply belongs to and the person who wrote it. */
export interface ReplyThread {
  token: EmailReplyToken;
  person: Representative;
  company: Company;
  /** The request's key or the return's RMA number (for the automatic answer). */
  ref: string;
}

/** The token rows a reply names: by its reply address, else by the e-mails it answers. */
async function tokensOf(
  db: DataSource,
  config: Config,
  msg: InboundMessage,
): Promise<{ rows: EmailReplyToken[]; byAddress: boolean }> {
  const tokens = [
    ...new Set(msg.recipients.map((a) => tokenOfAddress(config, a)).filter(Boolean)),
  ] as string[];
  const repo = db.getRepository(EmailReplyToken);
  if (tokens.length) return { rows: await repo.findBy({ token: In(tokens) }), byAddress: true };
  // Fallback: a reply that lost the +token (a client or a forwarder rewrote the address) but
  // names an e-mail we sent in In-Reply-To / References.
  const ids = outboxIdsIn(config, msg.referencedIds);
  if (!ids.length) return { rows: [], byAddress: false };
  const sent = await db.getRepository(OutboxEmail).findBy({ id: In(ids) });
  const known = sent.map((e) => e.replyToken).filter((t): t is string => !!t);
  return { rows: known.length ? await repo.findBy({ token: In(known) }) : [], byAddress: false };
}

async function refOf(db: DataSource, token: EmailReplyToken): Promise<string | null> {
  if (token.threadType === 'TICKET') {
    const ticket = await db.getRepository(Ticket).findOneBy({ id: token.threadId });
    return ticket?.key ?? null;
  }
  const request = await db.getRepository(ReturnRequest).findOneBy({ id: token.threadId });
  return request?.rmaNumber ?? null;
}

/**
 * Who wrote a reply and to which conversation, or why it is dropped: the token must exist
 * (else UNKNOWN_TOKEN, or NO_THREAD without one), the sender must be a representative
 * (UNKNOWN_SENDER), the very person the token was made for (SENDER_MISMATCH), and still active
 * (PERSON_INACTIVE). Whether they may still see the conversation is checked when posting, by the
 * same tenant checks as the portal's.
 */
export async function threadOfReply(
  db: DataSource,
  config: Config,
  msg: InboundMessage,
): Promise<ReplyThread | { reason: DropReason }> {
  const { rows, byAddress } = await tokensOf(db, config, msg);
  if (!rows.length) return { reason: byAddress ? 'UNKNOWN_TOKEN' : 'NO_THREAD' };
  const from = msg.from;
  const sender = from
    ? await db.getRepository(Representative).findOneBy({ email: from.toLowerCase() })
    : null;
  if (!sender) return { reason: 'UNKNOWN_SENDER' };
  const token = rows.find((r) => r.recipientId === sender.id);
  if (!token) return { reason: 'SENDER_MISMATCH' };
  const person = await db
    .getRepository(Representative)
    .findOne({ where: { id: token.recipientId }, relations: { company: true } });
  if (!person?.company || person.status !== RepresentativeStatus.ACTIVE)
    return { reason: 'PERSON_INACTIVE' };
  const ref = await refOf(db, token);
  if (!ref) return { reason: 'THREAD_GONE' };
  return { token, person, company: person.company, ref };
}
