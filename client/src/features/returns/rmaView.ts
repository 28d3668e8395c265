import {
  canCancel,
  canClose,
  canMoveItem,
  isItemSettled,
  nextServiceStages,
  RETURN_CONDITIONS,
  RETURN_ONLY_REASONS,
  type ReturnCondition,
  type ServiceStage,
} from '../../../../shared/src/rma';
import type {
  ReturnItemStatus,
  ReturnReason,
  ReturnRequestFieldsFragment,
  ReturnStatus,
} from '../../gql/graphql';

export type ReturnView = ReturnRequestFieldsFragment;
export type ReturnItemView = ReturnView['items'][number];
export type ReturnEventView = ReturnView['events'][number];

/** The reasons a customer may pick per returned item, in this order (shared with the server). */
export const REASONS: readonly ReturnReason[] = RETURN_ONLY_REASONS;

export { RETURN_CONDITIONS, type ReturnCondition };

/** Badge colours: teal rather than green (Mantine's green badge text is below 4.5:1). */
export const STATUS_COLOR: Record<ReturnStatus, string> = {
  SUBMITTED: 'blue',
  AUTHORIZED: 'indigo',
  PARTIALLY_AUTHORIZED: 'indigo',
  DENIED: 'red',
  RECEIVED: 'violet',
  APPROVED: 'teal',
  PARTIALLY_APPROVED: 'teal',
  REJECTED: 'red',
  CLOSED: 'gray',
  CANCELED: 'gray',
};

export const ITEM_STATUS_COLOR: Record<ReturnItemStatus, string> = {
  PENDING: 'blue',
  AUTHORIZED: 'indigo',
  DENIED: 'red',
  RECEIVED: 'violet',
  APPROVED: 'teal',
  REJECTED: 'red',
  CANCELED: 'gray',
};

/** The conditions a product does not meet, in the order the wizard asks them. */
export function unmetConditions(conditions: Record<ReturnCondition, boolean>): ReturnCondition[] {
  return RETURN_CONDITIONS.filter((c) => !conditions[c]);
}

/**
 * What happens next, for the customer, from the items' statuses and the status machine:
 * items that can still be authorized wait for the seller, authorized ones wait for the
 * parcel, received ones are inspected (or in the workshop), settled ones wait to be closed.
 */
export type NextStep =
  | 'closed'
  | 'canceled'
  | 'waitingAuthorization'
  | 'sendParcel'
  | 'inspection'
  | 'workshop'
  | 'denied'
  | 'decided';

export function nextStepFor(request: Pick<ReturnView, 'kind' | 'closedAt' | 'items'>): NextStep {
  const statuses = request.items.map((i) => i.status);
  if (statuses.includes('CANCELED')) return 'canceled';
  if (request.closedAt) return 'closed';
  if (statuses.some((s) => canMoveItem(s, 'AUTHORIZED'))) return 'waitingAuthorization';
  if (statuses.some((s) => canMoveItem(s, 'RECEIVED'))) return 'sendParcel';
  if (statuses.some((s) => canMoveItem(s, 'APPROVED'))) {
    return request.kind === 'SERVICE' ? 'workshop' : 'inspection';
  }
  if (statuses.length > 0 && statuses.every((s) => s === 'DENIED')) return 'denied';
  return 'decided';
}

export const NEXT_STEP_COLOR: Record<NextStep, string> = {
  closed: 'gray',
  canceled: 'gray',
  waitingAuthorization: 'blue',
  sendParcel: 'indigo',
  inspection: 'violet',
  workshop: 'violet',
  denied: 'red',
  decided: 'teal',
};

/** The parcel still has to be sent: the label is what the customer needs now. */
export function labelMatters(step: NextStep): boolean {
  return step === 'waitingAuthorization' || step === 'sendParcel';
}

/** What staff may do now with a return, from shared/src/rma.ts (the server enforces the same). */
export interface StaffActions {
  authorize: boolean;
  deny: boolean;
  receive: boolean;
  close: boolean;
}

export function staffActionsFor(request: Pick<ReturnView, 'closedAt' | 'items'>): StaffActions {
  const closed = request.closedAt !== null && request.closedAt !== undefined;
  const statuses = request.items.map((i) => i.status);
  const pending = !closed && statuses.some((s) => canMoveItem(s, 'AUTHORIZED'));
  return {
    authorize: pending,
    deny: pending,
    receive: !closed && statuses.some((s) => canMoveItem(s, 'RECEIVED')),
    close: canClose(request.items, { closed }),
  };
}

/** The customer may still withdraw the return (nothing of it authorized yet). */
export function customerCanCancel(request: Pick<ReturnView, 'closedAt' | 'items'>): boolean {
  return canCancel(
    request.items.map((i) => i.status),
    { closed: !!request.closedAt },
  );
}

/** Per item: authorize or deny it on its own while it waits. */
export function canAuthorizeItem(
  request: Pick<ReturnView, 'closedAt'>,
  item: Pick<ReturnItemView, 'status'>,
): boolean {
  return !request.closedAt && canMoveItem(item.status, 'AUTHORIZED');
}

/** Per item of a return: decide (approve / reject) once received; the workshop decides service items. */
export function canDecide(
  request: Pick<ReturnView, 'closedAt' | 'kind'>,
  item: Pick<ReturnItemView, 'status'>,
): boolean {
  return !request.closedAt && request.kind === 'RETURN' && canMoveItem(item.status, 'APPROVED');
}

/** The workshop stages a service item can move to now (one, or the three outcomes). */
export function nextServiceStageChoices(
  request: Pick<ReturnView, 'closedAt' | 'kind'>,
  item: Pick<ReturnItemView, 'serviceStage'>,
): readonly ServiceStage[] {
  if (request.closedAt || request.kind !== 'SERVICE' || !item.serviceStage) return [];
  return nextServiceStages(item.serviceStage);
}

export function isSettled(status: ReturnItemStatus): boolean {
  return isItemSettled(status);
}
