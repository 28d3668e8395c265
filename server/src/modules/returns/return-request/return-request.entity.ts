import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../common/base.entity';
import { PostalAddressType } from '../../accounts/address/address.entity';
import type { PostalAddress } from '../../../../../shared/src/addresses';
import { formatAmount, MINOR_UNITS_COLUMN } from '../../../common/money';
import {
  meetsAllConditions,
  RETURN_CONDITIONS,
  type ReturnConditions,
} from '../../../../../shared/src/rma';
import {
  RETURN_EVENT_TYPES,
  ReturnItemStatus,
  ReturnKind,
  type ReturnEventType,
  ReturnReason,
  ReturnResolution,
  ReturnStatus,
  ServiceStage,
} from './return-request.enums';

/**
 * The seven return conditions as GraphQL shows them: one Boolean field per entry of the shared
 * RETURN_CONDITIONS, in its order (the list lives in shared/src/rma.ts only).
 */
@ObjectType('ReturnConditions', {
  description: 'The seven return conditions, each confirmed per product.',
})
export class ReturnConditionsType {}
for (const name of RETURN_CONDITIONS) Field(() => Boolean)(ReturnConditionsType.prototype, name);

@ObjectType('ReturnRequest', { implements: BaseEntity, simpleResolvers: true })
@Entity('return_request')
@Index('UQ_return_request_idempotency', ['representativeId', 'idempotencyKey'], { unique: true })
@Index('IDX_return_request_company_created', ['companyId', 'createdAt', 'id'])
@Index('IDX_return_request_status_created', ['status', 'createdAt', 'id'])
@Index('IDX_return_request_rma_trgm', { synchronize: false })
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
  status: ReturnStatus;

  @Field(() => String, {
    nullable: true,
    deprecationReason: 'Use shipBackAddress; this is the free text older API clients sent.',
  })
  @Column({ type: 'text', nullable: true })
  returnAddress: string | null;

  @Field(() => PostalAddressType, {
    nullable: true,
    description:
      'Where goods are shipped back (the repaired products of a service request, refused goods of a return): a copy of the address chosen or entered in the wizard, kept as it was. Printed on the label.',
  })
  @Column({ type: 'jsonb', nullable: true })
  shipBackAddress: PostalAddress | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The credit note the ERP issued for the refunded goods (recordCreditNote).',
  })
  @Column({ type: 'varchar', length: 40, nullable: true })
  creditNoteNumber: string | null;
}

@ObjectType('ReturnItem', { implements: BaseEntity, simpleResolvers: true })
@Entity('return_item')
@Index('IDX_return_item_request', ['returnRequestId'])
@Index('IDX_return_item_invoice_line', ['invoiceLineId'])
@Index('IDX_return_item_serial_trgm', { synchronize: false })
@Index('IDX_return_item_sku_trgm', { synchronize: false })
@Index('IDX_return_item_invoice_number_trgm', { synchronize: false })
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

  @Field(() => ReturnConditionsType)
  @Column({ type: 'jsonb' })
  conditions: ReturnConditions;

  @Field(() => Boolean, { description: 'True when all seven conditions are confirmed.' })
  get meetsConditions(): boolean {
    return meetsAllConditions(this.conditions);
  }

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  serialNumber: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  faultDescription: string | null;

  @Field(() => ReturnItemStatus)
  @Column({ type: 'varchar', length: 16, default: 'PENDING' })
  status: ReturnItemStatus;

  @Field(() => ReturnResolution, { nullable: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  resolution: ReturnResolution | null;

  @Field(() => ServiceStage, { nullable: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  serviceStage: ServiceStage | null;

  @Field(() => String, {
    nullable: true,
    description: "Staff's note on the decision (the reason of a denial), shown to the customer.",
  })
  @Column({ type: 'text', nullable: true })
  decisionNote: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Service requests: the date of purchase (YYYY-MM-DD), or a warranty proof file.',
  })
  @Column({ type: 'date', nullable: true })
  purchaseDate: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Service requests: accessories sent along (cables, power supply …).',
  })
  @Column({ type: 'text', nullable: true })
  accessories: string | null;

  /** What is refunded or credited for an approved REFUND item, in the invoice's minor units. */
  @Column({ ...MINOR_UNITS_COLUMN, nullable: true })
  creditMinor: number | null;

  @Field(() => String, { nullable: true, description: 'ISO currency of the credit amount.' })
  @Column({ type: 'char', length: 3, nullable: true })
  currency: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The refund or credit of an approved REFUND item, e.g. "129.90".',
  })
  get creditAmount(): string | null {
    return this.creditMinor === null ? null : formatAmount(this.creditMinor);
  }

  @Field(() => String, {
    nullable: true,
    description: 'Who carries the goods back (shipped back).',
  })
  @Column({ type: 'varchar', length: 60, nullable: true })
  carrier: string | null;

  @Field(() => String, { nullable: true, description: 'The tracking number of the parcel back.' })
  @Column({ type: 'varchar', length: 60, nullable: true })
  trackingNumber: string | null;
}

@ObjectType('ReturnEvent', { description: 'One step on the timeline of a return, or a comment.' })
@Entity('return_event')
@Index('IDX_return_event_request', ['returnRequestId', 'createdAt'])
export class ReturnEvent extends BaseEntity {
  @Column({ type: 'uuid' })
  returnRequestId: string;

  @Field(() => String, {
    description: RETURN_EVENT_TYPES.join(', '),
  })
  @Column({ type: 'varchar', length: 24 })
  type: ReturnEventType;

  @Field(() => String, { description: 'CUSTOMER or STAFF' })
  @Column({ type: 'varchar', length: 16 })
  actorType: 'CUSTOMER' | 'STAFF';

  @Field(() => String)
  // A person's name, or their e-mail address when they have not given one (254).
  @Column({ type: 'varchar', length: 254 })
  actorName: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'The item concerned, by SKU.' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  sku: string | null;

  @Field(() => ReturnStatus, { description: 'The return status after this step.' })
  @Column({ type: 'varchar', length: 24 })
  statusAfter: ReturnStatus;

  @Field(() => ServiceStage, { nullable: true, description: 'The workshop stage reached.' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  stage: ServiceStage | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 60, nullable: true })
  carrier: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 60, nullable: true })
  trackingNumber: string | null;
}
