import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BaseEntity } from '../../../common/base.entity';
import {
  TICKET_STATUSES,
  type TicketStatus as TicketStatusValue,
} from '../../../../../shared/src/tickets';
import { PortalKey } from '../request-type/request-type.entity';

/** The GraphQL enum TicketStatus, built from the shared list of statuses (one definition). */
export const TicketStatus = Object.fromEntries(TICKET_STATUSES.map((s) => [s, s])) as {
  [K in TicketStatusValue]: K;
};
export type TicketStatus = TicketStatusValue;
registerEnumType(TicketStatus, { name: 'TicketStatus' });

@ObjectType('Ticket', {
  implements: BaseEntity,
  description: 'A support request.',
  simpleResolvers: true,
})
@Entity('ticket')
@Index('IDX_ticket_company_activity', ['companyId', 'lastActivityAt', 'id'])
@Index('IDX_ticket_status_activity', ['status', 'lastActivityAt', 'id'])
@Index('IDX_ticket_reporter_activity', ['reporterId', 'lastActivityAt', 'id'])
@Index('IDX_ticket_waiting_due', { synchronize: false })
@Index('IDX_ticket_resolved_due', { synchronize: false })
export class Ticket extends BaseEntity {
  @Column({ type: 'uuid' })
  companyId: string;

  @Field(() => String, { description: 'CS-123 or TA-45' })
  @Index('UQ_ticket_key', { unique: true })
  @Column({ type: 'varchar', length: 16 })
  key: string;

  @Field(() => PortalKey)
  @Column({ type: 'varchar', length: 24 })
  portalKey: PortalKey;

  @Column({ type: 'uuid' })
  requestTypeId: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  subject: string;

  @Field(() => String)
  @Column({ type: 'text' })
  description: string;

  @Field(() => TicketStatus)
  @Column({ type: 'varchar', length: 24 })
  status: TicketStatus;

  @Column({ type: 'uuid' })
  reporterId: string;

  @Column({ type: 'uuid', nullable: true })
  assigneeId: string | null;

  @Field(() => Date, { description: 'Last comment or status change.' })
  @Column({ type: 'timestamptz' })
  lastActivityAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  waitingSince: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  reminderSentAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}

/**
 * What search reads of a request, in a table of its own so that a status change (the
 * lifecycle job's 20,000 at a time) does not write the full-text and trigram indexes again:
 * a row of `ticket` that changes gets a new version in every index of its table. PostgreSQL
 * keeps it (triggers of migration TicketSearchTable: a set-based one for inserts, one for a
 * changed subject or description); nobody writes it, no entity read loads it.
 */
@Entity('ticket_search')
@Index('IDX_ticket_search_vector', { synchronize: false })
@Index('IDX_ticket_search_text_trgm', { synchronize: false })
export class TicketSearch {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_ticket_search' })
  ticketId: string;

  @ManyToOne(() => Ticket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticketId', foreignKeyConstraintName: 'FK_ticket_search_ticket' })
  ticket?: Ticket;

  /**
   * The words of subject and description (`to_tsvector('simple', …)`; GIN index
   * IDX_ticket_search_vector).
   */
  @Column({ type: 'tsvector' })
  searchVector: string;

  /**
   * Subject and description as search compares them (normalizedSql of common/search.ts, as the
   * trigger writes it): fragments of any three characters, document numbers whatever their case
   * and separators, through the trigram index IDX_ticket_search_text_trgm.
   */
  @Column({ type: 'text' })
  searchText: string;
}

@Entity('ticket_participant')
@Index('UQ_ticket_participant', ['ticketId', 'representativeId'], { unique: true })
@Index('IDX_ticket_participant_representative', ['representativeId', 'ticketId'])
export class TicketParticipant extends BaseEntity {
  @Column({ type: 'uuid' })
  ticketId: string;

  @Column({ type: 'uuid' })
  representativeId: string;
}

@ObjectType('TicketComment', { implements: BaseEntity })
@Entity('ticket_comment')
@Index('IDX_ticket_comment_ticket', ['ticketId', 'createdAt'])
export class TicketComment extends BaseEntity {
  @Column({ type: 'uuid' })
  ticketId: string;

  @Field(() => String, { description: 'CUSTOMER, AGENT or SYSTEM' })
  @Column({ type: 'varchar', length: 10 })
  authorType: 'CUSTOMER' | 'AGENT' | 'SYSTEM';

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @Field(() => String)
  // A person's name, or their e-mail address when they have not given one (254).
  @Column({ type: 'varchar', length: 254 })
  authorName: string;

  @Field(() => String)
  @Column({ type: 'text' })
  body: string;

  @Field(() => Boolean, { description: "An agents' internal note: never shown to customers." })
  @Column({ type: 'boolean', default: false })
  internal: boolean;

  @Field(() => TicketStatus, { nullable: true, description: 'The status this step set, if any.' })
  @Column({ type: 'varchar', length: 24, nullable: true })
  statusChange: TicketStatus | null;
}
