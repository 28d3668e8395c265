import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../../common/base.entity';
import {
  JOIN_REQUEST_STATUSES,
  type JoinRequestStatus as JoinRequestStatusValue,
} from '../../../../../shared/src/accounts';
import { Company } from '../company/company.entity';
import { RepresentativeRole } from '../representative/representative.entity';

/** The GraphQL enum JoinRequestStatus, built from the shared list (one definition). */
export const JoinRequestStatus = Object.fromEntries(JOIN_REQUEST_STATUSES.map((s) => [s, s])) as {
  [K in JoinRequestStatusValue]: K;
};
export type JoinRequestStatus = JoinRequestStatusValue;
registerEnumType(JoinRequestStatus, { name: 'JoinRequestStatus' });

/**
 * A person asking to join a registered company. Nothing about it is shown to the person but
 * what they typed: the company is found only when they confirm their e-mail, and its
 * administrators (or the agents, when it has none) decide.
 */
@ObjectType('JoinRequest', {
  implements: BaseEntity,
  description: 'Someone asking to join the company (Company → Employees).',
})
@Entity('join_request')
@Index('IDX_join_request_company_pending', ['companyId', 'status', 'createdAt', 'id'])
@Index('IDX_join_request_staff_pending', ['routedToStaff', 'status', 'createdAt', 'id'])
export class JoinRequest extends BaseEntity {
  /** Set when the e-mail is confirmed and a company has the tax ID. */
  @Column({ type: 'uuid', nullable: true })
  companyId: string | null;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'companyId', foreignKeyConstraintName: 'FK_join_request_company' })
  company?: Company;

  @Field(() => String, { description: 'ISO 3166 alpha-2 country of the tax ID.' })
  @Column({ type: 'char', length: 2 })
  country: string;

  @Field(() => String, { description: 'The tax ID as typed, normalized.' })
  @Column({ type: 'varchar', length: 32 })
  taxId: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 254 })
  email: string;

  /** The person's language (of the form they used): their e-mails are written in it. */
  @Column({ type: 'varchar', length: 5 })
  locale: string;

  @Field(() => JoinRequestStatus)
  @Column({ type: 'varchar', length: 16 })
  status: JoinRequestStatus;

  /** The confirmation link's token, hashed (256 random bits; single use, expiring). */
  @Index('UQ_join_request_confirm_token', { unique: true })
  @Column({ type: 'char', length: 64, select: false })
  confirmTokenHash: string;

  @Column({ type: 'timestamptz' })
  confirmExpiresAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the person confirmed the e-mail.' })
  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'After this it can no longer be approved and leaves the list.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  /** The company has no active administrator: the agents decide. */
  @Field(() => Boolean, { description: 'The company has no active administrator: agents decide.' })
  @Column({ type: 'boolean', default: false })
  routedToStaff: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** Who approved or declined: the administrator's, agent's or tool's name. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  decidedBy: string | null;

  @Field(() => RepresentativeRole, {
    nullable: true,
    description: 'The role it was approved with.',
  })
  @Column({ type: 'varchar', length: 16, nullable: true })
  role: RepresentativeRole | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  declineReason: string | null;
}
