import type { Locale } from '../../../../shared/src/locales';
import { footer, type Template } from './wording';

/** The e-mail of every step of a support request. */
export const supportTemplates = {
  TICKET_UPDATE: {
    en: {
      subject: '[{{key}}] {{subject}}: {{step}}',
      body: [
        'Hello,',
        'Your request {{key}} "{{subject}}": {{step}}.',
        '{{body}}',
        '{{when}}',
        '{{replyHint}}',
      ],
      action: 'Open the request',
      footer: footer.en,
    },
    uk: {
      subject: '[{{key}}] {{subject}}: {{step}}',
      body: [
        'Вітаємо!',
        'Ваше звернення {{key}} «{{subject}}»: {{step}}.',
        '{{body}}',
        '{{when}}',
        '{{replyHint}}',
      ],
      action: 'Відкрити звернення',
      footer: footer.uk,
    },
    hu: {
      subject: '[{{key}}] {{subject}}: {{step}}',
      body: [
        'Tisztelt Címzett!',
        'A(z) {{key}} „{{subject}}” bejelentés: {{step}}.',
        '{{body}}',
        '{{when}}',
        '{{replyHint}}',
      ],
      action: 'Bejelentés megnyitása',
      footer: footer.hu,
    },
    pl: {
      subject: '[{{key}}] {{subject}}: {{step}}',
      body: [
        'Dzień dobry,',
        'Twoje zgłoszenie {{key}} „{{subject}}”: {{step}}.',
        '{{body}}',
        '{{when}}',
        '{{replyHint}}',
      ],
      action: 'Otwórz zgłoszenie',
      footer: footer.pl,
    },
  },
} satisfies Record<string, Template>;

/** Words the support-request emails use, per language. */
export const TICKET_WORDS: Record<Locale, Record<string, string>> = {
  en: {
    CREATED: 'we received it',
    REPLY: 'support answered',
    WAITING: 'support needs your answer',
    COMMENT: 'a colleague commented',
    RESOLVED: 'resolved',
    AUTO_RESOLVED: 'resolved automatically (no answer for 4 business days)',
    REOPENED: 'reopened',
    SHARED: 'shared with you',
    REMINDER: 'waiting for your answer',
    CLOSED: 'closed',
    CANCELED: 'canceled',
    RESOLVE_ON: 'Without an answer it will be resolved automatically on {{date}}.',
    CLOSE_ON: 'You can reopen it until {{date}}; then it closes for good.',
    RATE_INTRO:
      'How did we do? Rate this request (1 = poor, 5 = excellent); you can add a comment on the next page:',
  },
  uk: {
    CREATED: 'ми його отримали',
    REPLY: 'підтримка відповіла',
    WAITING: 'підтримка чекає на вашу відповідь',
    COMMENT: 'колега залишив коментар',
    RESOLVED: 'вирішено',
    AUTO_RESOLVED: 'вирішено автоматично (без відповіді 4 робочі дні)',
    REOPENED: 'відкрито знову',
    SHARED: 'надано вам доступ',
    REMINDER: 'очікує на вашу відповідь',
    CLOSED: 'закрито',
    CANCELED: 'скасовано',
    RESOLVE_ON: 'Без відповіді його буде автоматично вирішено {{date}}.',
    CLOSE_ON: 'Ви можете відкрити його знову до {{date}}; потім воно закриється остаточно.',
    RATE_INTRO:
      'Як ми впоралися? Оцініть це звернення (1 — погано, 5 — чудово); коментар можна додати на наступній сторінці:',
  },
  hu: {
    CREATED: 'megkaptuk',
    REPLY: 'az ügyfélszolgálat válaszolt',
    WAITING: 'az ügyfélszolgálat az Ön válaszára vár',
    COMMENT: 'egy kolléga megjegyzést írt',
    RESOLVED: 'megoldva',
    AUTO_RESOLVED: 'automatikusan megoldva (4 munkanapja nincs válasz)',
    REOPENED: 'újranyitva',
    SHARED: 'megosztották Önnel',
    REMINDER: 'az Ön válaszára vár',
    CLOSED: 'lezárva',
    CANCELED: 'visszavonva',
    RESOLVE_ON: 'Válasz nélkül automatikusan megoldottá válik: {{date}}.',
    CLOSE_ON: 'Eddig nyithatja újra: {{date}}; utána véglegesen lezárul.',
    RATE_INTRO:
      'Hogyan teljesítettünk? Értékelje a bejelentést (1 = gyenge, 5 = kiváló); a következő oldalon megjegyzést is írhat:',
  },
  pl: {
    CREATED: 'otrzymaliśmy je',
    REPLY: 'wsparcie odpowiedziało',
    WAITING: 'wsparcie czeka na Twoją odpowiedź',
    COMMENT: 'współpracownik dodał komentarz',
    RESOLVED: 'rozwiązane',
    AUTO_RESOLVED: 'rozwiązane automatycznie (brak odpowiedzi przez 4 dni robocze)',
    REOPENED: 'otwarte ponownie',
    SHARED: 'udostępnione Tobie',
    REMINDER: 'czeka na Twoją odpowiedź',
    CLOSED: 'zamknięte',
    CANCELED: 'anulowane',
    RESOLVE_ON: 'Bez odpowiedzi zostanie automatycznie rozwiązane {{date}}.',
    CLOSE_ON: 'Możesz je ponownie otworzyć do {{date}}; potem zostanie zamknięte na stałe.',
    RATE_INTRO:
      'Jak nam poszło? Oceń to zgłoszenie (1 = słabo, 5 = doskonale); na następnej stronie możesz dodać komentarz:',
  },
};
