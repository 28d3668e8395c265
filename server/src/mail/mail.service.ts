import type { EntityManager } from 'typeorm';
import type { Config } from '../config';
import type { RequestContext } from '../context/request-context';
import { OutboxEmail, type OutboxContent } from './outbox.entity';
import { deferWrite } from '../common/deferred-writes';
import { pairKey, replyTokens, threadKey, type MailThread } from './threading';
import { DEFAULT_LOCALE, isLocale } from '../../../shared/src/locales';
import {
  renderEmail,
  renderSubject,
  REPLY_HINT,
  type EmailChoices,
  type RenderedEmail,
  type TemplateName,
} from './templates';

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

/** The parameters every template may use besides the request's own. */
function paramsOf(
  config: Config,
  locale: string,
  replyToken: string | null,
  params: Record<string, string>,
): Record<string, string> {
  const lang = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return {
    portal: 'B2B Customer Portal',
    support: config.supportEmail,
    replyHint: replyToken ? REPLY_HINT[lang] : '',
    ...params,
  };
}

/**
 * The outbox row of an e-mail: its subject in the recipient's language, and what its body is
 * rendered from when it is sent (`renderOutboxEmail`).
 */
function outboxRow(config: Config, req: EmailRequest, replyToken: string | null = null) {
  const content: OutboxContent = { params: req.params };
  if (req.linkPath) content.linkPath = req.linkPath;
  if (req.choices) content.choices = req.choices;
  return {
    to: req.to,
    template: req.template,
    locale: req.locale,
    companyId: req.companyId ?? null,
    replyToken,
    thread: req.thread && replyToken ? threadKey(req.thread) : null,
    subject: renderSubject(
      req.template,
      req.locale,
      paramsOf(config, req.locale, replyToken, req.params),
    ),
    content,
  };
}

/**
 * An outbox e-mail as it is sent, in the recipient's language with links made absolute with
 * APP_URL: rendered from its content, or as written by a version that stored it rendered.
 */
export function renderOutboxEmail(
  config: Config,
  email: Pick<
    OutboxEmail,
    'template' | 'locale' | 'replyToken' | 'subject' | 'text' | 'html' | 'content'
  >,
): RenderedEmail {
  if (!email.content && email.text !== null && email.html !== null)
    return { subject: email.subject, text: email.text, html: email.html };
  const content = email.content ?? { params: {} };
  const choices = content.choices && {
    intro: content.choices.intro,
    links: content.choices.links.map((c) => ({
      label: c.label,
      href: `${config.appUrl}${c.href}`,
    })),
  };
  const { text, html } = renderEmail(
    email.template as TemplateName,
    email.locale,
    paramsOf(config, email.locale, email.replyToken, content.params),
    content.linkPath ? `${config.appUrl}${content.linkPath}` : undefined,
    choices,
  );
  // The subject as written, the one the outbox lists, even if the wording changed since.
  return { subject: email.subject, text, html };
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

/**
 * enqueueEmail for many e-mails in one INSERT (a step's recipients, the lifecycle job's
 * batch); in a request's transaction the INSERT goes out with its other deferred writes.
 */
export async function enqueueEmails(
  tx: EntityManager,
  config: Config,
  reqs: readonly EmailRequest[],
): Promise<number> {
  if (!reqs.length) return 0;
  const token = await tokensFor(tx, reqs);
  const rows = reqs.map((req) => outboxRow(config, req, token(req)));
  const column = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
  await deferWrite(
    tx,
    `INSERT INTO outbox_email ("to", template, locale, "companyId", subject, content, "replyToken", thread)
     SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::uuid[], $5::varchar[], $6::jsonb[], $7::varchar[], $8::varchar[])`,
    [
      column('to'),
      column('template'),
      column('locale'),
      column('companyId'),
      column('subject'),
      rows.map((r) => JSON.stringify(r.content)),
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
