import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import type { MailThreadType } from './reply-token.entity';

/** POSTED: became a comment; ANSWERED_CLOSED: the thread was closed, an automatic answer went out; DROPPED: see reason. */
export type InboundOutcome = 'POSTED' | 'ANSWERED_CLOSED' | 'DROPPED';

/**
 * Every e-mail the inbound channels (SMTP listener, IMAP poller) received, once: the unique
 * `dedupeKey` (a hash of the Message-ID, or of the raw message without one) is inserted in the
 * same transaction as the comment, so a message delivered twice, to two processes at once or
 * again after a restart, is posted once. Dropped messages keep their reason here.
 */
@Entity('inbound_email')
@Index('IDX_inbound_email_created', ['createdAt'])
export class InboundEmail extends BaseEntity {
  @Index('UQ_inbound_email_dedupe', { unique: true })
  @Column({ type: 'char', length: 64 })
  dedupeKey: string;

  @Column({ type: 'varchar', length: 998, nullable: true })
  messageId: string | null;

  /** SMTP or IMAP. */
  @Column({ type: 'varchar', length: 8 })
  channel: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  fromAddress: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  subject: string | null;

  @Column({ type: 'varchar', length: 16 })
  outcome: InboundOutcome;

  /** Why it was dropped (AUTO_REPLY, BOUNCE, UNKNOWN_TOKEN, SENDER_MISMATCH, …), or null. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  reason: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  threadType: MailThreadType | null;

  @Column({ type: 'uuid', nullable: true })
  threadId: string | null;

  @Column({ type: 'uuid', nullable: true })
  representativeId: string | null;

  /** Attachments that were not stored, with why (type, size, count), and similar notes. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  notes: string[];
}
