import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../common/base.entity';

/** What an e-mail conversation is about: a support request or a return. */
export type MailThreadType = 'TICKET' | 'RETURN';

/**
 * The address a person answers one conversation at: `support+<token>@…`. One random token per
 * (conversation, recipient), made when the first e-mail of that conversation goes to that
 * person and reused afterwards; a reply to it is posted as that person, on that conversation.
 * Random and stored (not derived from the ids), so it cannot be guessed or forged, and it can be
 * looked up case-insensitively (the alphabet is lower-case base32).
 */
@Entity('email_reply_token')
@Index('UQ_email_reply_token_thread', ['threadType', 'threadId', 'recipientId'], { unique: true })
export class EmailReplyToken extends BaseEntity {
  @Index('UQ_email_reply_token', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  token: string;

  @Column({ type: 'varchar', length: 16 })
  threadType: MailThreadType;

  @Column({ type: 'uuid' })
  threadId: string;

  /** The representative the e-mails went to. */
  @Column({ type: 'uuid' })
  recipientId: string;
}
