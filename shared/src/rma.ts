/**
 * The RMA status model, shared by server (enforces it) and SPA (shows what can happen next).
 * Items move PENDING -> AUTHORIZED | DENIED | CANCELED (the customer withdraws it);
 * AUTHORIZED -> RECEIVED; RECEIVED -> APPROVED | REJECTED. The return's status is derived
 * from its items, as Magento's RMA does.
 */
export const RETURN_ITEM_STATUSES = [
  'PENDING',
  'AUTHORIZED',
  'DENIED',
  'RECEIVED',
  'APPROVED',
  'REJECTED',
  'CANCELED',
] as const;
export type ReturnItemStatus = (typeof RETURN_ITEM_STATUSES)[number];

export const RETURN_STATUSES = [
  'SUBMITTED',
  'AUTHORIZED',
  'PARTIALLY_AUTHORIZED',
  'DENIED',
  'RECEIVED',
  'APPROVED',
  'PARTIALLY_APPROVED',
  'REJECTED',
  'CLOSED',
  'CANCELED',
] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

/** RETURN: goods go back for a refund or replacement; SERVICE: a product goes in for repair. */
export const RETURN_KINDS = ['RETURN', 'SERVICE'] as const;
export type ReturnKind = (typeof RETURN_KINDS)[number];

export const RETURN_RESOLUTIONS = ['REFUND', 'REPLACE', 'REPAIR', 'SHIP_BACK'] as const;
export type ReturnResolution = (typeof RETURN_RESOLUTIONS)[number];

/** Why a product goes back, as the customer picks it per item. */
export const RETURN_REASONS = [
  'DEFECTIVE',
  'DAMAGED_IN_TRANSIT',
  'WRONG_ITEM',
  'NOT_AS_DESCRIBED',
  'ORDERED_BY_MISTAKE',
  'NO_LONGER_NEEDED',
  'WARRANTY_REPAIR',
  'OTHER',
] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

/** What staff decide about a received item: the item statuses reachable from RECEIVED. */
export const RETURN_ITEM_DECISIONS = [
  'APPROVED',
  'REJECTED',
] as const satisfies readonly ReturnItemStatus[];
export type ReturnItemDecision = (typeof RETURN_ITEM_DECISIONS)[number];

/**
 * Service (warranty/repair) items, once received, go through the workshop: received,
 * diagnosis, one outcome (repaired, replaced or not repairable), shipped back.
 */
export const SERVICE_STAGES = [
  'RECEIVED',
  'DIAGNOSIS',
  'REPAIR',
  'REPLACEMENT',
  'NOT_REPAIRABLE',
  'SHIPPED_BACK',
] as const;
export type ServiceStage = (typeof SERVICE_STAGES)[number];

const SERVICE_STAGE_TRANSITIONS: Record<ServiceStage, readonly ServiceStage[]> = {
  RECEIVED: ['DIAGNOSIS'],
  DIAGNOSIS: ['REPAIR', 'REPLACEMENT', 'NOT_REPAIRABLE'],
  REPAIR: ['SHIPPED_BACK'],
  REPLACEMENT: ['SHIPPED_BACK'],
  NOT_REPAIRABLE: ['SHIPPED_BACK'],
  SHIPPED_BACK: [],
};

/**
 * The workshop's outcome decides the service item: repaired or replaced approves it (with
 * that resolution), not repairable rejects it (it goes back as it came).
 */
export const SERVICE_OUTCOMES: Partial<
  Record<ServiceStage, { status: 'APPROVED' | 'REJECTED'; resolution: ReturnResolution }>
> = {
  REPAIR: { status: 'APPROVED', resolution: 'REPAIR' },
  REPLACEMENT: { status: 'APPROVED', resolution: 'REPLACE' },
  NOT_REPAIRABLE: { status: 'REJECTED', resolution: 'SHIP_BACK' },
};

/** The stage that ships goods back: it carries a carrier and a tracking number. */
export const SHIPPED_BACK_STAGE = 'SHIPPED_BACK' satisfies ServiceStage;

export const RETURN_CONDITIONS = [
  'complete',
  'noSignsOfUse',
  'undamaged',
  'originalPackaging',
  'properlyPacked',
  'merchantable',
  'disconnected',
] as const;
export type ReturnCondition = (typeof RETURN_CONDITIONS)[number];
export type ReturnConditions = Record<ReturnCondition, boolean>;

/** True when a product meets every one of the seven return conditions. */
export function meetsAllConditions(conditions: Readonly<Partial<ReturnConditions>>): boolean {
  return RETURN_CONDITIONS.every((c) => conditions[c] === true);
}

/**
 * Whether the request needs an address to ship goods back to: a SERVICE request always does
 * (the repaired product goes back), a RETURN does when any product fails a condition (it may
 * be refused and shipped back).
 */
export function needsReturnAddress(
  kind: ReturnKind,
  items: ReadonlyArray<{ conditions: Readonly<Partial<ReturnConditions>> }>,
): boolean {
  return kind === 'SERVICE' || items.some((i) => !meetsAllConditions(i.conditions));
}

/** A product sent for service needs a description of its fault. */
export function faultRequired(kind: ReturnKind): boolean {
  return kind === 'SERVICE';
}

/** Reasons a customer may give for a RETURN (a service request asks for none). */
export const RETURN_ONLY_REASONS = RETURN_REASONS.filter((r) => r !== 'WARRANTY_REPAIR');

/** What a service item is recorded with: the customer gives no reason, it is a repair. */
export const SERVICE_REASON = 'WARRANTY_REPAIR' satisfies ReturnReason;

/** Returns for these reasons need at least one photo of the goods, taken in the wizard. */
export function photosRequired(kind: ReturnKind, reason: ReturnReason | string | null): boolean {
  return kind === 'RETURN' && (reason === 'DEFECTIVE' || reason === 'DAMAGED_IN_TRANSIT');
}

/** Field limits of a return request, the same on both sides. */
export const RETURN_LIMITS = {
  returnAddress: 1000,
  faultDescription: 4000,
  comment: 4000,
  items: 50,
  serialNumber: 100,
  accessories: 500,
  photosPerItem: 10,
  carrier: 60,
  trackingNumber: 60,
  creditNoteNumber: 40,
} as const;

const ITEM_TRANSITIONS: Record<ReturnItemStatus, readonly ReturnItemStatus[]> = {
  PENDING: ['AUTHORIZED', 'DENIED', 'CANCELED'],
  AUTHORIZED: ['RECEIVED'],
  DENIED: [],
  RECEIVED: ['APPROVED', 'REJECTED'],
  APPROVED: [],
  REJECTED: [],
  CANCELED: [],
};

export function canMoveItem(from: ReturnItemStatus, to: ReturnItemStatus): boolean {
  return ITEM_TRANSITIONS[from].includes(to);
}

export function nextItemStatuses(from: ReturnItemStatus): readonly ReturnItemStatus[] {
  return ITEM_TRANSITIONS[from];
}

/** Final item statuses: nothing more happens to the item. */
export function isItemSettled(status: ReturnItemStatus): boolean {
  return ITEM_TRANSITIONS[status].length === 0;
}

/** Items in these statuses no longer hold back invoiced quantity. */
export function releasesQuantity(status: ReturnItemStatus): boolean {
  return status === 'DENIED' || status === 'REJECTED' || status === 'CANCELED';
}

/**
 * The customer may cancel a return until it is authorized: while some item still waits for
 * the seller and none has been authorized (or gone further).
 */
export function canCancel(
  items: readonly ReturnItemStatus[],
  { closed }: { closed: boolean },
): boolean {
  return (
    !closed &&
    items.some((s) => s === 'PENDING') &&
    items.every((s) => s === 'PENDING' || s === 'DENIED')
  );
}

export function deriveReturnStatus(
  items: readonly ReturnItemStatus[],
  { closed }: { closed: boolean },
): ReturnStatus {
  if (items.some((s) => s === 'CANCELED')) return 'CANCELED';
  if (closed) return 'CLOSED';
  if (items.length === 0) return 'SUBMITTED';
  const live = items.filter((s) => s !== 'DENIED');
  if (live.length === 0) return 'DENIED';
  const denied = live.length < items.length;
  if (live.every((s) => s === 'APPROVED' || s === 'REJECTED')) {
    if (live.every((s) => s === 'REJECTED')) return 'REJECTED';
    if (live.every((s) => s === 'APPROVED') && !denied) return 'APPROVED';
    return 'PARTIALLY_APPROVED';
  }
  if (live.every((s) => s === 'RECEIVED' || s === 'APPROVED' || s === 'REJECTED'))
    return 'RECEIVED';
  if (live.some((s) => s === 'AUTHORIZED' || s === 'RECEIVED')) {
    return denied || live.some((s) => s === 'PENDING') ? 'PARTIALLY_AUTHORIZED' : 'AUTHORIZED';
  }
  return 'SUBMITTED';
}

/**
 * A return can be closed once every item is settled; a canceled one is final already. A
 * service item the workshop decided must have been shipped back first.
 */
export function canClose(
  items: ReadonlyArray<
    ReturnItemStatus | { status: ReturnItemStatus; serviceStage?: ServiceStage | null }
  >,
  { closed }: { closed: boolean },
): boolean {
  const all = items.map((i) => (typeof i === 'string' ? { status: i, serviceStage: null } : i));
  return (
    !closed &&
    all.length > 0 &&
    all.every((i) => isItemSettled(i.status)) &&
    !all.every((i) => i.status === 'CANCELED') &&
    all.every((i) => !i.serviceStage || i.serviceStage === 'SHIPPED_BACK')
  );
}

/** The workshop stages, in order: received first, then the next stage the rules allow. */
export function canMoveServiceStage(from: ServiceStage | null, to: ServiceStage): boolean {
  return from === null ? to === 'RECEIVED' : SERVICE_STAGE_TRANSITIONS[from].includes(to);
}

export function nextServiceStages(from: ServiceStage | null): readonly ServiceStage[] {
  return from === null ? ['RECEIVED'] : SERVICE_STAGE_TRANSITIONS[from];
}

/** RMA-2026-000042 */
export const RMA_NUMBER = /^RMA-\d{4}-\d{6}$/;

/** The kinds of timeline entries of a return (ReturnEvent.type, a String in the API). */
export const RETURN_EVENT_TYPES = [
  'SUBMITTED',
  'AUTHORIZED',
  'DENIED',
  'ITEM_AUTHORIZED',
  'ITEM_DENIED',
  'CANCELED',
  'RECEIVED',
  'ITEM_APPROVED',
  'ITEM_REJECTED',
  'SERVICE_STAGE',
  'CLOSED',
  'COMMENT',
  'CREDIT_NOTE',
] as const;
export type ReturnEventType = (typeof RETURN_EVENT_TYPES)[number];

export const isReturnEventType = (value: string): value is ReturnEventType =>
  (RETURN_EVENT_TYPES as readonly string[]).includes(value);
