import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../../shared/src/locales';
import { accountTemplates } from './accounts';
import { inboundTemplates } from './inbound';
import { joinTemplates } from './join';
import { returnTemplates } from './returns';
import { supportTemplates } from './support';
import type { Wording } from './wording';
import { escapeHtml, fill } from '../../common/html';

export { JOIN_WORDS } from './join';
export { RMA_PHRASES, RMA_WORDS } from './returns';
export { TICKET_WORDS } from './support';
export { REPLY_HINT } from './wording';

/**
 * One template per message, in every portal language, rendered to text and HTML in the
 * recipient's language. Parameters are escaped in HTML; links are built from APP_URL.
 */
export const templates = {
  ...accountTemplates,
  ...joinTemplates,
  ...returnTemplates,
  ...supportTemplates,
  ...inboundTemplates,
};

export type TemplateName = keyof typeof templates;

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** A row of one-click links (e.g. ratings 1 to 5) with a sentence before it. */
export interface EmailChoices<Href = string> {
  intro: string;
  links: Array<{ label: string; href: Href }>;
}

function choicesHtml(choices: EmailChoices | undefined): string {
  if (!choices?.links.length) return '';
  const links = choices.links
    .map(
      (c) =>
        `<a href="${escapeHtml(c.href)}" style="display:inline-block;min-width:36px;margin:0 6px 6px 0;padding:8px 10px;border:1px solid #1c5fb0;border-radius:6px;color:#1c5fb0;text-decoration:none;text-align:center">${escapeHtml(c.label)}</a>`,
    )
    .join('');
  return `<p>${escapeHtml(choices.intro)}</p><p>${links}</p>`;
}

function choicesText(choices: EmailChoices | undefined): string[] {
  if (!choices?.links.length) return [];
  return [choices.intro, choices.links.map((c) => `${c.label}: ${c.href}`).join('\n')];
}

const id = (v: string) => v;
/** A template's wording in a language; a name this version lacks (an older outbox row) throws. */
const wordingOf = (name: TemplateName, locale: string): [Locale, Wording] => {
  if (!Object.hasOwn(templates, name))
    throw new Error(`No e-mail template ${String(name)} in this version`);
  const lang: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return [lang, templates[name][lang]];
};

/** The subject alone (the outbox keeps it; the body is rendered when the e-mail is sent). */
export function renderSubject(
  name: TemplateName,
  locale: string,
  params: Record<string, string>,
): string {
  return fill(wordingOf(name, locale)[1].subject, params, id);
}

export function renderEmail(
  name: TemplateName,
  locale: string,
  params: Record<string, string>,
  link?: string,
  choices?: EmailChoices,
): RenderedEmail {
  const [lang, w] = wordingOf(name, locale);
  const subject = fill(w.subject, params, id);
  const body = w.body.filter((p) => fill(p, params, id).trim() !== '');
  const paragraphs = body.map((p) => fill(p, params, id));
  const foot = fill(w.footer, params, id);
  const text = [
    ...paragraphs,
    ...choicesText(choices),
    ...(link && w.action ? [`${w.action}: ${link}`] : []),
    '--',
    foot,
  ].join('\n\n');
  const button =
    link && w.action
      ? `<p style="margin:24px 0"><a href="${escapeHtml(link)}" style="background:#1c5fb0;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(w.action)}</a></p><p style="font-size:13px;color:#555">${escapeHtml(link)}</p>`
      : '';
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:Arial,Helvetica,sans-serif;color:#1a1a1a;line-height:1.5;max-width:600px;margin:0 auto;padding:24px">${body
    .map((p) => `<p>${fill(p, params, escapeHtml)}</p>`)
    .join(
      '',
    )}${choicesHtml(choices)}${button}<hr style="border:none;border-top:1px solid #ddd;margin:24px 0"><p style="font-size:12px;color:#555">${fill(w.footer, params, escapeHtml)}</p></body></html>`;
  return { subject, text, html };
}
