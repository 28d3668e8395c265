import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Representative } from '../representative/representative.entity';
import { BaseEntity } from '../../../common/base.entity';

export type OneTimeTokenPurpose = 'ACTIVATION' | 'PASSWORD_RESET';

/** Activation and password-reset links: 256 random bits, stored hashed, single use, expiring. */
@Entity('one_time_token')
export class OneTimeToken extends BaseEntity {
  @Index('UQ_one_time_token_hash', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'varchar', length: 16 })
  purpose: OneTimeTokenPurpose;

  @Index('IDX_one_time_token_representative')
  @Column({ type: 'uuid' })
  representativeId: string;

  @ManyToOne(() => Representative, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'representativeId',
    foreignKeyConstraintName: 'FK_one_time_token_representative',
  })
  representative?: Representative;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
