import { footer, type Template } from './wording';

/** The e-mails of a request to join a company: confirm the address, to the admins, declined. */
export const joinTemplates = {
  JOIN_CONFIRM: {
    en: {
      subject: 'Confirm your request to join a company in the customer portal',
      body: [
        'Hello {{name}},',
        'You (or someone using your address) asked to join the company with tax ID {{taxId}} ({{country}}) in our customer portal.',
        'Confirm your address to send the request on. The link is valid until {{expires}} and works once. If the company is registered with us, its administrators decide; if they approve, you will get an invitation.',
        'If you did not ask for this, ignore this email: nothing is sent without your confirmation.',
      ],
      action: 'Confirm and send my request',
      footer: footer.en,
    },
    uk: {
      subject: 'Підтвердьте запит на приєднання до компанії в клієнтському порталі',
      body: [
        'Вітаємо, {{name}}!',
        'Ви (або хтось із вашою адресою) попросили приєднатися до компанії з податковим номером {{taxId}} ({{country}}) у нашому клієнтському порталі.',
        'Підтвердьте адресу, щоб надіслати запит. Посилання дійсне до {{expires}} і спрацює один раз. Якщо компанія в нас зареєстрована, рішення ухвалюють її адміністратори; якщо вони погодять, ви отримаєте запрошення.',
        'Якщо ви цього не робили, проігноруйте лист: без вашого підтвердження нічого не буде надіслано.',
      ],
      action: 'Підтвердити й надіслати запит',
      footer: footer.uk,
    },
    hu: {
      subject: 'Erősítse meg csatlakozási kérelmét az ügyfélportálon',
      body: [
        'Kedves {{name}}!',
        'Ön (vagy valaki az Ön címével) csatlakozni szeretne a(z) {{taxId}} ({{country}}) adószámú céghez ügyfélportálunkon.',
        'Erősítse meg e-mail-címét, hogy a kérelmet továbbítsuk. A link eddig érvényes: {{expires}}, és egyszer használható. Ha a cég regisztrálva van nálunk, az adminisztrátorai döntenek; ha jóváhagyják, meghívót kap.',
        'Ha nem Ön kérte, hagyja figyelmen kívül ezt az e-mailt: megerősítés nélkül semmit sem továbbítunk.',
      ],
      action: 'Megerősítés és kérelem elküldése',
      footer: footer.hu,
    },
    pl: {
      subject: 'Potwierdź prośbę o dołączenie do firmy w portalu klienta',
      body: [
        'Dzień dobry {{name}},',
        'Ty (lub ktoś, kto użył Twojego adresu) poprosiłeś o dołączenie do firmy o numerze podatkowym {{taxId}} ({{country}}) w naszym portalu klienta.',
        'Potwierdź adres, aby wysłać prośbę dalej. Link jest ważny do {{expires}} i działa jeden raz. Jeśli firma jest u nas zarejestrowana, decydują jej administratorzy; jeśli się zgodzą, otrzymasz zaproszenie.',
        'Jeśli to nie Ty, zignoruj tę wiadomość: bez Twojego potwierdzenia nic nie zostanie wysłane.',
      ],
      action: 'Potwierdź i wyślij prośbę',
      footer: footer.pl,
    },
  },
  JOIN_REQUEST_RECEIVED: {
    en: {
      subject: '{{name}} asks to join {{company}} in the customer portal',
      body: [
        'Hello,',
        '{{name}} ({{email}}) asks to join {{company}} as a representative. The address was confirmed by a link.',
        'Approve (choose a role: an invitation follows) or decline in Company → Employees before {{expires}}; after that the request expires.',
      ],
      action: 'Review the request',
      footer: footer.en,
    },
    uk: {
      subject: '{{name}} просить приєднати до {{company}} у клієнтському порталі',
      body: [
        'Вітаємо!',
        '{{name}} ({{email}}) просить додати його/її як представника компанії {{company}}. Адресу підтверджено посиланням.',
        'Погодьте (оберіть роль: буде надіслано запрошення) або відхиліть запит у розділі Компанія → Працівники до {{expires}}; після цього запит втратить чинність.',
      ],
      action: 'Переглянути запит',
      footer: footer.uk,
    },
    hu: {
      subject: '{{name}} csatlakozna a(z) {{company}} céghez az ügyfélportálon',
      body: [
        'Tisztelt Címzett!',
        '{{name}} ({{email}}) a(z) {{company}} képviselőjeként szeretne csatlakozni. Az e-mail-címét linkkel megerősítette.',
        'Hagyja jóvá (válasszon szerepkört: meghívót küldünk) vagy utasítsa el a Cég → Munkatársak oldalon eddig: {{expires}}; utána a kérelem lejár.',
      ],
      action: 'Kérelem megtekintése',
      footer: footer.hu,
    },
    pl: {
      subject: '{{name}} prosi o dołączenie do {{company}} w portalu klienta',
      body: [
        'Dzień dobry,',
        '{{name}} ({{email}}) prosi o dodanie jako przedstawiciel firmy {{company}}. Adres został potwierdzony linkiem.',
        'Zatwierdź (wybierz rolę: zostanie wysłane zaproszenie) lub odrzuć prośbę w zakładce Firma → Pracownicy do {{expires}}; potem prośba wygaśnie.',
      ],
      action: 'Zobacz prośbę',
      footer: footer.pl,
    },
  },
  JOIN_REQUEST_DECLINED: {
    en: {
      subject: 'Your request to join a company in the customer portal was declined',
      body: [
        'Hello {{name}},',
        'Your request to join the company with tax ID {{taxId}} ({{country}}) was declined.',
        '{{reason}}',
        'If you think this is a mistake, talk to your colleagues or write to {{support}}.',
      ],
      footer: footer.en,
    },
    uk: {
      subject: 'Ваш запит на приєднання до компанії в клієнтському порталі відхилено',
      body: [
        'Вітаємо, {{name}}!',
        'Ваш запит на приєднання до компанії з податковим номером {{taxId}} ({{country}}) відхилено.',
        '{{reason}}',
        'Якщо це помилка, зверніться до колег або напишіть на {{support}}.',
      ],
      footer: footer.uk,
    },
    hu: {
      subject: 'Csatlakozási kérelmét elutasították az ügyfélportálon',
      body: [
        'Kedves {{name}}!',
        'A(z) {{taxId}} ({{country}}) adószámú céghez benyújtott csatlakozási kérelmét elutasították.',
        '{{reason}}',
        'Ha úgy gondolja, hogy ez tévedés, beszéljen kollégáival, vagy írjon a(z) {{support}} címre.',
      ],
      footer: footer.hu,
    },
    pl: {
      subject: 'Twoja prośba o dołączenie do firmy w portalu klienta została odrzucona',
      body: [
        'Dzień dobry {{name}},',
        'Twoja prośba o dołączenie do firmy o numerze podatkowym {{taxId}} ({{country}}) została odrzucona.',
        '{{reason}}',
        'Jeśli uważasz, że to pomyłka, porozmawiaj ze współpracownikami lub napisz na {{support}}.',
      ],
      footer: footer.pl,
    },
  },
} satisfies Record<string, Template>;

/** "Reason: …" before a decline's reason, per language. */
export const JOIN_WORDS = {
  en: { REASON: 'Reason: {{reason}}' },
  uk: { REASON: 'Причина: {{reason}}' },
  hu: { REASON: 'Indoklás: {{reason}}' },
  pl: { REASON: 'Powód: {{reason}}' },
} as const;
