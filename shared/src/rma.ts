/**
 * The RMA status model, shared by server (enforces it) and SPA (shows what can happen next).
 * Items move PENDING -> AUTHORIZED | DENIED; AUTHORIZED -> RECEIVED; RECEIVED -> APPROVED |
 * REJECTED. The return's status is derived from its items, as Magento's RMA does.
 */
export const RETURN_ITEM_STATUSES = [
  'PENDING',
  'AUTHORIZED',
  'DENIED',
  'RECEIVED',
  'APPROVED',
  'REJECTED',
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

/** Service (warranty/repair) items, once received, go through the workshop. */
export const SERVICE_STAGES = ['RECEIVED', 'DIAGNOSIS', 'REPAIR', 'SHIPPED_BACK'] as const;
export type ServiceStage = (typeof SERVICE_STAGES)[number];

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

/** Field limits of a return request, the same on both sides. */
export const RETURN_LIMITS = {
  returnAddress: 1000,
  faultDescription: 4000,
  comment: 4000,
  items: 50,
} as const;

const ITEM_TRANSITIONS: Record<ReturnItemStatus, readonly ReturnItemStatus[]> = {
  PENDING: ['AUTHORIZED', 'DENIED'],
  AUTHORIZED: ['RECEIVED'],
  DENIED: [],
  RECEIVED: ['APPROVED', 'REJECTED'],
  APPROVED: [],
  REJECTED: [],
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
  return status === 'DENIED' || status === 'REJECTED';
}

export function deriveReturnStatus(
  items: readonly ReturnItemStatus[],
  { closed }: { closed: boolean },
): ReturnStatus {
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

/** A return can be closed once every item is settled. */
export function canClose(
  items: readonly ReturnItemStatus[],
  { closed }: { closed: boolean },
): boolean {
  return !closed && items.length > 0 && items.every(isItemSettled);
}

export function canMoveServiceStage(from: ServiceStage | null, to: ServiceStage): boolean {
  const i = from === null ? -1 : SERVICE_STAGES.indexOf(from);
  return SERVICE_STAGES.indexOf(to) === i + 1;
}

/** RMA-2026-000042 */
export const RMA_NUMBER = /^RMA-\d{4}-\d{6}$/;

/** The kinds of timeline entries of a return (ReturnEvent.type, a String in the API). */
export const RETURN_EVENT_TYPES = [
  'SUBMITTED',
  'AUTHORIZED',
  'DENIED',
  'RECEIVED',
  'ITEM_APPROVED',
  'ITEM_REJECTED',
  'SERVICE_STAGE',
  'CLOSED',
  'COMMENT',
] as const;
export type ReturnEventType = (typeof RETURN_EVENT_TYPES)[number];

export const isReturnEventType = (value: string): value is ReturnEventType =>
  (RETURN_EVENT_TYPES as readonly string[]).includes(value);
