import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../../context/request-context';
import { actorOf } from '../../../context/viewer';
import { publishLive } from '../../../context/live-events';
import { queueEmail } from '../../../mail/mail.service';
import { RMA_PHRASES, RMA_WORDS } from '../../../mail/templates';
import { isLocale, type Locale } from '../../../../../shared/src/locales';
import { returnPath } from '../../../../../shared/src/routes';
import type { ReturnStatus } from '../../../../../shared/src/rma';
import { Representative } from '../../accounts/representative/representative.entity';
import { ReturnEvent, type ReturnRequest } from './return-request.entity';
import type { StepEvent } from './return-request.plan';

export interface TimelineEntry extends StepEvent {
  statusAfter: ReturnStatus;
}

/** The word of a step in the e-mail: a workshop stage by its name, else the step's. */
function stepWord(words: Record<string, string>, entry: TimelineEntry): string {
  if (entry.stage) return words[`STAGE_${entry.stage}`] ?? entry.stage;
  return words[entry.type] ?? words[entry.statusAfter] ?? entry.type;
}

/** The e-mail's parameters: item steps name the product and the stage in the subject. */
function emailOf(locale: Locale, request: ReturnRequest, entry: TimelineEntry) {
  const words = RMA_WORDS[locale];
  const phrases = RMA_PHRASES[locale];
  const common = {
    rma: request.rmaNumber,
    kind: words[request.kind] ?? request.kind,
    status: words[entry.statusAfter] ?? entry.statusAfter,
    note: entry.note ?? '',
  };
  if (!entry.product)
    return {
      template: 'RETURN_UPDATE' as const,
      params: {
        ...common,
        step: words[entry.type] ?? words[entry.statusAfter] ?? entry.type,
        note:
          entry.type === 'CREDIT_NOTE' && entry.note ? phrases.creditNote(entry.note) : common.note,
      },
    };
  return {
    template: 'RETURN_ITEM_UPDATE' as const,
    params: {
      ...common,
      step: stepWord(words, entry),
      product: entry.product,
      sku: entry.sku ?? '',
      credit: entry.credit ? phrases.credit(entry.credit) : '',
      tracking:
        entry.carrier && entry.trackingNumber
          ? phrases.tracking(entry.carrier, entry.trackingNumber)
          : '',
    },
  };
}

/**
 * The timeline of a return: one entry per step or comment, and an e-mail to the customer who
 * submitted it, in their language, for everything except their own comments and steps.
 * Written in the caller's transaction (the e-mail goes through the outbox).
 */
export class ReturnTimeline {
  async record(
    ctx: RequestContext,
    tx: EntityManager,
    request: ReturnRequest,
    entry: TimelineEntry,
  ): Promise<void> {
    const actor = actorOf(ctx);
    const actorType = actor.type === 'CUSTOMER' ? 'CUSTOMER' : 'STAFF';
    await tx.getRepository(ReturnEvent).insert({
      returnRequestId: request.id,
      type: entry.type,
      actorType,
      actorName: actor.name,
      note: entry.note,
      sku: entry.sku,
      statusAfter: entry.statusAfter,
      stage: entry.stage ?? null,
      carrier: entry.carrier ?? null,
      trackingNumber: entry.trackingNumber ?? null,
    });
    await publishLive(tx, {
      type: 'RETURN',
      id: request.id,
      rmaNumber: request.rmaNumber,
      companyId: request.companyId,
    });
    if (actorType === 'CUSTOMER' && entry.type === 'COMMENT') return;
    const rep = await tx
      .getRepository(Representative)
      .findOne({ where: { id: request.representativeId } });
    if (!rep) return;
    const locale = isLocale(rep.locale) ? rep.locale : 'en';
    const { template, params } = emailOf(locale, request, entry);
    await queueEmail(ctx, tx, {
      to: rep.email,
      template,
      locale,
      params,
      linkPath: returnPath(request.rmaNumber),
      companyId: request.companyId,
      thread: { type: 'RETURN', id: request.id, recipientId: rep.id },
    });
  }
}
