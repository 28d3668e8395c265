import type { EntityManager } from 'typeorm';
import { audit } from '../../../audit/audit.service';
import { uniqueViolation } from '../../../common/db-errors';
import { BadUserInputError, NotFoundError } from '../../../common/errors';
import { isUuid } from '../../../common/ids';
import type { RequestContext } from '../../../context/request-context';
import { actorOf, isStaff, requireCompanyAdmin } from '../../../context/viewer';
import {
  canMoveJoinRequest,
  JOIN_CONFIRM_HOURS,
  joinRequestExpiresAt,
  normalizeEmail,
} from '../../../../../shared/src/accounts';
import { isLocale } from '../../../../../shared/src/locales';
import { takingAtLeast } from '../auth/even-time';
import { hashToken, newToken } from '../auth/secrets';
import { EmailAlreadyRegisteredError } from '../company/company.errors';
import { Company } from '../company/company.entity';
import { normalizeCountry, normalizeTaxId } from '../company/tax-id';
import {
  Representative,
  RepresentativeRole,
  RepresentativeStatus,
} from '../representative/representative.entity';
import { inviteIntoCompany } from '../representative/representative.service';
import { JoinRequest, JoinRequestStatus } from './join-request.entity';
import { JoinConfirmation, JoinLinkInvalidError } from './join-request.errors';
import type { RequestToJoinCompanyInput } from './join-request.inputs';
import { joinNotifications } from './join-request.notifications';

/**
 * Asking and confirming answer after this long, whatever exists: writing the request and its
 * e-mail (or finding the company and writing its administrators' e-mails) takes less.
 */
export const JOIN_ANSWER_MS = 400;

/** Who decides: a company administrator (own company only) or staff (every company). */
export interface JoinDecider {
  companyId: string | null;
  name: string;
}

/** Administrators decide for their company; agents and tools for any. Members: FORBIDDEN. */
export function joinDecider(ctx: RequestContext): JoinDecider {
  if (isStaff(ctx)) return { companyId: null, name: actorOf(ctx).name };
  const admin = requireCompanyAdmin(
    ctx,
    'Only the company administrator can answer requests to join.',
  );
  const r = admin.representative;
  return { companyId: admin.company.id, name: r.name ?? r.email };
}

/** The one place a request to join changes status: checks the shared transitions, audits. */
async function move(
  ctx: RequestContext,
  tx: EntityManager,
  request: JoinRequest,
  to: JoinRequestStatus,
): Promise<void> {
  if (!canMoveJoinRequest(request.status, to))
    throw new BadUserInputError(`A ${request.status} request to join cannot become ${to}.`);
  const from = request.status;
  request.status = to;
  await tx.getRepository(JoinRequest).save(request);
  await audit(
    ctx,
    tx,
    `join_request.${to.toLowerCase()}`,
    { type: 'JoinRequest', id: request.id, companyId: request.companyId },
    { from, to, email: request.email, role: request.role, routedToStaff: request.routedToStaff },
  );
}

export class JoinRequestCommands {
  /**
   * Always true, in the same time, with the same e-mail (a confirmation link): nothing tells
   * whether the tax ID is registered. Throttled per source address and per tax ID.
   */
  async request(ctx: RequestContext, input: RequestToJoinCompanyInput): Promise<boolean> {
    const country = normalizeCountry(input.country);
    const taxId = normalizeTaxId(country, input.taxId);
    const email = normalizeEmail(input.email);
    const name = input.name.trim();
    if (!name) throw new BadUserInputError('Enter your name.', 'name');
    const locale = input.locale && isLocale(input.locale) ? input.locale : ctx.locale;
    await ctx.throttle.beforeJoinRequest({ country, taxId }, ctx.clientIp, locale);
    await takingAtLeast(JOIN_ANSWER_MS, () =>
      ctx.transaction(async (tx) => {
        const token = newToken();
        const repo = tx.getRepository(JoinRequest);
        const request = await repo.save(
          repo.create({
            companyId: null,
            country,
            taxId,
            name,
            email,
            locale,
            status: JoinRequestStatus.UNCONFIRMED,
            confirmTokenHash: hashToken(token),
            confirmExpiresAt: new Date(Date.now() + JOIN_CONFIRM_HOURS * 3_600_000),
            confirmedAt: null,
            expiresAt: null,
            routedToStaff: false,
            decidedAt: null,
            decidedBy: null,
            role: null,
            declineReason: null,
          }),
        );
        await joinNotifications.confirmLink(ctx, tx, request, token);
      }),
    );
    return true;
  }

  /**
   * The person opened the e-mailed link (once, before it expires). With a company of that
   * tax ID, the request goes to its active administrators, or to the agents when it has none;
   * without one it is kept UNMATCHED where nobody sees it. The answer is the same.
   */
  confirm(ctx: RequestContext, token: string): Promise<JoinConfirmation> {
    return takingAtLeast(JOIN_ANSWER_MS, () =>
      ctx.transaction(async (tx) => {
        const request = await tx
          .getRepository(JoinRequest)
          .createQueryBuilder('j')
          .where('j.confirmTokenHash = :hash', { hash: hashToken(token) })
          .setLock('pessimistic_write')
          .getOne();
        if (!request || request.status !== JoinRequestStatus.UNCONFIRMED)
          throw new JoinLinkInvalidError();
        const now = new Date();
        if (request.confirmExpiresAt.getTime() <= now.getTime()) return JoinConfirmation.EXPIRED;
        request.confirmedAt = now;
        request.expiresAt = joinRequestExpiresAt(now);
        const known = await tx.getRepository(Representative).exists({
          where: { email: request.email },
        });
        if (known) {
          await move(ctx, tx, request, JoinRequestStatus.UNMATCHED);
          return JoinConfirmation.HAS_ACCOUNT;
        }
        await this.route(ctx, tx, request);
        return JoinConfirmation.CONFIRMED;
      }),
    );
  }

  async approve(ctx: RequestContext, id: string, role: RepresentativeRole): Promise<JoinRequest> {
    const decider = joinDecider(ctx);
    await ctx.throttle.beforeInvitation(ctx.clientIp, ctx.locale);
    try {
      return await ctx.transaction(async (tx) => {
        const request = await this.lockPending(tx, decider, id);
        const company = await tx.getRepository(Company).findOneByOrFail({ id: request.companyId! });
        const invitee = { email: request.email, role, locale: request.locale, name: request.name };
        await inviteIntoCompany(ctx, tx, company, invitee, decider.name);
        Object.assign(request, { role, decidedAt: new Date(), decidedBy: decider.name });
        await move(ctx, tx, request, JoinRequestStatus.APPROVED);
        return request;
      });
    } catch (err) {
      if (uniqueViolation(err) === 'UQ_representative_email')
        throw new EmailAlreadyRegisteredError(ctx.locale);
      throw err;
    }
  }

  decline(ctx: RequestContext, id: string, reason: string | null): Promise<JoinRequest> {
    const decider = joinDecider(ctx);
    return ctx.transaction(async (tx) => {
      const request = await this.lockPending(tx, decider, id);
      const why = reason?.trim() || null;
      Object.assign(request, {
        declineReason: why,
        decidedAt: new Date(),
        decidedBy: decider.name,
      });
      await move(ctx, tx, request, JoinRequestStatus.DECLINED);
      await joinNotifications.declined(ctx, tx, request);
      return request;
    });
  }

  private async route(ctx: RequestContext, tx: EntityManager, request: JoinRequest) {
    const company = await tx
      .getRepository(Company)
      .findOne({ where: { country: request.country, taxId: request.taxId } });
    if (!company) return move(ctx, tx, request, JoinRequestStatus.UNMATCHED);
    const admins = await tx.getRepository(Representative).find({
      where: {
        companyId: company.id,
        role: RepresentativeRole.ADMIN,
        status: RepresentativeStatus.ACTIVE,
      },
    });
    request.companyId = company.id;
    request.routedToStaff = admins.length === 0;
    await move(ctx, tx, request, JoinRequestStatus.PENDING);
    await joinNotifications.toAdministrators(ctx, tx, request, company, admins);
  }

  /**
   * A pending, unexpired request the decider may answer, locked. Another company's, an
   * expired or an answered one: NOT_FOUND, the same as an unknown id.
   */
  private async lockPending(
    tx: EntityManager,
    decider: JoinDecider,
    id: string,
  ): Promise<JoinRequest> {
    if (!isUuid(id)) throw new NotFoundError('Request to join');
    const qb = tx
      .getRepository(JoinRequest)
      .createQueryBuilder('j')
      .where('j.id = :id AND j.status = :status AND j.expiresAt > now()', {
        id,
        status: JoinRequestStatus.PENDING,
      })
      .setLock('pessimistic_write');
    if (decider.companyId)
      qb.andWhere('j.companyId = :companyId', { companyId: decider.companyId });
    const request = await qb.getOne();
    if (!request) throw new NotFoundError('Request to join');
    return request;
  }
}
