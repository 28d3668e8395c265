import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../common/base.entity';

/** A named credential for an internal tool; only its SHA-256 is stored. */
@Entity('api_token')
export class ApiToken extends BaseEntity {
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Index('UQ_api_token_hash', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
