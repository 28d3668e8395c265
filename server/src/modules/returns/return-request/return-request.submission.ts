import { TaxIdNotConfirmedError } from '../../accounts/company/company.errors';
import { In, type EntityManager } from 'typeorm';
import { uniqueViolation } from '../../../common/db-errors';
import { BadUserInputError, NotFoundError } from '../../../common/errors';
import { isUuid } from '../../../common/ids';
import { normalizedSql } from '../../../common/search';
import { normalizeForSearch } from '../../../../../shared/src/search';
import { formatNumber, nextInSeries } from '../../../common/sequence';
import type { RequestContext } from '../../../context/request-context';
import { requireRepresentative } from '../../../context/viewer';
import { CompanyAddress, snapshotOf } from '../../accounts/address/address.entity';
import { checkedAddress } from '../../accounts/address/address.service';
import type { PostalAddress } from '../../../../../shared/src/addresses';
import {
  needsReturnAddress,
  photosRequired,
  RETURN_CONDITIONS,
  SERVICE_REASON,
  type ReturnConditions,
} from '../../../../../shared/src/rma';
import { Invoice, InvoiceLine } from '../../shop/invoice/invoice.entity';
import { ReturnItem, ReturnRequest } from './return-request.entity';
import { checkDraftIds, claimDraftFiles } from './return-request.files';
import {
  PhotosRequiredError,
  QuantityExceedsReturnableError,
  ReturnAddressRequiredError,
} from './return-request.errors';
import type { ReturnItemInput, SubmitReturnRequestInput } from './return-request.inputs';
import { returnableQuantities } from './return-request.loaders';
import { ReturnStateMachine } from './return-request.state-machine';

type Submitter = ReturnType<typeof requireRepresentative>;

/** A customer's way into returns: find an invoice, submit a return or service request. */
/**
 * The ship-back address the return keeps a copy of: one of the company's own addresses
 * (another company's is NOT_FOUND) or a new one; null when neither was given.
 */
async function shipBackAddress(
  tx: EntityManager,
  companyId: string,
  input: SubmitReturnRequestInput,
): Promise<PostalAddress | null> {
  if (input.newReturnAddress) return checkedAddress(input.newReturnAddress, 'newReturnAddress');
  if (!input.returnAddressId) return null;
  const id = input.returnAddressId;
  const chosen = isUuid(id)
    ? await tx.getRepository(CompanyAddress).findOne({ where: { id, companyId } })
    : null;
  if (!chosen) throw new NotFoundError('Address');
  return snapshotOf(chosen);
}

export class ReturnSubmissionService {
  private readonly machine = new ReturnStateMachine();

  /** The company's own invoice with what can still be returned; any other number: NOT_FOUND. */
  async checkInvoice(ctx: RequestContext, number: string): Promise<Invoice> {
    const rep = requireRepresentative(ctx);
    // However the number is typed: fv/2026/000001, FV 2026 000001 (shared/src/search.ts).
    const typed = normalizeForSearch(number);
    const invoice = typed
      ? await ctx.db
          .getRepository(Invoice)
          .createQueryBuilder('i')
          .where('i.companyId = :companyId', { companyId: rep.companyId })
          .andWhere(`${normalizedSql('i."number"')} = :typed`, { typed })
          .orderBy('i.issuedAt', 'DESC')
          .getOne()
      : null;
    // The ERP's invoices wait until the company's tax ID is confirmed: say so, whatever the number.
    if (!invoice && !rep.company.taxIdConfirmedAt) throw new TaxIdNotConfirmedError();
    if (!invoice) throw new NotFoundError('Invoice');
    return invoice;
  }

  /**
   * Submits a return or service request. The idempotency key is looked up once, after the
   * invoice lines are locked: a concurrent submission with the same key waits for the lock and
   * then finds the first one's RMA; two that lock disjoint lines meet at the unique index, and
   * the loser returns the winner's RMA. The locks also mean concurrent submissions can never
   * return more than was bought.
   */
  async submit(ctx: RequestContext, input: SubmitReturnRequestInput): Promise<ReturnRequest> {
    const rep = requireRepresentative(ctx);
    this.checkInput(input);
    try {
      return await ctx.transaction(async (tx) => {
        const lines = await this.lockLines(tx, rep.companyId, input);
        const existing = await this.byKey(tx, rep.id, input.idempotencyKey);
        if (existing) return existing;
        await this.checkReturnable(tx, lines, input);
        return this.create(ctx, tx, rep, lines, input);
      });
    } catch (err) {
      const winner =
        uniqueViolation(err) === 'UQ_return_request_idempotency'
          ? await this.byKey(ctx.db.manager, rep.id, input.idempotencyKey)
          : null;
      if (winner) return winner;
      throw err;
    }
  }

  /**
   * The shared rules of what a request must say: a return's reason and conditions, a service
   * item's fault and its purchase date or warranty proof, the ship-back address.
   */
  private checkInput(input: SubmitReturnRequestInput): void {
    const given = [input.returnAddressId, input.newReturnAddress].filter((a) => a != null);
    if (given.length > 1)
      throw new BadUserInputError(
        'Give either returnAddressId or newReturnAddress, not both.',
        'newReturnAddress',
      );
    if (input.newReturnAddress) checkedAddress(input.newReturnAddress, 'newReturnAddress');
    input.items.forEach((item, i) => {
      if (input.kind === 'RETURN') checkReturnItem(item, i);
      else checkServiceItem(item, i);
      if (photosRequired(input.kind, item.reason ?? null) && !item.photoIds?.length)
        throw new PhotosRequiredError(i, item.reason!);
      if (!isUuid(item.invoiceLineId)) throw new NotFoundError('Invoice line');
    });
    checkDraftIds(input.items);
    if (
      needsReturnAddress(input.kind, input.items.map(conditionsOf)) &&
      given.length === 0 &&
      !input.returnAddress?.trim()
    )
      throw new ReturnAddressRequiredError(input.kind);
  }

  private byKey(
    db: EntityManager,
    representativeId: string,
    idempotencyKey: string,
  ): Promise<ReturnRequest | null> {
    return db.getRepository(ReturnRequest).findOne({ where: { representativeId, idempotencyKey } });
  }

  /** The company's invoice lines the request names, locked in id order (no deadlocks). */
  private async lockLines(
    tx: EntityManager,
    companyId: string,
    input: SubmitReturnRequestInput,
  ): Promise<InvoiceLine[]> {
    const lineIds = [...new Set(input.items.map((i) => i.invoiceLineId))].sort();
    const lines = await tx
      .getRepository(InvoiceLine)
      .createQueryBuilder('l')
      .innerJoin(Invoice, 'i', 'i.id = l.invoiceId')
      .where('l.id IN (:...lineIds) AND i.companyId = :companyId', { lineIds, companyId })
      .orderBy('l.id')
      .setLock('pessimistic_write', undefined, ['l'])
      .getMany();
    if (lines.length !== lineIds.length) throw new NotFoundError('Invoice line');
    return lines;
  }

  private async checkReturnable(
    tx: EntityManager,
    lines: InvoiceLine[],
    input: SubmitReturnRequestInput,
  ): Promise<void> {
    const returnable = await returnableQuantities(tx, lines);
    const wanted = new Map<string, number>();
    for (const item of input.items)
      wanted.set(item.invoiceLineId, (wanted.get(item.invoiceLineId) ?? 0) + item.quantity);
    for (const line of lines) {
      const left = Math.max(0, returnable.get(line.id) ?? 0);
      if ((wanted.get(line.id) ?? 0) > left)
        throw new QuantityExceedsReturnableError(line.sku, left);
    }
  }

  private async create(
    ctx: RequestContext,
    tx: EntityManager,
    rep: Submitter,
    lines: InvoiceLine[],
    input: SubmitReturnRequestInput,
  ): Promise<ReturnRequest> {
    const invoices = await tx
      .getRepository(Invoice)
      .find({ where: { id: In([...new Set(lines.map((l) => l.invoiceId))]) } });
    const year = new Date().getUTCFullYear();
    const draft = {
      companyId: rep.companyId,
      representativeId: rep.id,
      idempotencyKey: input.idempotencyKey,
      rmaNumber: formatNumber('RMA', year, await nextInSeries(tx, 'RMA', year), '-'),
      kind: input.kind,
      returnAddress: input.returnAddress?.trim() || null,
      shipBackAddress: await shipBackAddress(tx, rep.companyId, input),
    };
    const items = input.items.map((item) => {
      const line = lines.find((l) => l.id === item.invoiceLineId)!;
      return {
        invoiceLineId: line.id,
        invoiceNumber: invoices.find((i) => i.id === line.invoiceId)!.number,
        sku: line.sku,
        name: line.name,
        quantity: item.quantity,
        reason: input.kind === 'SERVICE' ? SERVICE_REASON : item.reason!,
        conditions: conditionsOf(item).conditions,
        serialNumber: item.serialNumber?.trim() || null,
        faultDescription: item.faultDescription?.trim() || null,
        purchaseDate: input.kind === 'SERVICE' ? (item.purchaseDate ?? null) : null,
        accessories: (input.kind === 'SERVICE' && item.accessories?.trim()) || null,
      };
    });
    const request = await this.machine.open(ctx, tx, draft, items);
    const created = await tx
      .getRepository(ReturnItem)
      .find({ where: { returnRequestId: request.id }, order: { position: 'ASC' } });
    await claimDraftFiles(tx, rep.id, input.items, created);
    return request;
  }
}

/** A service item has no return conditions: it is recorded with none met. */
function conditionsOf(item: ReturnItemInput): { conditions: ReturnConditions } {
  const none = Object.fromEntries(RETURN_CONDITIONS.map((c) => [c, false])) as ReturnConditions;
  return { conditions: item.conditions ? { ...item.conditions } : none };
}

function checkReturnItem(item: ReturnItemInput, i: number): void {
  if (!item.reason)
    throw new BadUserInputError('Say why the product goes back.', `items.${i}.reason`);
  if (!item.conditions)
    throw new BadUserInputError(
      'Confirm the return conditions of each product.',
      `items.${i}.conditions`,
    );
}

function checkServiceItem(item: ReturnItemInput, i: number): void {
  if (!item.faultDescription?.trim())
    throw new BadUserInputError(
      'Describe the fault of each product sent for service.',
      `items.${i}.faultDescription`,
    );
  if (!item.purchaseDate && !item.warrantyProofId)
    throw new BadUserInputError(
      'Give the date of purchase or attach a warranty proof.',
      `items.${i}.purchaseDate`,
      'WARRANTY_EVIDENCE',
    );
  if (item.purchaseDate) {
    const date = new Date(`${item.purchaseDate}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== item.purchaseDate)
      throw new BadUserInputError('purchaseDate is not a real date.', `items.${i}.purchaseDate`);
    if (date.getTime() > Date.now())
      throw new BadUserInputError('The purchase date is in the future.', `items.${i}.purchaseDate`);
  }
}
