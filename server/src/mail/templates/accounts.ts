import { footer, type Template } from './wording';

/** The account e-mails: invitation, password reset, password changed. */
export const accountTemplates = {
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
} satisfies Record<string, Template>;
