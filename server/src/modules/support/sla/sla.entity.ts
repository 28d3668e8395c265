import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { BaseEntity } from '../../../common/base.entity';

/** Staff-set service-level targets of a request type, in business hours (else the defaults). */
@Entity('service_level_target')
@Index('UQ_service_level_target_type', ['requestTypeId'], { unique: true })
@Check('CHK_service_level_target_hours', '"firstResponseHours" > 0 AND "resolutionHours" > 0')
export class ServiceLevelTarget extends BaseEntity {
  @Column({ type: 'uuid' })
  requestTypeId: string;

  @Column({ type: 'int' })
  firstResponseHours: number;

  @Column({ type: 'int' })
  resolutionHours: number;
}

/**
 * The service-level clocks of one request (the shared SlaState): the targets it was opened
 * with, the pauses, the first response and the resolution in business seconds, the breaches,
 * and `nextDueAt`, the due time the running clocks head for (null while paused), which the
 * staff queue sorts and filters by.
 */
@Entity('ticket_sla')
@Index('IDX_ticket_sla_opened', ['openedAt'])
@Index('IDX_ticket_sla_next_due', ['nextDueAt', 'ticketId'], { where: '"nextDueAt" IS NOT NULL' })
export class TicketSla {
  @PrimaryColumn({ type: 'uuid' })
  ticketId: string;

  @Column({ type: 'timestamptz' })
  openedAt: Date;

  @Column({ type: 'int' })
  firstResponseTargetSeconds: number;

  @Column({ type: 'int' })
  resolutionTargetSeconds: number;

  @Column({ type: 'int', default: 0 })
  pausedSeconds: number;

  @Column({ type: 'timestamptz', nullable: true })
  pausedSince: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  firstResponseAt: Date | null;

  @Column({ type: 'int', nullable: true })
  firstResponseSeconds: number | null;

  @Column({ type: 'int', nullable: true })
  resolutionSeconds: number | null;

  @Column({ type: 'boolean', default: false })
  firstResponseBreached: boolean;

  @Column({ type: 'boolean', default: false })
  resolutionBreached: boolean;

  @Column({ type: 'boolean', default: false })
  stopped: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  nextDueAt: Date | null;
}
