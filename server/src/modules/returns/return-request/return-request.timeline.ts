import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../../context/request-context';
import { actorOf } from '../../../context/viewer';
import { publishLive } from '../../../context/live-events';
import { queueEmail } from '../../../mail/mail.service';
import { RMA_WORDS } from '../../../mail/templates';
import { isLocale } from '../../../../../shared/src/locales';
import { returnPath } from '../../../../../shared/src/routes';
import type { ReturnStatus } from '../../../../../shared/src/rma';
import { Representative } from '../../accounts/representative/representative.entity';
import { ReturnEvent, type ReturnRequest } from './return-request.entity';
import type { ReturnEventType } from './return-request.enums';

export interface TimelineEntry {
  type: ReturnEventType;
  note: string | null;
  /** The item concerned, by SKU, for item steps. */
  sku: string | null;
  statusAfter: ReturnStatus;
}

/**
 * The timeline of a return: one entry per step or comment, and an e-mail to the customer who
 * submitted it, in their language, for everything except their own comments. Written in the
 * caller's transaction (the e-mail goes through the outbox).
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
    const words = RMA_WORDS[locale];
    await queueEmail(ctx, tx, {
      to: rep.email,
      template: 'RETURN_UPDATE',
      locale,
      params: {
        rma: request.rmaNumber,
        kind: words[request.kind] ?? request.kind,
        step: words[entry.type] ?? words[entry.statusAfter] ?? entry.type,
        status: words[entry.statusAfter] ?? entry.statusAfter,
        note: entry.note ?? '',
      },
      linkPath: returnPath(request.rmaNumber),
      companyId: request.companyId,
      thread: { type: 'RETURN', id: request.id, recipientId: rep.id },
    });
  }
}
