import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../../common/base.entity';
import { Ticket } from '../ticket/ticket.entity';

/** The reporter's rating of a resolved request: one per request (unique on the request). */
@ObjectType('TicketSatisfaction', {
  description: "The reporter's rating of a resolved request, 1 (poor) to 5 (excellent).",
})
@Entity('ticket_satisfaction')
@Index('IDX_ticket_satisfaction_company', ['companyId', 'createdAt'])
export class TicketSatisfaction extends BaseEntity {
  @Index('UQ_ticket_satisfaction_ticket', { unique: true })
  @Column({ type: 'uuid' })
  ticketId: string;

  @ManyToOne(() => Ticket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticketId', foreignKeyConstraintName: 'FK_ticket_satisfaction_ticket' })
  ticket?: Ticket;

  @Column({ type: 'uuid' })
  companyId: string;

  /** The reporter who rated. */
  @Column({ type: 'uuid' })
  representativeId: string;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  rating: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Field(() => Date)
  get ratedAt(): Date {
    return this.createdAt;
  }
}
