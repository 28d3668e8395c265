import type { EntityManager } from 'typeorm';
import { ForbiddenError, NotFoundError } from '../../../common/errors';
import { isUuid } from '../../../common/ids';
import type { RequestContext } from '../../../context/request-context';
import { isStaff, requireRepresentative, requireViewer } from '../../../context/viewer';
import { audit } from '../../../audit/audit.service';
import {
  canCancel,
  canClose,
  canMoveItem,
  canMoveServiceStage,
  deriveReturnStatus,
} from '../../../../../shared/src/rma';
import { ReturnItem, ReturnRequest } from './return-request.entity';
import { ReturnItemStatus } from './return-request.enums';
import {
  IllegalTransitionError,
  refuseIfClosed,
  ReturnAlreadyAuthorizedError,
} from './return-request.errors';
import { linePrices, NO_PRICES } from './return-request.prices';
import {
  checkChangeInput,
  planChange,
  type ItemMove,
  type ReturnChange,
  type Step,
} from './return-request.plan';
import { lockVisibleReturn, ReturnRequestQueries } from './return-request.queries';
import { ReturnTimeline } from './return-request.timeline';

export type { ReturnChange } from './return-request.plan';

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
  | 'purchaseDate'
  | 'accessories'
>;

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
    this.refuseUnlessStaff(ctx);
    checkChangeInput(change);
    const returnRequestId =
      'itemId' in change ? await this.returnOfItem(ctx, change.itemId) : change.returnRequestId;
    return ctx.transaction(async (tx) => {
      const request = await lockVisibleReturn(ctx, tx, returnRequestId);
      refuseIfClosed(request);
      const items = await this.itemsOf(tx, request);
      const prices = change.type === 'DECIDE_ITEM' ? await linePrices(tx, items) : NO_PRICES;
      await this.write(ctx, tx, request, items, planChange(request, items, change, prices));
      return request;
    });
  }

  /**
   * The customer withdraws their return while nothing of it is authorized: its waiting items
   * become CANCELED and the return is final. Another company's return: NOT_FOUND; one with
   * an authorized item: RETURN_ALREADY_AUTHORIZED.
   */
  async cancel(ctx: RequestContext, returnRequestId: string): Promise<ReturnRequest> {
    requireRepresentative(ctx);
    return ctx.transaction(async (tx) => {
      const request = await lockVisibleReturn(ctx, tx, returnRequestId);
      refuseIfClosed(request);
      const items = await this.itemsOf(tx, request);
      if (
        !canCancel(
          items.map((i) => i.status),
          { closed: false },
        )
      )
        throw new ReturnAlreadyAuthorizedError();
      const moves = items
        .filter((i) => i.status === 'PENDING')
        .map((item) => ({ item, status: ReturnItemStatus.CANCELED }));
      await this.write(ctx, tx, request, items, {
        moves,
        closedAt: new Date(),
        event: { type: 'CANCELED', note: null, sku: null },
      });
      return request;
    });
  }

  /** The ERP's credit note for a refunded return, by RMA number (staff and tools only). */
  async recordCreditNote(
    ctx: RequestContext,
    rmaNumber: string,
    creditNoteNumber: string,
  ): Promise<ReturnRequest> {
    this.refuseUnlessStaff(ctx);
    const { id } = await new ReturnRequestQueries().get(ctx, rmaNumber);
    return this.apply(ctx, { type: 'CREDIT_NOTE', returnRequestId: id, creditNoteNumber });
  }

  private refuseUnlessStaff(ctx: RequestContext): void {
    if (isStaff(ctx)) return;
    requireViewer(ctx);
    throw new ForbiddenError('Only the seller’s staff can process returns.');
  }

  private itemsOf(tx: EntityManager, request: ReturnRequest): Promise<ReturnItem[]> {
    return tx
      .getRepository(ReturnItem)
      .find({ where: { returnRequestId: request.id }, order: { position: 'ASC' } });
  }

  private async returnOfItem(ctx: RequestContext, itemId: string): Promise<string> {
    const item = isUuid(itemId)
      ? await ctx.db.getRepository(ReturnItem).findOne({ where: { id: itemId } })
      : null;
    if (!item) throw new NotFoundError('Return item');
    return item.returnRequestId;
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
    if (step.event.type === 'CLOSED' && !canClose(items, { closed: request.closedAt !== null }))
      throw new IllegalTransitionError(
        'A return closes once every item is decided, denied or rejected, and service items are shipped back.',
      );
    for (const { item, ...next } of step.moves) Object.assign(item, next);
    if (step.moves.length) await tx.getRepository(ReturnItem).save(step.moves.map((m) => m.item));
    request.closedAt = step.closedAt ?? request.closedAt;
    request.creditNoteNumber = step.creditNoteNumber ?? request.creditNoteNumber;
    request.status = deriveReturnStatus(
      items.map((i) => i.status),
      { closed: request.closedAt !== null },
    );
    await tx.getRepository(ReturnRequest).update(
      { id: request.id },
      {
        status: request.status,
        closedAt: request.closedAt,
        creditNoteNumber: request.creditNoteNumber,
      },
    );
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
        `An item that is ${item.status} cannot become ${status}${(status === 'APPROVED' || status === 'REJECTED') && (item.status === 'AUTHORIZED' || item.status === 'PENDING') ? ': it must be received first' : ''}.`,
      );
    if (serviceStage && !canMoveServiceStage(item.serviceStage, serviceStage))
      throw new IllegalTransitionError(
        `A service item at ${item.serviceStage ?? 'no stage'} cannot move to ${serviceStage}.`,
      );
  }
}
