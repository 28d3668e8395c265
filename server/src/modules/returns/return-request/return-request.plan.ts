import { BadUserInputError } from '../../../common/errors';
import { formatAmount } from '../../../common/money';
import { RETURN_LIMITS, SERVICE_OUTCOMES, SHIPPED_BACK_STAGE } from '../../../../../shared/src/rma';
import type { ReturnItem, ReturnRequest } from './return-request.entity';
import {
  type ReturnItemStatus,
  ReturnKind,
  ReturnResolution,
  type ReturnEventType,
  type ReturnItemDecision,
  type ServiceStage,
} from './return-request.enums';
import { IllegalTransitionError } from './return-request.errors';

/** A step staff (or the ERP) take on a return or one of its items. */
export type ReturnChange =
  | { type: 'AUTHORIZE'; returnRequestId: string; note: string | null }
  | { type: 'DENY'; returnRequestId: string; note: string }
  | { type: 'AUTHORIZE_ITEM'; itemId: string; note: string | null }
  | { type: 'DENY_ITEM'; itemId: string; note: string }
  | { type: 'RECEIVE'; returnRequestId: string; note: string | null }
  | {
      type: 'DECIDE_ITEM';
      itemId: string;
      decision: ReturnItemDecision;
      resolution: ReturnResolution | null;
      note: string | null;
      /** The refund or credit in minor units; null: the invoiced value of the item. */
      creditMinor: number | null;
    }
  | {
      type: 'ADVANCE_SERVICE';
      itemId: string;
      stage: ServiceStage;
      note: string | null;
      carrier: string | null;
      trackingNumber: string | null;
    }
  | { type: 'CLOSE'; returnRequestId: string }
  | { type: 'CREDIT_NOTE'; returnRequestId: string; creditNoteNumber: string };

/** One item's part of a step: its next status and/or workshop stage, and the decision. */
export interface ItemMove {
  item: ReturnItem;
  status?: ReturnItemStatus;
  serviceStage?: ServiceStage;
  resolution?: ReturnResolution;
  decisionNote?: string | null;
  creditMinor?: number | null;
  currency?: string | null;
  carrier?: string | null;
  trackingNumber?: string | null;
}

export interface StepEvent {
  type: ReturnEventType;
  note: string | null;
  sku: string | null;
  /** The names of the products concerned, for the e-mail's subject. */
  product?: string | null;
  stage?: ServiceStage | null;
  carrier?: string | null;
  trackingNumber?: string | null;
  /** The refund or credit, formatted with its currency, for the e-mail. */
  credit?: string | null;
}

/** What a change does to a locked return, before the rules are checked and it is written. */
export interface Step {
  moves: ItemMove[];
  closedAt?: Date;
  creditNoteNumber?: string;
  event: StepEvent;
}

/** The invoiced value of an item: its line's unit price × the quantity returned. */
export interface LinePrices {
  priceOf(item: ReturnItem): { unitPriceMinor: number; currency: string };
}

const trimmed = (note: string | null | undefined): string | null => note?.trim() || null;

/** Input rules that need no database: a reason to deny, a settlement, a tracking number. */
export function checkChangeInput(change: ReturnChange): void {
  if ((change.type === 'DENY' || change.type === 'DENY_ITEM') && !change.note.trim())
    throw new BadUserInputError('Say why the return is denied.', 'note');
  if (
    change.type === 'DECIDE_ITEM' &&
    change.decision === 'APPROVED' &&
    (!change.resolution || change.resolution === ReturnResolution.SHIP_BACK)
  ) {
    throw new BadUserInputError(
      'Choose how an approved item is settled: REFUND, REPLACE or REPAIR.',
      'resolution',
    );
  }
  if (change.type === 'ADVANCE_SERVICE' && change.stage === SHIPPED_BACK_STAGE) {
    if (!change.carrier?.trim()) throw new BadUserInputError('Name the carrier.', 'carrier');
    if (!change.trackingNumber?.trim())
      throw new BadUserInputError('Give the tracking number of the parcel.', 'trackingNumber');
    if ([...change.carrier.trim()].length > RETURN_LIMITS.carrier)
      throw new BadUserInputError('The carrier name is too long.', 'carrier');
    if ([...change.trackingNumber.trim()].length > RETURN_LIMITS.trackingNumber)
      throw new BadUserInputError('The tracking number is too long.', 'trackingNumber');
  }
  if (change.type === 'CREDIT_NOTE') {
    const n = change.creditNoteNumber.trim();
    if (!n || [...n].length > RETURN_LIMITS.creditNoteNumber)
      throw new BadUserInputError(
        `A credit-note number has 1-${RETURN_LIMITS.creditNoteNumber} characters.`,
        'creditNoteNumber',
      );
  }
}

/** Which items a change moves, and the timeline entry it makes. */
export function planChange(
  request: ReturnRequest,
  items: ReturnItem[],
  change: ReturnChange,
  prices: LinePrices,
): Step {
  const itemOf = (id: string): ReturnItem => items.find((i) => i.id === id)!;
  switch (change.type) {
    case 'AUTHORIZE':
    case 'DENY':
      return planWhole(request, items, change);
    case 'AUTHORIZE_ITEM':
    case 'DENY_ITEM': {
      const item = itemOf(change.itemId);
      const to = change.type === 'AUTHORIZE_ITEM' ? 'AUTHORIZED' : 'DENIED';
      const note = trimmed(change.note);
      return {
        moves: [{ item, status: to, decisionNote: note }],
        event: { type: `ITEM_${to}`, note, sku: item.sku, product: item.name },
      };
    }
    case 'RECEIVE':
      return planReceive(request, items, trimmed(change.note));
    case 'DECIDE_ITEM':
      return planDecision(request, itemOf(change.itemId), change, prices);
    case 'ADVANCE_SERVICE':
      return planStage(request, itemOf(change.itemId), change);
    case 'CLOSE':
      return {
        moves: [],
        closedAt: new Date(),
        event: { type: 'CLOSED', note: null, sku: null },
      };
    case 'CREDIT_NOTE': {
      if (!items.some((i) => i.status === 'APPROVED' && i.resolution === 'REFUND'))
        throw new IllegalTransitionError('A credit note follows an approved refund.');
      const creditNoteNumber = change.creditNoteNumber.trim();
      return {
        moves: [],
        creditNoteNumber,
        event: { type: 'CREDIT_NOTE', note: creditNoteNumber, sku: null },
      };
    }
  }
}

function planWhole(
  request: ReturnRequest,
  items: ReturnItem[],
  change: Extract<ReturnChange, { type: 'AUTHORIZE' | 'DENY' }>,
): Step {
  const to = change.type === 'AUTHORIZE' ? 'AUTHORIZED' : 'DENIED';
  return {
    moves: every(request, items, 'PENDING', to).map((m) =>
      to === 'DENIED' ? { ...m, decisionNote: trimmed(change.note) } : m,
    ),
    event: { type: to, note: trimmed(change.note), sku: null },
  };
}

function every(
  request: ReturnRequest,
  items: ReturnItem[],
  from: ReturnItemStatus,
  to: ReturnItemStatus,
): ItemMove[] {
  const moves = items.filter((i) => i.status === from).map((item) => ({ item, status: to }));
  if (!moves.length)
    throw new IllegalTransitionError(
      `No item is ${from}: a return that is ${request.status} cannot be ${to}.`,
    );
  return moves;
}

function planReceive(request: ReturnRequest, items: ReturnItem[], note: string | null): Step {
  if (!items.some((i) => i.status === 'AUTHORIZED'))
    throw new IllegalTransitionError('Nothing is awaiting delivery: authorize the return first.');
  const service = request.kind === ReturnKind.SERVICE;
  const moves = every(request, items, 'AUTHORIZED', 'RECEIVED').map((m) =>
    service ? { ...m, serviceStage: 'RECEIVED' as const } : m,
  );
  return {
    moves,
    event: {
      type: 'RECEIVED',
      note,
      sku: moves.length === 1 ? moves[0]!.item.sku : null,
      product: service ? moves.map((m) => m.item.name).join(', ') : null,
      stage: service ? 'RECEIVED' : null,
    },
  };
}

function planDecision(
  request: ReturnRequest,
  item: ReturnItem,
  change: Extract<ReturnChange, { type: 'DECIDE_ITEM' }>,
  prices: LinePrices,
): Step {
  if (request.kind === ReturnKind.SERVICE)
    throw new IllegalTransitionError(
      'The workshop decides a service item: move it to repair, replacement or not repairable.',
    );
  const note = trimmed(change.note);
  const approved = change.decision === 'APPROVED';
  const refund = approved && change.resolution === ReturnResolution.REFUND;
  const { unitPriceMinor, currency } = prices.priceOf(item);
  const invoiced = unitPriceMinor * item.quantity;
  if (refund && change.creditMinor !== null && change.creditMinor > invoiced)
    throw new BadUserInputError('A refund cannot exceed what was invoiced for the item.', 'amount');
  const creditMinor = refund ? (change.creditMinor ?? invoiced) : null;
  return {
    moves: [
      {
        item,
        status: change.decision,
        resolution: approved ? change.resolution! : ReturnResolution.SHIP_BACK,
        decisionNote: note,
        creditMinor,
        currency: refund ? currency : null,
      },
    ],
    event: {
      type: approved ? 'ITEM_APPROVED' : 'ITEM_REJECTED',
      note,
      sku: item.sku,
      product: item.name,
      credit: creditMinor === null ? null : `${formatAmount(creditMinor)} ${currency}`,
    },
  };
}

function planStage(
  request: ReturnRequest,
  item: ReturnItem,
  change: Extract<ReturnChange, { type: 'ADVANCE_SERVICE' }>,
): Step {
  if (request.kind !== ReturnKind.SERVICE)
    throw new IllegalTransitionError('Only service requests go through the workshop.');
  const note = trimmed(change.note);
  const outcome = SERVICE_OUTCOMES[change.stage];
  const shipped = change.stage === SHIPPED_BACK_STAGE;
  const carrier = shipped ? trimmed(change.carrier) : null;
  const trackingNumber = shipped ? trimmed(change.trackingNumber) : null;
  return {
    moves: [
      {
        item,
        serviceStage: change.stage,
        ...(outcome ? { status: outcome.status, resolution: outcome.resolution } : {}),
        ...(shipped ? { carrier, trackingNumber } : {}),
      },
    ],
    event: {
      type: 'SERVICE_STAGE',
      note,
      sku: item.sku,
      product: item.name,
      stage: change.stage,
      carrier,
      trackingNumber,
    },
  };
}
