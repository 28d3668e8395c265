import type { DataSource } from 'typeorm';
import {
  Portal,
  PortalKey,
  RequestType,
  RequestTypeGroup,
  type Names,
} from './request-type.entity';

type Tree = Array<{ names: Names; types: Array<{ names: Names; children?: Names[] }> }>;

const n = (en: string, uk: string, hu: string, pl: string): Names => ({ en, uk, hu, pl });

/** Request types of a distributor and fulfilment business, per portal. */
const CATALOG: Record<PortalKey, Tree> = {
  [PortalKey.CUSTOMER_SERVICE]: [
    {
      names: n(
        'Orders and deliveries',
        'Замовлення та доставка',
        'Rendelések és szállítások',
        'Zamówienia i dostawy',
      ),
      types: [
        { names: n('Order status', 'Статус замовлення', 'Rendelés állapota', 'Status zamówienia') },
        {
          names: n(
            'Delivery problem',
            'Проблема з доставкою',
            'Szállítási probléma',
            'Problem z dostawą',
          ),
          children: [
            n('Late delivery', 'Запізнення доставки', 'Késedelmes szállítás', 'Opóźniona dostawa'),
            n('Damaged parcel', 'Пошкоджена посилка', 'Sérült csomag', 'Uszkodzona paczka'),
            n('Missing items', 'Бракує товарів', 'Hiányzó tételek', 'Brakujące pozycje'),
          ],
        },
        {
          names: n(
            'Change or cancel an order',
            'Змінити чи скасувати замовлення',
            'Rendelés módosítása vagy lemondása',
            'Zmiana lub anulowanie zamówienia',
          ),
        },
      ],
    },
    {
      names: n(
        'Warehouse and fulfilment',
        'Склад і фулфілмент',
        'Raktár és fulfilment',
        'Magazyn i fulfilment',
      ),
      types: [
        {
          names: n(
            'Inbound shipment',
            'Вхідна поставка',
            'Beérkező szállítmány',
            'Dostawa przychodząca',
          ),
        },
        {
          names: n(
            'Stock discrepancy',
            'Розбіжність залишків',
            'Készleteltérés',
            'Rozbieżność stanów',
          ),
        },
        {
          names: n(
            'Packaging and labelling',
            'Пакування та маркування',
            'Csomagolás és címkézés',
            'Pakowanie i etykietowanie',
          ),
        },
      ],
    },
    {
      names: n(
        'Invoices and payments',
        'Рахунки та оплати',
        'Számlák és fizetések',
        'Faktury i płatności',
      ),
      types: [
        {
          names: n(
            'Invoice correction',
            'Коригування рахунку',
            'Számlakorrekció',
            'Korekta faktury',
          ),
        },
        {
          names: n(
            'Payment question',
            'Питання щодо оплати',
            'Fizetési kérdés',
            'Pytanie o płatność',
          ),
        },
      ],
    },
  ],
  [PortalKey.TECHNICAL_ASSISTANCE]: [
    {
      names: n('Products', 'Товари', 'Termékek', 'Produkty'),
      types: [
        {
          names: n(
            'Technical question',
            'Технічне питання',
            'Műszaki kérdés',
            'Pytanie techniczne',
          ),
        },
        { names: n('Compatibility', 'Сумісність', 'Kompatibilitás', 'Kompatybilność') },
        {
          names: n(
            'Documentation and certificates',
            'Документація та сертифікати',
            'Dokumentáció és tanúsítványok',
            'Dokumentacja i certyfikaty',
          ),
        },
      ],
    },
    {
      names: n(
        'Portal and account',
        'Портал і обліковий запис',
        'Portál és fiók',
        'Portal i konto',
      ),
      types: [
        {
          names: n(
            'Access and sign-in',
            'Доступ і вхід',
            'Hozzáférés és bejelentkezés',
            'Dostęp i logowanie',
          ),
        },
        {
          names: n(
            'API and integrations',
            'API та інтеграції',
            'API és integrációk',
            'API i integracje',
          ),
        },
      ],
    },
  ],
};

/** Creates the two portals and their request types in an empty database (every start; idempotent). */
export async function ensureSupportCatalog(db: DataSource): Promise<void> {
  if ((await db.getRepository(Portal).count()) > 0) return;
  await db.transaction(async (tx) => {
    await tx.getRepository(Portal).insert([
      {
        key: PortalKey.CUSTOMER_SERVICE,
        keyPrefix: 'CS',
        names: n(
          'Customer service',
          'Обслуговування клієнтів',
          'Ügyfélszolgálat',
          'Obsługa klienta',
        ),
        calendarCountry: 'HU',
        timeZone: 'Europe/Budapest',
      },
      {
        key: PortalKey.TECHNICAL_ASSISTANCE,
        keyPrefix: 'TA',
        names: n(
          'Technical assistance',
          'Технічна підтримка',
          'Műszaki segítségnyújtás',
          'Pomoc techniczna',
        ),
        calendarCountry: 'HU',
        timeZone: 'Europe/Budapest',
      },
    ]);
    for (const [portalKey, groups] of Object.entries(CATALOG) as Array<[PortalKey, Tree]>) {
      for (const [gi, group] of groups.entries()) {
        const g = await tx
          .getRepository(RequestTypeGroup)
          .save(
            tx
              .getRepository(RequestTypeGroup)
              .create({ portalKey, names: group.names, position: gi }),
          );
        for (const [ti, type] of group.types.entries()) {
          const t = await tx.getRepository(RequestType).save(
            tx.getRepository(RequestType).create({
              groupId: g.id,
              parentId: null,
              names: type.names,
              position: ti,
              active: true,
            }),
          );
          for (const [ci, child] of (type.children ?? []).entries()) {
            await tx
              .getRepository(RequestType)
              .insert({ groupId: g.id, parentId: t.id, names: child, position: ci, active: true });
          }
        }
      }
    }
  });
}
