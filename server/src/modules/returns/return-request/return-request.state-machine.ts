import type { EntityManager } from 'typeorm';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../../common/errors';
import { isUuid } from '../../../common/ids';
import type { RequestContext } from '../../../context/request-context';
import { isStaff, requireViewer } from '../../../context/viewer';
import { audit } from '../../../audit/audit.service';
import {
  canClose,
  canMoveItem,
  canMoveServiceStage,
  deriveReturnStatus,
} from '../../../../../shared/src/rma';
import { ReturnItem, ReturnRequest } from './return-request.entity';
import {
  ReturnItemStatus,
  ReturnKind,
  ReturnResolution,
  type ReturnEventType,
  type ReturnItemDecision,
  type ServiceStage,
} from './return-request.enums';
import { IllegalTransitionError, refuseIfClosed } from './return-request.errors';
import { lockVisibleReturn } from './return-request.queries';
import { ReturnTimeline } from './return-request.timeline';

/** A step staff take on a return or one of its items. */
export type ReturnChange =
  | { type: 'AUTHORIZE'; returnRequestId: string; note: string | null }
  | { type: 'DENY'; returnRequestId: string; note: string }
  | { type: 'RECEIVE'; returnRequestId: string; note: string | null }
  | {
      type: 'DECIDE_ITEM';
      itemId: string;
      decision: ReturnItemDecision;
      resolution: ReturnResolution | null;
      note: string | null;
    }
  | { type: 'ADVANCE_SERVICE'; itemId: string; stage: ServiceStage; note: string | null }
  | { type: 'CLOSE'; returnRequestId: string };

/** One item's part of a step: its next status and/or workshop stage, and the decision. */
interface ItemMove {
  item: ReturnItem;
  status?: ReturnItemStatus;
  serviceStage?: ServiceStage;
  resolution?: ReturnResolution;
  decisionNote?: string | null;
}

/** What a change does to a locked return, before the rules are checked and it is written. */
interface Step {
  moves: ItemMove[];
  closedAt?: Date;
  event: { type: ReturnEventType; note: string | null; sku: string | null };
}

/** A new return as submission hands it over: everything but statuses. */
export type NewReturn = Pick<
  ReturnRequest,
  | 'companyId'
  | 'representativeId'
  | 'idempotencyKey'
  | 'rmaNumber'
  | 'kind'
  | 'returnAddress'
  | 'shipBackAddress'
>;
export type NewReturnItem = Pick<
  ReturnItem,
  | 'invoiceLineId'
  | 'invoiceNumber'
  | 'sku'
  | 'name'
  | 'quantity'
  | 'reason'
  | 'conditions'
  | 'serialNumber'
  | 'faultDescription'
>;

const trimmed = (note: string | null | undefined): string | null => note?.trim() || null;

/**
 * The one writer of return and item statuses. `open` starts a return; `apply` takes a staff
 * step. Both end in `write`, which checks the shared transition rules (shared/src/rma.ts),
 * stores the items and the derived return status, and writes the audit event, the timeline
 * entry and the customer's e-mail in the same transaction.
 */
export class ReturnStateMachine {
  private readonly timeline = new ReturnTimeline();

  /** Creates a submitted return with its items, all PENDING, inside the caller's transaction. */
  async open(
    ctx: RequestContext,
    tx: EntityManager,
    draft: NewReturn,
    drafts: NewReturnItem[],
  ): Promise<ReturnRequest> {
    const requests = tx.getRepository(ReturnRequest);
    const request = await requests.save(
      requests.create({
        ...draft,
        status: deriveReturnStatus([], { closed: false }),
        closedAt: null,
      }),
    );
    const items = drafts.map((d, index) =>
      tx.getRepository(ReturnItem).create({
        ...d,
        returnRequestId: request.id,
        position: index + 1,
        status: ReturnItemStatus.PENDING,
        resolution: null,
        serviceStage: null,
        decisionNote: null,
      }),
    );
    await tx.getRepository(ReturnItem).save(items);
    await this.write(ctx, tx, request, items, {
      moves: [],
      event: { type: 'SUBMITTED', note: null, sku: null },
    });
    return request;
  }

  /** Takes one staff step on a return, under a lock on the return. */
  async apply(ctx: RequestContext, change: ReturnChange): Promise<ReturnRequest> {
    if (!isStaff(ctx)) {
      requireViewer(ctx);
      throw new ForbiddenError('Only the seller’s staff can process returns.');
    }
    this.checkInput(change);
    const returnRequestId =
      'itemId' in change ? await this.returnOfItem(ctx, change.itemId) : change.returnRequestId;
    return ctx.transaction(async (tx) => {
      const request = await lockVisibleReturn(ctx, tx, returnRequestId);
      refuseIfClosed(request);
      const items = await tx
        .getRepository(ReturnItem)
        .find({ where: { returnRequestId: request.id }, order: { position: 'ASC' } });
      await this.write(ctx, tx, request, items, this.plan(request, items, change));
      return request;
    });
  }

  /** Input rules that need no database: a reason to deny, a settlement for an approval. */
  private checkInput(change: ReturnChange): void {
    if (change.type === 'DENY' && !change.note.trim())
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
  }

  private async returnOfItem(ctx: RequestContext, itemId: string): Promise<string> {
    const item = isUuid(itemId)
      ? await ctx.db.getRepository(ReturnItem).findOne({ where: { id: itemId } })
      : null;
    if (!item) throw new NotFoundError('Return item');
    return item.returnRequestId;
  }

  /** Which items a change moves, and the timeline entry it makes. */
  private plan(request: ReturnRequest, items: ReturnItem[], change: ReturnChange): Step {
    const every = (from: ReturnItemStatus, to: ReturnItemStatus): ItemMove[] => {
      const moves = items.filter((i) => i.status === from).map((item) => ({ item, status: to }));
      if (!moves.length)
        throw new IllegalTransitionError(
          `No item is ${from}: a return that is ${request.status} cannot be ${to}.`,
        );
      return moves;
    };
    const itemOf = (id: string): ReturnItem => items.find((i) => i.id === id)!;
    switch (change.type) {
      case 'AUTHORIZE':
      case 'DENY': {
        const to = change.type === 'AUTHORIZE' ? 'AUTHORIZED' : 'DENIED';
        return {
          moves: every('PENDING', to),
          event: { type: to, note: trimmed(change.note), sku: null },
        };
      }
      case 'RECEIVE': {
        if (!items.some((i) => i.status === 'AUTHORIZED'))
          throw new IllegalTransitionError(
            'Nothing is awaiting delivery: authorize the return first.',
          );
        const moves = every('AUTHORIZED', 'RECEIVED').map((m) =>
          request.kind === ReturnKind.SERVICE ? { ...m, serviceStage: 'RECEIVED' as const } : m,
        );
        return { moves, event: { type: 'RECEIVED', note: trimmed(change.note), sku: null } };
      }
      case 'DECIDE_ITEM': {
        const item = itemOf(change.itemId);
        const note = trimmed(change.note);
        const approved = change.decision === 'APPROVED';
        return {
          moves: [
            {
              item,
              status: change.decision,
              resolution: approved ? change.resolution! : ReturnResolution.SHIP_BACK,
              decisionNote: note,
            },
          ],
          event: { type: approved ? 'ITEM_APPROVED' : 'ITEM_REJECTED', note, sku: item.sku },
        };
      }
      case 'ADVANCE_SERVICE': {
        if (request.kind !== ReturnKind.SERVICE)
          throw new IllegalTransitionError('Only service requests go through the workshop.');
        const item = itemOf(change.itemId);
        const note = trimmed(change.note);
        return {
          moves: [{ item, serviceStage: change.stage }],
          event: {
            type: 'SERVICE_STAGE',
            note: note ? `${change.stage}: ${note}` : change.stage,
            sku: item.sku,
          },
        };
      }
      case 'CLOSE':
        return {
          moves: [],
          closedAt: new Date(),
          event: { type: 'CLOSED', note: null, sku: null },
        };
    }
  }

  /** The only place a status is written: checks the rules, stores, audits, records, mails. */
  private async write(
    ctx: RequestContext,
    tx: EntityManager,
    request: ReturnRequest,
    items: ReturnItem[],
    step: Step,
  ): Promise<void> {
    for (const move of step.moves) this.check(move);
    if (
      step.closedAt &&
      !canClose(
        items.map((i) => i.status),
        { closed: request.closedAt !== null },
      )
    )
      throw new IllegalTransitionError(
        'A return closes once every item is decided, denied or rejected.',
      );
    for (const { item, ...next } of step.moves) Object.assign(item, next);
    if (step.moves.length) await tx.getRepository(ReturnItem).save(step.moves.map((m) => m.item));
    request.closedAt = step.closedAt ?? request.closedAt;
    request.status = deriveReturnStatus(
      items.map((i) => i.status),
      { closed: request.closedAt !== null },
    );
    await tx
      .getRepository(ReturnRequest)
      .update({ id: request.id }, { status: request.status, closedAt: request.closedAt });
    const subject = { type: 'ReturnRequest', id: request.id, companyId: request.companyId };
    if (step.event.type === 'SUBMITTED')
      await audit(ctx, tx, 'return.submitted', subject, { rma: request.rmaNumber });
    else
      await audit(ctx, tx, 'return.changed', subject, {
        step: step.event.type,
        status: request.status,
        ...(step.event.sku ? { sku: step.event.sku } : {}),
      });
    await this.timeline.record(ctx, tx, request, { ...step.event, statusAfter: request.status });
  }

  /** An item move the shared transition rules allow, else ILLEGAL_TRANSITION. */
  private check({ item, status, serviceStage }: ItemMove): void {
    if (status && !canMoveItem(item.status, status))
      throw new IllegalTransitionError(
        `An item that is ${item.status} cannot become ${status}${item.status === 'AUTHORIZED' || item.status === 'PENDING' ? ': it must be received first' : ''}.`,
      );
    if (serviceStage && !canMoveServiceStage(item.serviceStage, serviceStage))
      throw new IllegalTransitionError(
        `A service item at ${item.serviceStage ?? 'no stage'} cannot move to ${serviceStage}.`,
      );
  }
}
