import { BadUserInputError } from './errors';

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
