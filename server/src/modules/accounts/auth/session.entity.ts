import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../common/base.entity';

export type PrincipalType = 'REPRESENTATIVE' | 'AGENT';

/** A signed-in browser. The cookie holds a random token; the table holds its SHA-256. */
@Entity('session')
export class Session extends BaseEntity {
  @Index('UQ_session_token_hash', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'varchar', length: 16 })
  principalType: PrincipalType;

  @Index('IDX_session_principal')
  @Column({ type: 'uuid' })
  principalId: string;

  @Column({ type: 'timestamptz' })
  lastSeenAt: Date;

  /** Absolute end, whatever the activity. */
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'varchar', length: 300, nullable: true })
  userAgent: string | null;
}
