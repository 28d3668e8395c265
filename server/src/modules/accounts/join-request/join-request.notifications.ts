import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../../context/request-context';
import { formatWhen, queueEmail } from '../../../mail/mail.service';
import { JOIN_WORDS } from '../../../mail/templates';
import { DEFAULT_LOCALE, isLocale } from '../../../../../shared/src/locales';
import { joinConfirmPath, ROUTES } from '../../../../../shared/src/routes';
import type { Company } from '../company/company.entity';
import type { Representative } from '../representative/representative.entity';
import type { JoinRequest } from './join-request.entity';

const languageOf = (locale: string) => (isLocale(locale) ? locale : DEFAULT_LOCALE);

/** The e-mails of a request to join, each in its reader's language. */
export const joinNotifications = {
  /** To the person: the link that confirms their address (the same e-mail whatever exists). */
  async confirmLink(
    ctx: RequestContext,
    tx: EntityManager,
    request: JoinRequest,
    token: string,
  ): Promise<void> {
    await queueEmail(ctx, tx, {
      to: request.email,
      template: 'JOIN_CONFIRM',
      locale: request.locale,
      params: {
        name: request.name,
        taxId: request.taxId,
        country: request.country,
        expires: formatWhen(request.confirmExpiresAt, request.locale),
      },
      linkPath: joinConfirmPath(token),
    });
  },

  /** To each active administrator of the company, in their own language. */
  async toAdministrators(
    ctx: RequestContext,
    tx: EntityManager,
    request: JoinRequest,
    company: Company,
    admins: Representative[],
  ): Promise<void> {
    for (const admin of admins) {
      await queueEmail(ctx, tx, {
        to: admin.email,
        template: 'JOIN_REQUEST_RECEIVED',
        locale: admin.locale,
        params: {
          name: request.name,
          email: request.email,
          company: company.name,
          expires: formatWhen(request.expiresAt!, admin.locale),
        },
        linkPath: ROUTES.companyEmployees,
        companyId: company.id,
      });
    }
  },

  /** To the person: declined, with the reason when one was given. */
  async declined(ctx: RequestContext, tx: EntityManager, request: JoinRequest): Promise<void> {
    const words = JOIN_WORDS[languageOf(request.locale)];
    await queueEmail(ctx, tx, {
      to: request.email,
      template: 'JOIN_REQUEST_DECLINED',
      locale: request.locale,
      params: {
        name: request.name,
        taxId: request.taxId,
        country: request.country,
        reason: request.declineReason
          ? words.REASON.replace('{{reason}}', request.declineReason)
          : '',
      },
    });
  },
};
