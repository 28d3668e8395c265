import type { Locale } from '../../../../../shared/src/locales';

/** The words printed on an invoice PDF, in the customer's language. */
export interface InvoiceTexts {
  title: string;
  issued: string;
  due: string;
  terms: (days: number, account: string) => string;
  seller: string;
  buyer: string;
  taxId: string;
  columns: [string, string, string, string, string, string, string, string];
  vatSummary: string;
  rate: string;
  net: string;
  vat: string;
  gross: string;
  totalNet: string;
  totalVat: string;
  totalGross: string;
  resale: string;
}

export const INVOICE_TEXTS: Record<Locale, InvoiceTexts> = {
  en: {
    title: 'VAT invoice',
    issued: 'Issue date',
    due: 'Due date',
    terms: (days, account) => `Payment: bank transfer within ${days} days to ${account}`,
    seller: 'Seller',
    buyer: 'Buyer',
    taxId: 'Tax ID',
    columns: ['#', 'Product', 'Qty', 'Unit net', 'Net', 'VAT %', 'VAT', 'Gross'],
    vatSummary: 'VAT summary',
    rate: 'Rate',
    net: 'Net',
    vat: 'VAT',
    gross: 'Gross',
    totalNet: 'Total net',
    totalVat: 'Total VAT',
    totalGross: 'Total to pay',
    resale: 'Goods sold for resale only (article 3 of the terms of sale).',
  },
  uk: {
    title: 'Рахунок-фактура (ПДВ)',
    issued: 'Дата виставлення',
    due: 'Сплатити до',
    terms: (days, account) =>
      `Оплата: банківський переказ протягом ${days} днів на рахунок ${account}`,
    seller: 'Продавець',
    buyer: 'Покупець',
    taxId: 'Податковий номер',
    columns: ['№', 'Товар', 'К-сть', 'Ціна нетто', 'Нетто', 'ПДВ %', 'ПДВ', 'Брутто'],
    vatSummary: 'Підсумок ПДВ',
    rate: 'Ставка',
    net: 'Нетто',
    vat: 'ПДВ',
    gross: 'Брутто',
    totalNet: 'Разом нетто',
    totalVat: 'Разом ПДВ',
    totalGross: 'До сплати',
    resale: 'Товари продаються лише для перепродажу (стаття 3 умов продажу).',
  },
  hu: {
    title: 'Számla',
    issued: 'Kiállítás dátuma',
    due: 'Fizetési határidő',
    terms: (days, account) =>
      `Fizetés: banki átutalással ${days} napon belül, számlaszám: ${account}`,
    seller: 'Eladó',
    buyer: 'Vevő',
    taxId: 'Adószám',
    columns: ['#', 'Termék', 'Menny.', 'Nettó egységár', 'Nettó', 'ÁFA %', 'ÁFA', 'Bruttó'],
    vatSummary: 'ÁFA-összesítő',
    rate: 'Kulcs',
    net: 'Nettó',
    vat: 'ÁFA',
    gross: 'Bruttó',
    totalNet: 'Nettó összesen',
    totalVat: 'ÁFA összesen',
    totalGross: 'Fizetendő',
    resale: 'Az áru kizárólag viszonteladásra értékesítve (az értékesítési feltételek 3. cikke).',
  },
  pl: {
    title: 'Faktura VAT',
    issued: 'Data wystawienia',
    due: 'Termin płatności',
    terms: (days, account) => `Płatność: przelew w ciągu ${days} dni na rachunek ${account}`,
    seller: 'Sprzedawca',
    buyer: 'Nabywca',
    taxId: 'NIP',
    columns: ['Lp.', 'Towar', 'Ilość', 'Cena netto', 'Netto', 'VAT %', 'VAT', 'Brutto'],
    vatSummary: 'Podsumowanie VAT',
    rate: 'Stawka',
    net: 'Netto',
    vat: 'VAT',
    gross: 'Brutto',
    totalNet: 'Razem netto',
    totalVat: 'Razem VAT',
    totalGross: 'Do zapłaty',
    resale: 'Towar sprzedany wyłącznie w celu odsprzedaży (art. 3 warunków sprzedaży).',
  },
};
