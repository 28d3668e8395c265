import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Company } from '../company/company.entity';
import { BaseEntity } from '../../../common/base.entity';

export enum RepresentativeRole {
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}
registerEnumType(RepresentativeRole, {
  name: 'RepresentativeRole',
  description: "ADMIN manages the company's account and colleagues; MEMBER uses the portal.",
});

export enum RepresentativeStatus {
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}
registerEnumType(RepresentativeStatus, { name: 'RepresentativeStatus' });

/** An employee of a customer company who uses the portal. */
@ObjectType('Representative', { implements: BaseEntity, simpleResolvers: true })
@Entity('representative')
@Index('UQ_representative_email', ['email'], { unique: true })
export class Representative extends BaseEntity {
  @Index('IDX_representative_company')
  @Column({ type: 'uuid' })
  companyId: string;

  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'companyId', foreignKeyConstraintName: 'FK_representative_company' })
  company?: Company;

  /** Stored lower-cased; unique case-insensitively (unique index on lower(email)). */
  @Field(() => String)
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Field(() => String, { nullable: true, description: 'Null until the person gives it.' })
  @Column({ type: 'varchar', length: 120, nullable: true })
  name: string | null;

  @Field(() => RepresentativeRole)
  @Column({ type: 'varchar', length: 16 })
  role: RepresentativeRole;

  @Field(() => RepresentativeStatus)
  @Column({ type: 'varchar', length: 16 })
  status: RepresentativeStatus;

  @Field(() => String, {
    description: 'The language of the portal and of emails: en, uk, hu or pl.',
  })
  @Column({ type: 'varchar', length: 5, default: 'en' })
  locale: string;

  @Column({ type: 'varchar', length: 255, nullable: true, select: false })
  passwordHash: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  activatedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the last invitation was sent.' })
  @Column({ type: 'timestamptz', nullable: true })
  invitedAt: Date | null;
}
