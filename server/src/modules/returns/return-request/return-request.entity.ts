import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../common/base.entity';
import type {
  ReturnItemStatus as ItemStatus,
  ReturnStatus as Status,
} from '../../../../../shared/src/rma';

export enum ReturnKind {
  RETURN = 'RETURN',
  SERVICE = 'SERVICE',
}
registerEnumType(ReturnKind, {
  name: 'ReturnKind',
  description: 'RETURN: goods sent back; SERVICE: warranty or repair.',
});

export enum ReturnStatus {
  SUBMITTED = 'SUBMITTED',
  AUTHORIZED = 'AUTHORIZED',
  PARTIALLY_AUTHORIZED = 'PARTIALLY_AUTHORIZED',
  DENIED = 'DENIED',
  RECEIVED = 'RECEIVED',
  APPROVED = 'APPROVED',
  PARTIALLY_APPROVED = 'PARTIALLY_APPROVED',
  REJECTED = 'REJECTED',
  CLOSED = 'CLOSED',
}
registerEnumType(ReturnStatus, {
  name: 'ReturnStatus',
  description: 'Derived from the items (shared/src/rma.ts).',
});

export enum ReturnItemStatus {
  PENDING = 'PENDING',
  AUTHORIZED = 'AUTHORIZED',
  DENIED = 'DENIED',
  RECEIVED = 'RECEIVED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(ReturnItemStatus, { name: 'ReturnItemStatus' });

export enum ReturnItemDecision {
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(ReturnItemDecision, { name: 'ReturnItemDecision' });

export enum ReturnResolution {
  REFUND = 'REFUND',
  REPLACE = 'REPLACE',
  REPAIR = 'REPAIR',
  SHIP_BACK = 'SHIP_BACK',
}
registerEnumType(ReturnResolution, { name: 'ReturnResolution' });

export enum ReturnReason {
  DEFECTIVE = 'DEFECTIVE',
  DAMAGED_IN_TRANSIT = 'DAMAGED_IN_TRANSIT',
  WRONG_ITEM = 'WRONG_ITEM',
  NOT_AS_DESCRIBED = 'NOT_AS_DESCRIBED',
  ORDERED_BY_MISTAKE = 'ORDERED_BY_MISTAKE',
  NO_LONGER_NEEDED = 'NO_LONGER_NEEDED',
  WARRANTY_REPAIR = 'WARRANTY_REPAIR',
  OTHER = 'OTHER',
}
registerEnumType(ReturnReason, { name: 'ReturnReason' });

export enum ServiceStage {
  RECEIVED = 'RECEIVED',
  DIAGNOSIS = 'DIAGNOSIS',
  REPAIR = 'REPAIR',
  SHIPPED_BACK = 'SHIPPED_BACK',
}
registerEnumType(ServiceStage, {
  name: 'ServiceStage',
  description: 'Workshop stages of a service item.',
});

@ObjectType('ReturnConditions', {
  description: 'The seven return conditions, each confirmed per product.',
})
export class ReturnConditions {
  @Field(() => Boolean) complete: boolean;
  @Field(() => Boolean) noSignsOfUse: boolean;
  @Field(() => Boolean) undamaged: boolean;
  @Field(() => Boolean) originalPackaging: boolean;
  @Field(() => Boolean) properlyPacked: boolean;
  @Field(() => Boolean) merchantable: boolean;
  @Field(() => Boolean) disconnected: boolean;
}

@ObjectType('ReturnRequest', { implements: BaseEntity })
@Entity('return_request')
@Index('UQ_return_request_idempotency', ['representativeId', 'idempotencyKey'], { unique: true })
@Index('IDX_return_request_company_created', ['companyId', 'createdAt', 'id'])
@Index('IDX_return_request_status_created', ['status', 'createdAt', 'id'])
export class ReturnRequest extends BaseEntity {
  @Column({ type: 'uuid' })
  companyId: string;

  @Column({ type: 'uuid' })
  representativeId: string;

  @Column({ type: 'varchar', length: 64 })
  idempotencyKey: string;

  @Field(() => String, { description: 'e.g. RMA-2026-000042' })
  @Index('UQ_return_request_rma', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  rmaNumber: string;

  @Field(() => ReturnKind)
  @Column({ type: 'varchar', length: 8 })
  kind: ReturnKind;

  @Field(() => ReturnStatus)
  @Column({ type: 'varchar', length: 24 })
  status: Status;

  @Field(() => String, {
    nullable: true,
    description: 'Where goods that do not meet the conditions are shipped back.',
  })
  @Column({ type: 'text', nullable: true })
  returnAddress: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}

@ObjectType('ReturnItem', { implements: BaseEntity })
@Entity('return_item')
@Index('IDX_return_item_request', ['returnRequestId'])
@Index('IDX_return_item_invoice_line', ['invoiceLineId'])
export class ReturnItem extends BaseEntity {
  @Column({ type: 'uuid' })
  returnRequestId: string;

  @Column({ type: 'uuid' })
  invoiceLineId: string;

  @Field(() => Int, { description: 'The order the customer added the items in (1, 2, 3 …).' })
  @Column({ type: 'int', default: 1 })
  position: number;

  @Field(() => String)
  @Column({ type: 'varchar', length: 40 })
  invoiceNumber: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 64 })
  sku: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  quantity: number;

  @Field(() => ReturnReason)
  @Column({ type: 'varchar', length: 24 })
  reason: ReturnReason;

  @Field(() => ReturnConditions)
  @Column({ type: 'jsonb' })
  conditions: ReturnConditions;

  @Field(() => Boolean, { description: 'True when all seven conditions are confirmed.' })
  get meetsConditions(): boolean {
    return Object.values(this.conditions).every(Boolean);
  }

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  serialNumber: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  faultDescription: string | null;

  @Field(() => ReturnItemStatus)
  @Column({ type: 'varchar', length: 16, default: 'PENDING' })
  status: ItemStatus;

  @Field(() => ReturnResolution, { nullable: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  resolution: ReturnResolution | null;

  @Field(() => ServiceStage, { nullable: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  serviceStage: ServiceStage | null;

  @Field(() => String, { nullable: true, description: "Staff's note on the decision." })
  @Column({ type: 'text', nullable: true })
  decisionNote: string | null;
}

@ObjectType('ReturnEvent', { description: 'One step on the timeline of a return, or a comment.' })
@Entity('return_event')
@Index('IDX_return_event_request', ['returnRequestId', 'createdAt'])
export class ReturnEvent extends BaseEntity {
  @Column({ type: 'uuid' })
  returnRequestId: string;

  @Field(() => String, {
    description:
      'SUBMITTED, AUTHORIZED, DENIED, RECEIVED, ITEM_APPROVED, ITEM_REJECTED, SERVICE_STAGE, CLOSED, COMMENT',
  })
  @Column({ type: 'varchar', length: 24 })
  type: string;

  @Field(() => String, { description: 'CUSTOMER or STAFF' })
  @Column({ type: 'varchar', length: 16 })
  actorType: 'CUSTOMER' | 'STAFF';

  @Field(() => String)
  @Column({ type: 'varchar', length: 120 })
  actorName: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'The item concerned, by SKU.' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  sku: string | null;

  @Field(() => ReturnStatus, { description: 'The return status after this step.' })
  @Column({ type: 'varchar', length: 24 })
  statusAfter: Status;
}
