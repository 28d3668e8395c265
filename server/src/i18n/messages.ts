import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../shared/src/locales';

/**
 * Messages the server itself words for people (error guidance). The SPA has its own
 * translations keyed by error code; these reach tools and anyone reading the raw API.
 */
const messages = {
  TAX_ID_ALREADY_REGISTERED: {
    en: 'A company with this tax ID already has an account. Ask the colleague who registered it to add you as a representative (Company → Employees → "+ Add employee"), or write to {{support}}.',
    uk: 'Компанія з цим ІПН уже має обліковий запис. Попросіть колегу, який її зареєстрував, додати вас як представника (Компанія → Працівники → «+ Додати працівника») або напишіть на {{support}}.',
    hu: 'Ezzel az adószámmal már van fiók. Kérje meg a kollégát, aki regisztrálta, hogy vegye fel Önt képviselőként (Cég → Munkatársak → „+ Munkatárs hozzáadása”), vagy írjon a(z) {{support}} címre.',
    pl: 'Firma z tym numerem NIP ma już konto. Poproś osobę, która je zarejestrowała, o dodanie Cię jako przedstawiciela (Firma → Pracownicy → „+ Dodaj pracownika”) lub napisz na {{support}}.',
  },
  EMAIL_ALREADY_REGISTERED: {
    en: 'This email address already has an account. Sign in, or use "Forgot password".',
    uk: 'Ця адреса електронної пошти вже має обліковий запис. Увійдіть або скористайтеся «Забули пароль».',
    hu: 'Ehhez az e-mail-címhez már tartozik fiók. Jelentkezzen be, vagy használja az „Elfelejtett jelszó” funkciót.',
    pl: 'Ten adres e-mail ma już konto. Zaloguj się lub użyj opcji „Nie pamiętasz hasła”.',
  },
  INVALID_CREDENTIALS: {
    en: 'The email or password is not right.',
    uk: 'Неправильна адреса електронної пошти або пароль.',
    hu: 'Az e-mail-cím vagy a jelszó nem megfelelő.',
    pl: 'Nieprawidłowy adres e-mail lub hasło.',
  },
  TOO_MANY_ATTEMPTS: {
    en: 'Too many attempts. Try again in {{minutes}} minutes.',
    uk: 'Забагато спроб. Спробуйте ще раз через {{minutes}} хв.',
    hu: 'Túl sok próbálkozás. Próbálja újra {{minutes}} perc múlva.',
    pl: 'Zbyt wiele prób. Spróbuj ponownie za {{minutes}} min.',
  },
  INVALID_TOKEN: {
    en: 'This link is not valid or has already been used.',
    uk: 'Це посилання недійсне або вже використане.',
    hu: 'Ez a link érvénytelen, vagy már felhasználták.',
    pl: 'Ten link jest nieprawidłowy lub został już użyty.',
  },
  TOKEN_EXPIRED: {
    en: 'This link has expired. Ask for a new one.',
    uk: 'Термін дії посилання минув. Попросіть нове.',
    hu: 'Ez a link lejárt. Kérjen újat.',
    pl: 'Ten link wygasł. Poproś o nowy.',
  },
  /** The history entry of a request the lifecycle job resolved (in the customer's language). */
  TICKET_AUTO_RESOLVED: {
    en: 'Resolved automatically: no answer for {{days}} business days. Reopen it with a comment if you still need help.',
    uk: 'Вирішено автоматично: без відповіді {{days}} робочі дні. Якщо вам ще потрібна допомога, відкрийте звернення знову з коментарем.',
    hu: 'Automatikusan megoldva: {{days}} munkanapja nem érkezett válasz. Ha még segítségre van szüksége, nyissa újra egy megjegyzéssel.',
    pl: 'Rozwiązane automatycznie: brak odpowiedzi przez {{days}} dni robocze. Jeśli nadal potrzebujesz pomocy, otwórz zgłoszenie ponownie z komentarzem.',
  },
  /** The history entry of a request the lifecycle job closed (in the customer's language). */
  TICKET_AUTO_CLOSED: {
    en: 'Closed automatically {{days}} business days after it was resolved. For a new problem, raise a new request.',
    uk: 'Закрито автоматично через {{days}} робочі дні після вирішення. З новою проблемою створіть нове звернення.',
    hu: 'Automatikusan lezárva {{days}} munkanappal a megoldás után. Új problémával nyújtson be új bejelentést.',
    pl: 'Zamknięte automatycznie {{days}} dni robocze po rozwiązaniu. W przypadku nowego problemu utwórz nowe zgłoszenie.',
  },
} satisfies Record<string, Record<Locale, string>>;

export type MessageKey = keyof typeof messages;

export function message(
  key: MessageKey,
  locale: string | undefined,
  params: Record<string, string | number> = {},
): string {
  const lang: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return messages[key][lang].replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    String(params[name] ?? ''),
  );
}
