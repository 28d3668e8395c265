import { Check, Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import type { EmailChoices } from './templates';

export type OutboxStatus = 'PENDING' | 'SENDING' | 'SENT' | 'FAILED';

/**
 * What an outbox e-mail is rendered from when it is sent: the request's own parameters and
 * the portal paths of its link and one-click choices (made absolute with APP_URL then).
 */
export interface OutboxContent {
  params: Record<string, string>;
  linkPath?: string;
  choices?: EmailChoices<string>;
}

/**
 * An email, written in the same transaction as the change that causes it, and delivered
 * afterwards by the mail job. A rollback leaves no email; a commit never loses one. The row
 * keeps its subject and what its body is rendered from (`content`), and the body is rendered
 * when it is sent: a job that writes 20,000 e-mails does not render 20,000 bodies at once.
 * Rows written rendered (`text` and `html`, as before 2026-12) are sent as they are.
 * PENDING -> SENDING (claimed, one at a time, with a lease) -> SENT, or back to PENDING (retry)
 * or FAILED (gave up); a SENDING row whose lease ran out is claimed again.
 */
@Entity('outbox_email')
@Index('IDX_outbox_email_due', ['status', 'nextAttemptAt'])
@Check(
  'CHK_outbox_email_body',
  '("text" IS NOT NULL AND "html" IS NOT NULL) OR "content" IS NOT NULL',
)
export class OutboxEmail extends BaseEntity {
  @Column({ type: 'varchar', length: 254 })
  to: string;

  @Column({ type: 'varchar', length: 48 })
  template: string;

  @Column({ type: 'varchar', length: 5 })
  locale: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text', nullable: true })
  text: string | null;

  @Column({ type: 'text', nullable: true })
  html: string | null;

  @Column({ type: 'jsonb', nullable: true })
  content: OutboxContent | null;

  @Column({ type: 'varchar', length: 16, default: 'PENDING' })
  status: OutboxStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  /** While SENDING: the claim is the sender's until then; after it, the row is claimed again. */
  @Column({ type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Index('IDX_outbox_email_company')
  @Column({ type: 'uuid', nullable: true })
  companyId: string | null;

  /** An e-mail about a request or a return: the recipient's reply token (its Reply-To). */
  @Column({ type: 'varchar', length: 32, nullable: true })
  replyToken: string | null;

  /** The conversation it belongs to, `TICKET:<id>` or `RETURN:<id>` (its References header). */
  @Column({ type: 'varchar', length: 60, nullable: true })
  thread: string | null;
}
