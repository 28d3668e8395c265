import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { BaseEntity } from '../../../common/base.entity';
import type { PortalKey } from '../request-type/request-type.entity';

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
 * staff queue sorts and filters by. The report reads the covering index IDX_ticket_sla_report
 * (week, portal, type; created by the migration) in group order, without a sort.
 */
@Entity('ticket_sla')
@Index('IDX_ticket_sla_report', { synchronize: false })
@Index('IDX_ticket_sla_next_due', ['nextDueAt', 'ticketId'], { where: '"nextDueAt" IS NOT NULL' })
export class TicketSla {
  @PrimaryColumn({ type: 'uuid' })
  ticketId: string;

  /** The request's portal and type (neither changes), so the report reads this table only. */
  @Column({ type: 'varchar', length: 24 })
  portalKey: PortalKey;

  @Column({ type: 'uuid' })
  requestTypeId: string;

  @Column({ type: 'timestamptz' })
  openedAt: Date;

  /** The Monday of the opening in the portal's time zone (shared openingWeek): the report's week. */
  @Column({ type: 'date' })
  openedWeek: string;

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
