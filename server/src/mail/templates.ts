import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../shared/src/locales';

/**
 * One template per message, in every portal language, rendered to text and HTML in the
 * recipient's language. Parameters are escaped in HTML; links are built from APP_URL.
 */
interface Wording {
  subject: string;
  /** Paragraphs; {{param}} placeholders. */
  body: string[];
  /** The button's label, when the message carries a link. */
  action?: string;
  footer: string;
}

type Template = Record<Locale, Wording>;

const footer: Record<Locale, string> = {
  en: 'You receive this email because of your account in the {{portal}}. Questions: {{support}}.',
  uk: 'Ви отримали цей лист через свій обліковий запис у {{portal}}. Питання: {{support}}.',
  hu: 'Ezt az e-mailt a(z) {{portal}} fiókja miatt kapta. Kérdések: {{support}}.',
  pl: 'Otrzymujesz tę wiadomość w związku z kontem w {{portal}}. Pytania: {{support}}.',
};

export const templates = {
  INVITATION: {
    en: {
      subject: 'You are invited to the customer portal of {{company}}',
      body: [
        'Hello,',
        '{{inviter}} has added you as a representative of {{company}} in our customer portal.',
        'Activate your account: choose a password and tell us your name. The link is valid until {{expires}}.',
      ],
      action: 'Activate my account',
      footer: footer.en,
    },
    uk: {
      subject: 'Вас запрошено до клієнтського порталу компанії {{company}}',
      body: [
        'Вітаємо!',
        '{{inviter}} додав(ла) вас як представника компанії {{company}} у нашому клієнтському порталі.',
        'Активуйте обліковий запис: оберіть пароль і вкажіть своє ім’я. Посилання дійсне до {{expires}}.',
      ],
      action: 'Активувати обліковий запис',
      footer: footer.uk,
    },
    hu: {
      subject: 'Meghívást kapott a(z) {{company}} ügyfélportáljára',
      body: [
        'Tisztelt Címzett!',
        '{{inviter}} felvette Önt a(z) {{company}} képviselőjeként ügyfélportálunkra.',
        'Aktiválja fiókját: válasszon jelszót, és adja meg a nevét. A link eddig érvényes: {{expires}}.',
      ],
      action: 'Fiók aktiválása',
      footer: footer.hu,
    },
    pl: {
      subject: 'Zaproszenie do portalu klienta firmy {{company}}',
      body: [
        'Dzień dobry,',
        '{{inviter}} dodał(a) Cię jako przedstawiciela firmy {{company}} w naszym portalu klienta.',
        'Aktywuj konto: ustaw hasło i podaj imię i nazwisko. Link jest ważny do {{expires}}.',
      ],
      action: 'Aktywuj konto',
      footer: footer.pl,
    },
  },
  PASSWORD_RESET: {
    en: {
      subject: 'Set a new password for the customer portal',
      body: [
        'Hello,',
        'Someone (hopefully you) asked to set a new password for {{email}}. The link is valid for {{minutes}} minutes and works once.',
        'If you did not ask for it, ignore this email: your password stays as it is.',
      ],
      action: 'Set a new password',
      footer: footer.en,
    },
    uk: {
      subject: 'Встановіть новий пароль до клієнтського порталу',
      body: [
        'Вітаємо!',
        'Хтось (сподіваємося, ви) попросив встановити новий пароль для {{email}}. Посилання дійсне {{minutes}} хвилин і спрацює один раз.',
        'Якщо ви цього не робили, просто проігноруйте лист: ваш пароль не зміниться.',
      ],
      action: 'Встановити новий пароль',
      footer: footer.uk,
    },
    hu: {
      subject: 'Új jelszó beállítása az ügyfélportálon',
      body: [
        'Tisztelt Címzett!',
        'Valaki (remélhetőleg Ön) új jelszót kért a(z) {{email}} címhez. A link {{minutes}} percig érvényes, és egyszer használható.',
        'Ha nem Ön kérte, hagyja figyelmen kívül ezt az e-mailt: a jelszava nem változik.',
      ],
      action: 'Új jelszó beállítása',
      footer: footer.hu,
    },
    pl: {
      subject: 'Ustaw nowe hasło do portalu klienta',
      body: [
        'Dzień dobry,',
        'Ktoś (mamy nadzieję, że Ty) poprosił o nowe hasło dla {{email}}. Link jest ważny {{minutes}} minut i działa jeden raz.',
        'Jeśli to nie Ty, zignoruj tę wiadomość: hasło pozostanie bez zmian.',
      ],
      action: 'Ustaw nowe hasło',
      footer: footer.pl,
    },
  },
  PASSWORD_CHANGED: {
    en: {
      subject: 'Your portal password was changed',
      body: [
        'Hello,',
        'The password of {{email}} was changed on {{when}}, and every other signed-in device was signed out.',
        'If this was not you, reset your password at once and write to {{support}}.',
      ],
      footer: footer.en,
    },
    uk: {
      subject: 'Пароль до порталу змінено',
      body: [
        'Вітаємо!',
        'Пароль для {{email}} змінено {{when}}; з усіх інших пристроїв виконано вихід.',
        'Якщо це були не ви, негайно скиньте пароль і напишіть на {{support}}.',
      ],
      footer: footer.uk,
    },
    hu: {
      subject: 'Megváltozott a portál jelszava',
      body: [
        'Tisztelt Címzett!',
        'A(z) {{email}} jelszava megváltozott ekkor: {{when}}, és minden más eszközön kijelentkeztettük.',
        'Ha nem Ön volt, azonnal állítson be új jelszót, és írjon a(z) {{support}} címre.',
      ],
      footer: footer.hu,
    },
    pl: {
      subject: 'Hasło do portalu zostało zmienione',
      body: [
        'Dzień dobry,',
        'Hasło dla {{email}} zostało zmienione {{when}}, a wszystkie inne urządzenia zostały wylogowane.',
        'Jeśli to nie Ty, natychmiast zresetuj hasło i napisz na {{support}}.',
      ],
      footer: footer.pl,
    },
  },
  RETURN_UPDATE: {
    en: {
      subject: '{{rma}}: {{status}}',
      body: [
        'Hello,',
        'Your {{kind}} {{rma}} has a new step: {{step}}.',
        '{{note}}',
        'Current status: {{status}}. The timeline and the label are in the portal.',
      ],
      action: 'Open the return',
      footer: footer.en,
    },
    uk: {
      subject: '{{rma}}: {{status}}',
      body: [
        'Вітаємо!',
        'У вашому запиті {{kind}} {{rma}} новий крок: {{step}}.',
        '{{note}}',
        'Поточний статус: {{status}}. Хронологія та етикетка — у порталі.',
      ],
      action: 'Відкрити повернення',
      footer: footer.uk,
    },
    hu: {
      subject: '{{rma}}: {{status}}',
      body: [
        'Tisztelt Címzett!',
        'A(z) {{rma}} {{kind}} új lépéshez érkezett: {{step}}.',
        '{{note}}',
        'Jelenlegi állapot: {{status}}. Az idővonal és a címke a portálon található.',
      ],
      action: 'Visszaküldés megnyitása',
      footer: footer.hu,
    },
    pl: {
      subject: '{{rma}}: {{status}}',
      body: [
        'Dzień dobry,',
        'Twoje zgłoszenie {{kind}} {{rma}} ma nowy etap: {{step}}.',
        '{{note}}',
        'Aktualny status: {{status}}. Oś czasu i etykieta są w portalu.',
      ],
      action: 'Otwórz zwrot',
      footer: footer.pl,
    },
  },
  TICKET_UPDATE: {
    en: {
      subject: '[{{key}}] {{subject}}: {{step}}',
      body: ['Hello,', 'Your request {{key}} "{{subject}}": {{step}}.', '{{body}}', '{{when}}'],
      action: 'Open the request',
      footer: footer.en,
    },
    uk: {
      subject: '[{{key}}] {{subject}}: {{step}}',
      body: ['Вітаємо!', 'Ваше звернення {{key}} «{{subject}}»: {{step}}.', '{{body}}', '{{when}}'],
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
  },
};

/** Words the RMA emails use, per language. */
export const RMA_WORDS: Record<Locale, Record<string, string>> = {
  en: {
    RETURN: 'return',
    SERVICE: 'service request',
    SUBMITTED: 'Submitted',
    AUTHORIZED: 'Authorized',
    PARTIALLY_AUTHORIZED: 'Partially authorized',
    DENIED: 'Denied',
    RECEIVED: 'Received',
    APPROVED: 'Approved',
    PARTIALLY_APPROVED: 'Partially approved',
    REJECTED: 'Rejected',
    CLOSED: 'Closed',
    ITEM_APPROVED: 'a product was approved',
    ITEM_REJECTED: 'a product was rejected',
    SERVICE_STAGE: 'the workshop moved a product on',
    COMMENT: 'a new comment',
  },
  uk: {
    RETURN: 'на повернення',
    SERVICE: 'на сервіс',
    SUBMITTED: 'Подано',
    AUTHORIZED: 'Погоджено',
    PARTIALLY_AUTHORIZED: 'Частково погоджено',
    DENIED: 'Відхилено',
    RECEIVED: 'Отримано',
    APPROVED: 'Прийнято',
    PARTIALLY_APPROVED: 'Частково прийнято',
    REJECTED: 'Не прийнято',
    CLOSED: 'Закрито',
    ITEM_APPROVED: 'товар прийнято',
    ITEM_REJECTED: 'товар не прийнято',
    SERVICE_STAGE: 'сервіс перейшов до наступного етапу',
    COMMENT: 'новий коментар',
  },
  hu: {
    RETURN: 'visszaküldés',
    SERVICE: 'szervizkérés',
    SUBMITTED: 'Beküldve',
    AUTHORIZED: 'Jóváhagyva',
    PARTIALLY_AUTHORIZED: 'Részben jóváhagyva',
    DENIED: 'Elutasítva',
    RECEIVED: 'Beérkezett',
    APPROVED: 'Elfogadva',
    PARTIALLY_APPROVED: 'Részben elfogadva',
    REJECTED: 'Nem fogadva el',
    CLOSED: 'Lezárva',
    ITEM_APPROVED: 'egy termék elfogadva',
    ITEM_REJECTED: 'egy terméket nem fogadtak el',
    SERVICE_STAGE: 'a szerviz továbblépett',
    COMMENT: 'új megjegyzés',
  },
  pl: {
    RETURN: 'zwrotu',
    SERVICE: 'serwisowe',
    SUBMITTED: 'Złożone',
    AUTHORIZED: 'Zaakceptowane',
    PARTIALLY_AUTHORIZED: 'Częściowo zaakceptowane',
    DENIED: 'Odrzucone',
    RECEIVED: 'Otrzymane',
    APPROVED: 'Uznane',
    PARTIALLY_APPROVED: 'Częściowo uznane',
    REJECTED: 'Nieuznane',
    CLOSED: 'Zamknięte',
    ITEM_APPROVED: 'produkt został uznany',
    ITEM_REJECTED: 'produkt nie został uznany',
    SERVICE_STAGE: 'serwis przeszedł do kolejnego etapu',
    COMMENT: 'nowy komentarz',
  },
};

export type TemplateName = keyof typeof templates;

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const fill = (s: string, params: Record<string, string>, esc: (v: string) => string) =>
  s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => esc(params[k] ?? ''));

export function renderEmail(
  name: TemplateName,
  locale: string,
  params: Record<string, string>,
  link?: string,
): RenderedEmail {
  const lang: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const w: Wording = templates[name][lang];
  const id = (v: string) => v;
  const subject = fill(w.subject, params, id);
  const body = w.body.filter((p) => fill(p, params, id).trim() !== '');
  const paragraphs = body.map((p) => fill(p, params, id));
  const foot = fill(w.footer, params, id);
  const text = [
    ...paragraphs,
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
    )}${button}<hr style="border:none;border-top:1px solid #ddd;margin:24px 0"><p style="font-size:12px;color:#555">${fill(w.footer, params, escapeHtml)}</p></body></html>`;
  return { subject, text, html };
}
