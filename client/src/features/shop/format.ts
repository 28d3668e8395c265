import { ROUTES } from '../../../../shared/src/routes';

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
