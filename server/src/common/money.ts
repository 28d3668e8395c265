import { BadUserInputError } from './errors';
import { parseVatRate } from '../../../shared/src/vat';

/** Amounts are integers in minor units (cents, grosze, fillér …). */
export function parseAmount(value: string, field: string): number {
  const m = /^(\d{1,10})(?:[.,](\d{1,2}))?$/.exec(value.trim());
  if (!m) throw new BadUserInputError(`${field} must be an amount such as 12.50`, field);
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

export function formatAmount(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * A money column: bigint minor units (an int4 overflows at 21,474,836.47), read back as a
 * number, which is exact below 2^53 (about 90 trillion in major units).
 */
export const MINOR_UNITS_COLUMN = {
  type: 'bigint',
  transformer: {
    to: (value: number | null | undefined) => value,
    from: (value: string | number | null) => (value === null ? null : Number(value)),
  },
} as const;

/** The largest line (quantity × unit price) accepted, in minor units: 10^10 in major units. */
export const MAX_LINE_MINOR = 10 ** 12;

/** The unit price, once its line (× quantity) is known to stay within MAX_LINE_MINOR. */
export function withinLineLimit(unitPriceMinor: number, quantity: number, field: string): number {
  if (unitPriceMinor * quantity > MAX_LINE_MINOR)
    throw new BadUserInputError(
      `${field}: a line may total at most ${formatAmount(MAX_LINE_MINOR)}.`,
      field,
      'LINE_TOO_LARGE',
    );
  return unitPriceMinor;
}

/** A VAT rate as the ERP sends it ("23", "5.5"), in basis points, or BAD_USER_INPUT. */
export function checkedVatRate(value: string, field: string): number {
  const bp = parseVatRate(value);
  if (bp === null)
    throw new BadUserInputError(`${field} must be a percentage from 0 to 100.`, field);
  return bp;
}
