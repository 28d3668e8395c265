import type { EmailRequest } from '../../../mail/mail.service';
import { TICKET_WORDS } from '../../../mail/templates';
import type { Locale } from '../../../../../shared/src/locales';
import { rateRequestPath } from '../../../../../shared/src/routes';
import { SATISFACTION_RATINGS } from '../../../../../shared/src/satisfaction';

/**
 * The one-click ratings of a resolution e-mail, for its reporter only: links to the request
 * page with the rating chosen. The page asks to sign in as usual and the rating is sent from
 * there, so a forwarded e-mail or a mail scanner that opens links rates nothing.
 */
export function ratingChoices(
  ticket: { key: string; reporterId: string },
  personId: string,
  locale: Locale,
): EmailRequest['choices'] {
  if (personId !== ticket.reporterId) return undefined;
  return {
    intro: TICKET_WORDS[locale].RATE_INTRO!,
    links: SATISFACTION_RATINGS.map((n) => ({
      label: `${n} ★`,
      href: rateRequestPath(ticket.key, n),
    })),
  };
}
