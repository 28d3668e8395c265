import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { BaseEntity } from '../../../common/base.entity';
import type { TicketStatus as Status } from '../../../../../shared/src/tickets';

export enum PortalKey {
  CUSTOMER_SERVICE = 'CUSTOMER_SERVICE',
  TECHNICAL_ASSISTANCE = 'TECHNICAL_ASSISTANCE',
}
registerEnumType(PortalKey, {
  name: 'PortalKey',
  description: 'CUSTOMER_SERVICE for contracted customers; TECHNICAL_ASSISTANCE for everyone.',
});

export enum TicketStatus {
  WAITING_FOR_SUPPORT = 'WAITING_FOR_SUPPORT',
  IN_PROGRESS = 'IN_PROGRESS',
  WAITING_FOR_CUSTOMER = 'WAITING_FOR_CUSTOMER',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
  CANCELED = 'CANCELED',
}
registerEnumType(TicketStatus, { name: 'TicketStatus' });

export type Names = Record<'en' | 'uk' | 'hu' | 'pl', string>;

/** A support portal, with the business calendar its automatic deadlines count in. */
@Entity('portal')
export class Portal {
  @PrimaryColumn({ type: 'varchar', length: 24 })
  key: PortalKey;

  @Column({ type: 'varchar', length: 4 })
  keyPrefix: string;

  @Column({ type: 'jsonb' })
  names: Names;

  @Column({ type: 'char', length: 2 })
  calendarCountry: string;

  @Column({ type: 'varchar', length: 64 })
  timeZone: string;
}

@Entity('request_type_group')
@Index('IDX_request_type_group_portal', ['portalKey', 'position'])
export class RequestTypeGroup extends BaseEntity {
  @Column({ type: 'varchar', length: 24 })
  portalKey: PortalKey;

  @Column({ type: 'jsonb' })
  names: Names;

  @Column({ type: 'int', default: 0 })
  position: number;
}

@Entity('request_type')
@Index('IDX_request_type_group', ['groupId', 'position'])
export class RequestType extends BaseEntity {
  @Column({ type: 'uuid' })
  groupId: string;

  /** Set for a sub-category. */
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ type: 'jsonb' })
  names: Names;

  @Column({ type: 'int', default: 0 })
  position: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}

@ObjectType('Ticket', { implements: BaseEntity, description: 'A support request.' })
@Entity('ticket')
@Index('IDX_ticket_company_activity', ['companyId', 'lastActivityAt', 'id'])
@Index('IDX_ticket_status_activity', ['status', 'lastActivityAt', 'id'])
@Index('IDX_ticket_search', { synchronize: false })
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
  status: Status;

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

@Entity('ticket_participant')
@Index('UQ_ticket_participant', ['ticketId', 'representativeId'], { unique: true })
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
  @Column({ type: 'varchar', length: 120 })
  authorName: string;

  @Field(() => String)
  @Column({ type: 'text' })
  body: string;

  @Field(() => Boolean, { description: "An agents' internal note: never shown to customers." })
  @Column({ type: 'boolean', default: false })
  internal: boolean;

  @Field(() => TicketStatus, { nullable: true, description: 'The status this step set, if any.' })
  @Column({ type: 'varchar', length: 24, nullable: true })
  statusChange: Status | null;
}
