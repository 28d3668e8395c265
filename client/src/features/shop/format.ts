import { ROUTES } from '../../../../shared/src/routes';
import { currentLocale } from '../../lib/locale';

/** A net amount ("129.90") in the UI language: "€129.90", "129,90 €", "129,90 EUR" … */
export function formatMoney(amount: string, currency: string, locale: string = currentLocale()) {
  const value = Number(amount);
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** A date of a document in the UI language ("2 Mar 2026", "2026. márc. 2." …). */
export function formatDate(iso: string, locale: string = currentLocale()) {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
}

export const productPath = (sku: string) => `${ROUTES.shopProducts}/${encodeURIComponent(sku)}`;
export const orderPath = (id: string) => `${ROUTES.shopOrders}/${encodeURIComponent(id)}`;
export const invoicePath = (id: string) => `${ROUTES.shopInvoices}/${encodeURIComponent(id)}`;

/**
 * A fresh key for one checkout: sending the order again with it (double click, retry after a
 * lost answer) returns the same order. randomUUID needs a secure context; the fallback does not.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
