/**
 * VAT on invoices: rates in basis points (2300 = 23 %, 550 = 5.5 %), amounts in integer minor
 * units. The VAT of a line is its net amount × rate, rounded half up to a minor unit; an
 * invoice's VAT is the sum of its lines' (the seller's ERP rounds the same way).
 */

/** The rate a product gets when none is given (the seller's standard rate, Poland). */
export const DEFAULT_VAT_RATE_BP = 2300;
export const MAX_VAT_RATE_BP = 10_000;

/** A rate as typed ("23", "5.5", "0", "23%") in basis points, or null when it is not one. */
export function parseVatRate(value: string): number | null {
  const m = /^(\d{1,3})(?:[.,](\d{1,2}))?\s*%?$/.exec(value.trim());
  if (!m) return null;
  const bp = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return bp <= MAX_VAT_RATE_BP ? bp : null;
}

/** The rate as a percentage number (23, 5.5). */
export const vatRatePercent = (bp: number): number => bp / 100;

/** The VAT of a net amount at a rate, rounded half up (exact: computed in BigInt). */
export function vatOf(netMinor: number, rateBp: number): number {
  const scaled = BigInt(netMinor) * BigInt(rateBp);
  return Number((scaled + 5_000n) / 10_000n);
}

export interface VatLine {
  quantity: number;
  unitPriceMinor: number;
  vatRateBp: number;
}

export interface LineAmounts {
  netMinor: number;
  vatMinor: number;
  grossMinor: number;
}

/** Net, VAT and gross of one invoice line. */
export function lineAmounts(line: VatLine): LineAmounts {
  const netMinor = line.quantity * line.unitPriceMinor;
  const vatMinor = vatOf(netMinor, line.vatRateBp);
  return { netMinor, vatMinor, grossMinor: netMinor + vatMinor };
}

export interface VatTotals extends LineAmounts {
  /** Per rate, highest rate first: what the invoice's VAT summary prints. */
  byRate: Array<LineAmounts & { vatRateBp: number }>;
}

/** The invoice totals: the sums of its lines, overall and per rate. */
export function vatTotals(lines: readonly VatLine[]): VatTotals {
  const byRate = new Map<number, LineAmounts>();
  const total: LineAmounts = { netMinor: 0, vatMinor: 0, grossMinor: 0 };
  for (const line of lines) {
    const a = lineAmounts(line);
    const rate = byRate.get(line.vatRateBp) ?? { netMinor: 0, vatMinor: 0, grossMinor: 0 };
    for (const key of ['netMinor', 'vatMinor', 'grossMinor'] as const) {
      rate[key] += a[key];
      total[key] += a[key];
    }
    byRate.set(line.vatRateBp, rate);
  }
  return {
    ...total,
    byRate: [...byRate.entries()]
      .sort(([a], [b]) => b - a)
      .map(([vatRateBp, a]) => ({ vatRateBp, ...a })),
  };
}

/** Days from issue to the payment due date when the ERP gives none. */
export const DEFAULT_PAYMENT_TERMS_DAYS = 14;

/** The due date: the issue date plus the payment terms (calendar days). */
export function dueDate(issuedAt: Date, termsDays: number): Date {
  return new Date(issuedAt.getTime() + termsDays * 86_400_000);
}
