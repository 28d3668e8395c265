import type { Locale } from '../../../../shared/src/locales';

/**
 * One template per message, in every portal language, rendered to text and HTML in the
 * recipient's language. Parameters are escaped in HTML; links are built from APP_URL.
 */
export interface Wording {
  subject: string;
  /** Paragraphs; {{param}} placeholders. */
  body: string[];
  /** The button's label, when the message carries a link. */
  action?: string;
  footer: string;
}

export type Template = Record<Locale, Wording>;

export const footer: Record<Locale, string> = {
  en: 'You receive this email because of your account in the {{portal}}. Questions: {{support}}.',
  uk: 'Ви отримали цей лист через свій обліковий запис у {{portal}}. Питання: {{support}}.',
  hu: 'Ezt az e-mailt a(z) {{portal}} fiókja miatt kapta. Kérdések: {{support}}.',
  pl: 'Otrzymujesz tę wiadomość w związku z kontem w {{portal}}. Pytania: {{support}}.',
};

/** The line of an e-mail that can be answered (it carries a reply address): how to answer. */
export const REPLY_HINT: Record<Locale, string> = {
  en: 'You can also answer by replying to this e-mail; please write above the quoted text.',
  uk: 'Ви також можете відповісти на цей лист; пишіть, будь ласка, над цитованим текстом.',
  hu: 'Erre az e-mailre válaszolva is írhat nekünk; kérjük, az idézett szöveg fölé írjon.',
  pl: 'Możesz też odpowiedzieć na tę wiadomość; pisz, proszę, nad cytowanym tekstem.',
};
