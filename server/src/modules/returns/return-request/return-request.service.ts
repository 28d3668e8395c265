import { isUuid } from '../../../common/ids';
import { In, type EntityManager } from 'typeorm';
import { decodeCursor, pageSize, toConnection, type Connection } from '../../../common/connection';
import { uniqueViolation } from '../../../common/db-errors';
import {
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
} from '../../../common/errors';
import { formatNumber, nextInSeries } from '../../../common/sequence';
import type { RequestContext } from '../../../context/request-context';
import { requireRepresentative } from '../../../context/viewer';
import { queueEmail } from '../../../mail/mail.service';
import { RMA_WORDS } from '../../../mail/templates';
import { isLocale } from '../../../../../shared/src/locales';
import {
  canClose,
  canMoveItem,
  canMoveServiceStage,
  deriveReturnStatus,
  releasesQuantity,
  type ReturnItemStatus as ItemStatus,
} from '../../../../../shared/src/rma';
import { audit } from '../../../audit/audit.service';
import { Invoice, InvoiceLine } from '../../shop/invoice/invoice.entity';
import { Representative } from '../../accounts/representative/representative.entity';
import {
  IllegalTransitionError,
  QuantityExceedsReturnableError,
  ReturnAddressRequiredError,
} from './return-request.errors';
import {
  ReturnEvent,
  ReturnItem,
  ReturnKind,
  ReturnRequest,
  type ReturnItemDecision,
  ReturnResolution,
  type ServiceStage,
} from './return-request.entity';
import type { ReturnRequestsArgs, SubmitReturnRequestInput } from './return-request.inputs';

/** Invoiced quantity minus what is in returns not denied or rejected, per invoice line. */
export async function returnableQuantities(
  db: EntityManager,
  lines: InvoiceLine[],
): Promise<Map<string, number>> {
  const taken = lines.length
    ? await db
        .getRepository(ReturnItem)
        .find({ where: { invoiceLineId: In(lines.map((l) => l.id)) } })
    : [];
  const result = new Map(lines.map((l) => [l.id, l.quantity]));
  for (const item of taken) {
    if (releasesQuantity(item.status)) continue;
    result.set(item.invoiceLineId, (result.get(item.invoiceLineId) ?? 0) - item.quantity);
  }
  return result;
}

export function returnableLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, number>('invoiceLine.returnable', async (ids) => {
    const lines = await ctx.db.getRepository(InvoiceLine).find({ where: { id: In([...ids]) } });
    const map = await returnableQuantities(ctx.db.manager, lines);
    return ids.map((id) => Math.max(0, map.get(id) ?? 0));
  });
}

export function returnItemsLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, ReturnItem[]>('return.items', async (ids) => {
    const items = await ctx.db
      .getRepository(ReturnItem)
      .find({ where: { returnRequestId: In([...ids]) }, order: { position: 'ASC' } });
    return ids.map((id) => items.filter((i) => i.returnRequestId === id));
  });
}

export function returnEventsLoader(ctx: RequestContext) {
  return ctx.loaders.get<string, ReturnEvent[]>('return.events', async (ids) => {
    const events = await ctx.db
      .getRepository(ReturnEvent)
      .find({ where: { returnRequestId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    return ids.map((id) => events.filter((e) => e.returnRequestId === id));
  });
}

function actorOf(ctx: RequestContext): { type: 'CUSTOMER' | 'STAFF'; name: string } {
  const v = ctx.viewer;
  if (v?.kind === 'REPRESENTATIVE')
    return { type: 'CUSTOMER', name: v.representative.name ?? v.representative.email };
  if (v?.kind === 'AGENT') return { type: 'STAFF', name: v.agent.name };
  if (v?.kind === 'API_TOKEN') return { type: 'STAFF', name: v.tokenName };
  throw new UnauthenticatedError();
}

export class ReturnRequestService {
  /** The company's own invoice with what can still be returned; any other number: NOT_FOUND. */
  async checkInvoice(ctx: RequestContext, number: string): Promise<Invoice> {
    const rep = requireRepresentative(ctx);
    const invoice = await ctx.db
      .getRepository(Invoice)
      .findOne({ where: { number: number.trim(), companyId: rep.companyId } });
    if (!invoice) throw new NotFoundError('Invoice');
    return invoice;
  }

  /**
   * Submits a return or service request. The invoice lines are locked for the rest of the
   * transaction, so concurrent submissions can never return more than was bought; the same
   * idempotency key returns the same RMA.
   */
  async submit(ctx: RequestContext, input: SubmitReturnRequestInput): Promise<ReturnRequest> {
    const rep = requireRepresentative(ctx);
    const find = () =>
      ctx.db
        .getRepository(ReturnRequest)
        .findOne({ where: { representativeId: rep.id, idempotencyKey: input.idempotencyKey } });
    const existing = await find();
    if (existing) return existing;
    const needsAddress =
      input.kind === ReturnKind.RETURN &&
      input.items.some((i) => !Object.values(i.conditions).every(Boolean));
    if (needsAddress && !input.returnAddress?.trim()) throw new ReturnAddressRequiredError();
    input.items.forEach((item, i) => {
      if (input.kind === ReturnKind.SERVICE && !item.faultDescription?.trim()) {
        throw new BadUserInputError(
          'Describe the fault of each product sent for service.',
          `items.${i}.faultDescription`,
        );
      }
      if (!isUuid(item.invoiceLineId)) throw new NotFoundError('Invoice line');
    });
    try {
      return await ctx.transaction(async (tx) => {
        const lineIds = [...new Set(input.items.map((i) => i.invoiceLineId))].sort();
        const lines = await tx
          .getRepository(InvoiceLine)
          .createQueryBuilder('l')
          .innerJoin(Invoice, 'i', 'i.id = l.invoiceId')
          .where('l.id IN (:...lineIds) AND i.companyId = :companyId', {
            lineIds,
            companyId: rep.companyId,
          })
          .orderBy('l.id')
          .setLock('pessimistic_write', undefined, ['l'])
          .getMany();
        if (lines.length !== lineIds.length) throw new NotFoundError('Invoice line');
        const again = await tx
          .getRepository(ReturnRequest)
          .findOne({ where: { representativeId: rep.id, idempotencyKey: input.idempotencyKey } });
        if (again) return again;
        const returnable = await returnableQuantities(tx, lines);
        const wanted = new Map<string, number>();
        for (const item of input.items)
          wanted.set(item.invoiceLineId, (wanted.get(item.invoiceLineId) ?? 0) + item.quantity);
        for (const line of lines) {
          const left = Math.max(0, returnable.get(line.id) ?? 0);
          if ((wanted.get(line.id) ?? 0) > left)
            throw new QuantityExceedsReturnableError(line.sku, left);
        }
        const invoices = await tx
          .getRepository(Invoice)
          .find({ where: { id: In([...new Set(lines.map((l) => l.invoiceId))]) } });
        const year = new Date().getUTCFullYear();
        const request = await tx.getRepository(ReturnRequest).save(
          tx.getRepository(ReturnRequest).create({
            companyId: rep.companyId,
            representativeId: rep.id,
            idempotencyKey: input.idempotencyKey,
            rmaNumber: formatNumber('RMA', year, await nextInSeries(tx, 'RMA', year), '-'),
            kind: input.kind,
            status: 'SUBMITTED',
            returnAddress: input.returnAddress?.trim() || null,
            closedAt: null,
          }),
        );
        await tx.getRepository(ReturnItem).save(
          input.items.map((item, index) => {
            const line = lines.find((l) => l.id === item.invoiceLineId)!;
            return tx.getRepository(ReturnItem).create({
              returnRequestId: request.id,
              invoiceLineId: line.id,
              position: index + 1,
              invoiceNumber: invoices.find((i) => i.id === line.invoiceId)!.number,
              sku: line.sku,
              name: line.name,
              quantity: item.quantity,
              reason: item.reason,
              conditions: { ...item.conditions },
              serialNumber: item.serialNumber?.trim() || null,
              faultDescription: item.faultDescription?.trim() || null,
              status: 'PENDING',
              resolution: null,
              serviceStage: null,
              decisionNote: null,
            });
          }),
        );
        await this.record(ctx, tx, request, 'SUBMITTED', null, null);
        await audit(
          ctx,
          tx,
          'return.submitted',
          { type: 'ReturnRequest', id: request.id, companyId: rep.companyId },
          { rma: request.rmaNumber },
        );
        return request;
      });
    } catch (err) {
      if (uniqueViolation(err) === 'UQ_return_request_idempotency') {
        const found = await find();
        if (found) return found;
      }
      throw err;
    }
  }

  async list(ctx: RequestContext, args: ReturnRequestsArgs): Promise<Connection<ReturnRequest>> {
    const v = ctx.viewer;
    if (!v) throw new UnauthenticatedError();
    const f = args.filter ?? {};
    const qb = ctx.db.getRepository(ReturnRequest).createQueryBuilder('r');
    if (v.kind === 'REPRESENTATIVE')
      qb.where('r.companyId = :companyId', { companyId: v.company.id });
    else if (f.companyId) {
      if (!isUuid(f.companyId)) return toConnection([], 0, () => []);
      qb.where('r.companyId = :companyId', { companyId: f.companyId });
    }
    if (f.statuses?.length) qb.andWhere('r.status IN (:...statuses)', { statuses: f.statuses });
    if (f.kind) qb.andWhere('r.kind = :kind', { kind: f.kind });
    if (f.olderThanDays !== undefined && f.olderThanDays !== null) {
      qb.andWhere('r.createdAt <= :before', {
        before: new Date(Date.now() - f.olderThanDays * 86_400_000),
      });
    }
    if (f.rmaNumber?.trim())
      qb.andWhere('r.rmaNumber ILIKE :rma', {
        rma: `%${f.rmaNumber.trim().replace(/[\\%_]/g, '\\$&')}%`,
      });
    if (args.after) {
      const [at, id] = decodeCursor(args.after, 2);
      qb.andWhere('(r.createdAt, r.id) < (:at, :id)', { at: new Date(String(at)), id });
    }
    const size = pageSize(args);
    const rows = await qb
      .orderBy('r.createdAt', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(size + 1)
      .getMany();
    return toConnection(rows, size, (r) => [r.createdAt.toISOString(), r.id]);
  }

  /** One return by RMA number: the owning company's representatives and staff only. */
  async get(ctx: RequestContext, rmaNumber: string): Promise<ReturnRequest> {
    const v = ctx.viewer;
    if (!v) throw new UnauthenticatedError();
    const found = await ctx.db.getRepository(ReturnRequest).findOne({
      where: {
        rmaNumber: rmaNumber.trim().toUpperCase(),
        ...(v.kind === 'REPRESENTATIVE' ? { companyId: v.company.id } : {}),
      },
    });
    if (!found) throw new NotFoundError('Return');
    return found;
  }

  async comment(
    ctx: RequestContext,
    returnRequestId: string,
    body: string,
  ): Promise<ReturnRequest> {
    return this.change(ctx, returnRequestId, false, async (tx, request) => {
      await this.record(ctx, tx, request, 'COMMENT', body.trim(), null);
    });
  }

  // Staff actions -----------------------------------------------------------------------------

  authorize(ctx: RequestContext, id: string, note: string | null): Promise<ReturnRequest> {
    return this.moveAll(ctx, id, 'PENDING', 'AUTHORIZED', 'AUTHORIZED', note);
  }

  deny(ctx: RequestContext, id: string, note: string): Promise<ReturnRequest> {
    if (!note.trim()) throw new BadUserInputError('Say why the return is denied.', 'note');
    return this.moveAll(ctx, id, 'PENDING', 'DENIED', 'DENIED', note);
  }

  receive(ctx: RequestContext, id: string, note: string | null): Promise<ReturnRequest> {
    return this.change(ctx, id, true, async (tx, request, items) => {
      const authorized = items.filter((i) => i.status === 'AUTHORIZED');
      if (!authorized.length)
        throw new IllegalTransitionError(
          'Nothing is awaiting delivery: authorize the return first.',
        );
      for (const item of authorized) {
        item.status = 'RECEIVED';
        if (request.kind === ReturnKind.SERVICE) item.serviceStage = 'RECEIVED' as ServiceStage;
      }
      await tx.getRepository(ReturnItem).save(authorized);
      await this.record(ctx, tx, request, 'RECEIVED', note, null, items);
    });
  }

  async decideItem(
    ctx: RequestContext,
    itemId: string,
    decision: `${ReturnItemDecision}`,
    resolution: ReturnResolution | null | undefined,
    note: string | null,
  ): Promise<ReturnRequest> {
    this.staff(ctx);
    const item = isUuid(itemId)
      ? await ctx.db.getRepository(ReturnItem).findOne({ where: { id: itemId } })
      : null;
    if (!item) throw new NotFoundError('Return item');
    const chosen = decision === 'REJECTED' ? ReturnResolution.SHIP_BACK : resolution;
    if (decision === 'APPROVED' && (!chosen || chosen === ReturnResolution.SHIP_BACK)) {
      throw new BadUserInputError(
        'Choose how an approved item is settled: REFUND, REPLACE or REPAIR.',
        'resolution',
      );
    }
    return this.change(ctx, item.returnRequestId, true, async (tx, request, items) => {
      const target = items.find((i) => i.id === itemId)!;
      if (!canMoveItem(target.status, decision)) {
        throw new IllegalTransitionError(
          `An item that is ${target.status} cannot be ${decision}: it must be received first.`,
        );
      }
      target.status = decision;
      target.resolution = chosen ?? null;
      target.decisionNote = note?.trim() || null;
      await tx.getRepository(ReturnItem).save(target);
      await this.record(
        ctx,
        tx,
        request,
        decision === 'APPROVED' ? 'ITEM_APPROVED' : 'ITEM_REJECTED',
        note,
        target.sku,
        items,
      );
    });
  }

  async advanceService(
    ctx: RequestContext,
    itemId: string,
    stage: ServiceStage,
    note: string | null,
  ): Promise<ReturnRequest> {
    this.staff(ctx);
    const item = isUuid(itemId)
      ? await ctx.db.getRepository(ReturnItem).findOne({ where: { id: itemId } })
      : null;
    if (!item) throw new NotFoundError('Return item');
    return this.change(ctx, item.returnRequestId, true, async (tx, request, items) => {
      const target = items.find((i) => i.id === itemId)!;
      if (request.kind !== ReturnKind.SERVICE)
        throw new IllegalTransitionError('Only service requests go through the workshop.');
      if (!canMoveServiceStage(target.serviceStage, stage)) {
        throw new IllegalTransitionError(
          `A service item at ${target.serviceStage ?? 'no stage'} cannot move to ${stage}.`,
        );
      }
      target.serviceStage = stage;
      await tx.getRepository(ReturnItem).save(target);
      await this.record(
        ctx,
        tx,
        request,
        'SERVICE_STAGE',
        note ? `${stage}: ${note}` : stage,
        target.sku,
        items,
      );
    });
  }

  close(ctx: RequestContext, id: string): Promise<ReturnRequest> {
    return this.change(ctx, id, true, async (tx, request, items) => {
      if (
        !canClose(
          items.map((i) => i.status),
          request.closedAt !== null,
        )
      ) {
        throw new IllegalTransitionError(
          'A return closes once every item is decided, denied or rejected.',
        );
      }
      request.closedAt = new Date();
      await this.record(ctx, tx, request, 'CLOSED', null, null, items);
    });
  }

  private moveAll(
    ctx: RequestContext,
    id: string,
    from: ItemStatus,
    to: ItemStatus,
    event: string,
    note: string | null,
  ): Promise<ReturnRequest> {
    return this.change(ctx, id, true, async (tx, request, items) => {
      const moving = items.filter((i) => i.status === from);
      if (!moving.length || !canMoveItem(from, to)) {
        throw new IllegalTransitionError(
          `No item is ${from}: a return that is ${request.status} cannot be ${to}.`,
        );
      }
      for (const item of moving) item.status = to;
      await tx.getRepository(ReturnItem).save(moving);
      await this.record(ctx, tx, request, event, note, null, items);
    });
  }

  private staff(ctx: RequestContext): void {
    const v = ctx.viewer;
    if (!v) throw new UnauthenticatedError();
    if (v.kind === 'REPRESENTATIVE')
      throw new ForbiddenError('Only the seller’s staff can process returns.');
  }

  /**
   * Runs a change on a locked return: staff actions (staffOnly) or anyone who may see it.
   * Then the derived status is stored.
   */
  private async change(
    ctx: RequestContext,
    id: string,
    staffOnly: boolean,
    fn: (tx: EntityManager, request: ReturnRequest, items: ReturnItem[]) => Promise<void>,
  ): Promise<ReturnRequest> {
    if (staffOnly) this.staff(ctx);
    const v = ctx.viewer;
    if (!v) throw new UnauthenticatedError();
    if (!isUuid(id)) throw new NotFoundError('Return');
    return ctx.transaction(async (tx) => {
      const qb = tx
        .getRepository(ReturnRequest)
        .createQueryBuilder('r')
        .where('r.id = :id', { id })
        .setLock('pessimistic_write');
      if (v.kind === 'REPRESENTATIVE')
        qb.andWhere('r.companyId = :companyId', { companyId: v.company.id });
      const request = await qb.getOne();
      if (!request) throw new NotFoundError('Return');
      if (request.closedAt && staffOnly) throw new IllegalTransitionError('This return is closed.');
      const items = await tx
        .getRepository(ReturnItem)
        .find({ where: { returnRequestId: request.id }, order: { position: 'ASC' } });
      await fn(tx, request, items);
      request.status = deriveReturnStatus(
        items.map((i) => i.status),
        request.closedAt !== null,
      );
      await tx
        .getRepository(ReturnRequest)
        .update({ id: request.id }, { status: request.status, closedAt: request.closedAt });
      await audit(
        ctx,
        tx,
        'return.changed',
        { type: 'ReturnRequest', id: request.id, companyId: request.companyId },
        { status: request.status },
      );
      return request;
    });
  }

  /** A timeline entry, and an email to the customer for every step staff take. */
  private async record(
    ctx: RequestContext,
    tx: EntityManager,
    request: ReturnRequest,
    type: string,
    note: string | null,
    sku: string | null,
    items?: ReturnItem[],
  ): Promise<void> {
    const status = items
      ? deriveReturnStatus(
          items.map((i) => i.status),
          request.closedAt !== null,
        )
      : request.status;
    const actor = actorOf(ctx);
    await tx.getRepository(ReturnEvent).insert({
      returnRequestId: request.id,
      type,
      actorType: actor.type,
      actorName: actor.name,
      note,
      sku,
      statusAfter: status,
    });
    const rep = await tx
      .getRepository(Representative)
      .findOne({ where: { id: request.representativeId } });
    if (!rep || (actor.type === 'CUSTOMER' && type === 'COMMENT')) return;
    const locale = isLocale(rep.locale) ? rep.locale : 'en';
    const words = RMA_WORDS[locale];
    await queueEmail(ctx, tx, {
      to: rep.email,
      template: 'RETURN_UPDATE',
      locale,
      params: {
        rma: request.rmaNumber,
        kind: words[request.kind] ?? request.kind,
        step: words[type] ?? words[status] ?? type,
        status: words[status] ?? status,
        note: note ?? '',
      },
      linkPath: `/returns/${request.rmaNumber}`,
      companyId: request.companyId,
    });
  }
}
