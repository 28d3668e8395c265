import type { EntityManager } from 'typeorm';
import type { Config } from '../config';
import type { RequestContext } from '../context/request-context';
import { OutboxEmail } from './outbox.entity';
import { renderEmail, type TemplateName } from './templates';

export interface EmailRequest {
  to: string;
  template: TemplateName;
  locale: string;
  params: Record<string, string>;
  /** A path on the portal (e.g. /activate?token=…), made absolute with APP_URL. */
  linkPath?: string;
  companyId?: string | null;
}

/**
 * Writes an email into the outbox inside the caller's transaction. Delivery happens after
 * commit (the mail job), so a rollback never leaves an email behind.
 */
export async function enqueueEmail(
  tx: EntityManager,
  config: Config,
  req: EmailRequest,
): Promise<OutboxEmail> {
  const params = { portal: 'B2B Customer Portal', support: config.supportEmail, ...req.params };
  const link = req.linkPath ? `${config.appUrl}${req.linkPath}` : undefined;
  const rendered = renderEmail(req.template, req.locale, params, link);
  return tx.getRepository(OutboxEmail).save(
    tx.getRepository(OutboxEmail).create({
      to: req.to,
      template: req.template,
      locale: req.locale,
      companyId: req.companyId ?? null,
      ...rendered,
    }),
  );
}

/** A date and time as the recipient reads it, in their language and the given time zone. */
export function formatWhen(date: Date, locale: string, timeZone = 'UTC'): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(date);
}

/** enqueueEmail for a request: the mail job is woken as soon as the transaction commits. */
export async function queueEmail(
  ctx: RequestContext,
  tx: EntityManager,
  req: EmailRequest,
): Promise<OutboxEmail> {
  const email = await enqueueEmail(tx, ctx.config, req);
  ctx.afterCommit(ctx.nudgeMail);
  return email;
}
