import { footer, type Template } from './wording';

/** The automatic answer to an e-mail reply that arrived after its request or return closed. */
export const inboundTemplates = {
  EMAIL_REPLY_CLOSED: {
    en: {
      subject: '{{ref}} is closed: your reply was not added',
      body: [
        'Hello,',
        'Thank you for your reply. {{ref}} is already closed, so your message was not added to it.',
        'If you still need help, raise a follow-up request. Your message is quoted below so that you can copy it.',
        '{{quote}}',
      ],
      action: 'Raise a follow-up request',
      footer: footer.en,
    },
    uk: {
      subject: '{{ref}} закрито: вашу відповідь не додано',
      body: [
        'Вітаємо!',
        'Дякуємо за відповідь. {{ref}} уже закрито, тому ваше повідомлення до нього не додано.',
        'Якщо вам ще потрібна допомога, створіть нове звернення. Ваше повідомлення наведено нижче, щоб ви могли його скопіювати.',
        '{{quote}}',
      ],
      action: 'Створити нове звернення',
      footer: footer.uk,
    },
    hu: {
      subject: '{{ref}} lezárva: válaszát nem fűztük hozzá',
      body: [
        'Tisztelt Címzett!',
        'Köszönjük válaszát. A(z) {{ref}} már lezárult, ezért üzenetét nem fűztük hozzá.',
        'Ha továbbra is segítségre van szüksége, indítson új bejelentést. Üzenetét alább idézzük, hogy átmásolhassa.',
        '{{quote}}',
      ],
      action: 'Új bejelentés indítása',
      footer: footer.hu,
    },
    pl: {
      subject: '{{ref}} jest zamknięte: Twoja odpowiedź nie została dodana',
      body: [
        'Dzień dobry,',
        'Dziękujemy za odpowiedź. {{ref}} jest już zamknięte, więc Twoja wiadomość nie została do niego dodana.',
        'Jeśli nadal potrzebujesz pomocy, utwórz nowe zgłoszenie. Twoja wiadomość jest zacytowana poniżej, aby można ją było skopiować.',
        '{{quote}}',
      ],
      action: 'Utwórz nowe zgłoszenie',
      footer: footer.pl,
    },
  },
} satisfies Record<string, Template>;
