import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../common/base.entity';

export type AuditActorType = 'REPRESENTATIVE' | 'AGENT' | 'API_TOKEN' | 'SYSTEM';

/**
 * The audit trail: who did what to which record, written in the same transaction as the
 * change. Tenant rows carry companyId; staff-wide events leave it null.
 */
@Entity('audit_event')
@Index('IDX_audit_event_company_created', ['companyId', 'createdAt'])
@Index('IDX_audit_event_subject', ['subjectType', 'subjectId'])
export class AuditEvent extends BaseEntity {
  @Column({ type: 'uuid', nullable: true })
  companyId: string | null;

  @Column({ type: 'varchar', length: 16 })
  actorType: AuditActorType;

  @Column({ type: 'varchar', length: 64, nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ type: 'varchar', length: 64 })
  subjectType: string;

  @Column({ type: 'varchar', length: 64 })
  subjectId: string;

  @Column({ type: 'jsonb', default: {} })
  data: Record<string, unknown>;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId: string | null;
}
