import type { EntityManager } from 'typeorm';
import type { Config } from '../config';
import type { RequestContext } from '../context/request-context';
import { OutboxEmail } from './outbox.entity';
import { renderEmail, type EmailChoices, type TemplateName } from './templates';

export interface EmailRequest {
  to: string;
  template: TemplateName;
  locale: string;
  params: Record<string, string>;
  /** A path on the portal (e.g. /activate?token=…), made absolute with APP_URL. */
  linkPath?: string;
  companyId?: string | null;
  /** A row of one-click links under the text (e.g. ratings 1 to 5), paths made absolute. */
  choices?: EmailChoices<string>;
}

/** The outbox row of an e-mail: rendered in the recipient's language, links made absolute. */
function outboxRow(config: Config, req: EmailRequest) {
  const params = { portal: 'B2B Customer Portal', support: config.supportEmail, ...req.params };
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
    ...rendered,
  };
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
  return repo.save(repo.create(outboxRow(config, req)));
}

/** E-mails rendered per yield to the event loop (rendering is synchronous). */
const RENDER_CHUNK = 200;

/**
 * enqueueEmail for many e-mails in one INSERT (a set-based step, e.g. the lifecycle job's
 * batch), rendered in chunks that yield to the event loop in between.
 */
export async function enqueueEmails(
  tx: EntityManager,
  config: Config,
  reqs: readonly EmailRequest[],
): Promise<number> {
  if (!reqs.length) return 0;
  const rows: Array<ReturnType<typeof outboxRow>> = [];
  for (let i = 0; i < reqs.length; i += RENDER_CHUNK) {
    if (i) await new Promise((resolve) => setImmediate(resolve));
    for (const req of reqs.slice(i, i + RENDER_CHUNK)) rows.push(outboxRow(config, req));
  }
  const column = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
  await tx.query(
    `INSERT INTO outbox_email ("to", template, locale, "companyId", subject, text, html)
     SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::uuid[], $5::varchar[], $6::text[], $7::text[])`,
    [
      column('to'),
      column('template'),
      column('locale'),
      column('companyId'),
      column('subject'),
      column('text'),
      column('html'),
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
