import type { EntityManager } from 'typeorm';
import type { Config } from '../config';
import type { RequestContext } from '../context/request-context';
import { OutboxEmail } from './outbox.entity';
import { deferWrite } from '../common/deferred-writes';
import { pairKey, replyTokens, threadKey, type MailThread } from './threading';
import { DEFAULT_LOCALE, isLocale } from '../../../shared/src/locales';
import { renderEmail, REPLY_HINT, type EmailChoices, type TemplateName } from './templates';

export interface EmailRequest {
  to: string;
  template: TemplateName;
  locale: string;
  params: Record<string, string>;
  /** A path on the portal (e.g. /activate?token=…), made absolute with APP_URL. */
  linkPath?: string;
  companyId?: string | null;
  /**
   * An e-mail about a request or a return: the conversation and the recipient. It then carries
   * a Reply-To with the recipient's reply token, and the reply becomes their comment.
   */
  thread?: MailThread;
  /** A row of one-click links under the text (e.g. ratings 1 to 5), paths made absolute. */
  choices?: EmailChoices<string>;
}

/** The outbox row of an e-mail: rendered in the recipient's language, links made absolute. */
function outboxRow(config: Config, req: EmailRequest, replyToken: string | null = null) {
  const lang = isLocale(req.locale) ? req.locale : DEFAULT_LOCALE;
  const params = {
    portal: 'B2B Customer Portal',
    support: config.supportEmail,
    replyHint: replyToken ? REPLY_HINT[lang] : '',
    ...req.params,
  };
  const link = req.linkPath ? `${config.appUrl}${req.linkPath}` : undefined;
  const choices = req.choices && {
    intro: req.choices.intro,
    links: req.choices.links.map((c) => ({ label: c.label, href: `${config.appUrl}${c.href}` })),
  };
  const rendered = renderEmail(req.template, req.locale, params, link, choices);
  return {
    to: req.to,
    template: req.template,
    locale: req.locale,
    companyId: req.companyId ?? null,
    replyToken,
    thread: req.thread && replyToken ? threadKey(req.thread) : null,
    ...rendered,
  };
}

/** The reply tokens of the e-mails that are about a conversation (made where missing). */
async function tokensFor(
  tx: EntityManager,
  reqs: readonly EmailRequest[],
): Promise<(req: EmailRequest) => string | null> {
  const threads = reqs.flatMap((r) => (r.thread ? [r.thread] : []));
  const tokens = await replyTokens(tx, threads);
  return (req) => (req.thread ? (tokens.get(pairKey(req.thread)) ?? null) : null);
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
  const repo = tx.getRepository(OutboxEmail);
  const token = await tokensFor(tx, [req]);
  return repo.save(repo.create(outboxRow(config, req, token(req))));
}

/** E-mails rendered per yield to the event loop (rendering is synchronous). */
const RENDER_CHUNK = 200;

/**
 * enqueueEmail for many e-mails in one INSERT (a step's recipients, the lifecycle job's
 * batch), rendered in chunks that yield to the event loop in between; in a request's
 * transaction the INSERT goes out with its other deferred writes.
 */
export async function enqueueEmails(
  tx: EntityManager,
  config: Config,
  reqs: readonly EmailRequest[],
): Promise<number> {
  if (!reqs.length) return 0;
  const rows: Array<ReturnType<typeof outboxRow>> = [];
  const token = await tokensFor(tx, reqs);
  for (let i = 0; i < reqs.length; i += RENDER_CHUNK) {
    if (i) await new Promise((resolve) => setImmediate(resolve));
    for (const req of reqs.slice(i, i + RENDER_CHUNK))
      rows.push(outboxRow(config, req, token(req)));
  }
  const column = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
  await deferWrite(
    tx,
    `INSERT INTO outbox_email ("to", template, locale, "companyId", subject, text, html, "replyToken", thread)
     SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::uuid[], $5::varchar[], $6::text[], $7::text[], $8::varchar[], $9::varchar[])`,
    [
      column('to'),
      column('template'),
      column('locale'),
      column('companyId'),
      column('subject'),
      column('text'),
      column('html'),
      column('replyToken'),
      column('thread'),
    ],
  );
  return rows.length;
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

/** One e-mail for a request: the mail job is woken as soon as the transaction commits. */
export async function queueEmail(
  ctx: RequestContext,
  tx: EntityManager,
  req: EmailRequest,
): Promise<void> {
  await queueEmails(ctx, tx, [req]);
}

/** enqueueEmails for a request: the mail job is woken as soon as the transaction commits. */
export async function queueEmails(
  ctx: RequestContext,
  tx: EntityManager,
  reqs: readonly EmailRequest[],
): Promise<number> {
  const count = await enqueueEmails(tx, ctx.config, reqs);
  if (count) ctx.afterCommit(ctx.nudgeMail);
  return count;
}
