import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../common/base.entity';

/** A member of the seller's staff: answers requests and processes returns. */
@ObjectType('Agent', { implements: BaseEntity })
@Entity('agent')
@Index('UQ_agent_email', ['email'], { unique: true })
export class Agent extends BaseEntity {
  @Field(() => String)
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 5, default: 'en' })
  locale: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'varchar', length: 255, nullable: true, select: false })
  passwordHash: string | null;
}
