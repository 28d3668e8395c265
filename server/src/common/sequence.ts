import type { EntityManager } from 'typeorm';

/**
 * The next number of a yearly series (invoices, orders, RMAs). The counter row stays locked
 * until the transaction ends, so numbers are handed out in order and a rollback gives its
 * number back: the series has no gaps.
 */
export async function nextInSeries(
  tx: EntityManager,
  series: string,
  year: number,
): Promise<number> {
  const rows: Array<{ lastValue: number }> = await tx.query(
    `INSERT INTO number_sequence (series, year, "lastValue") VALUES ($1, $2, 1)
     ON CONFLICT (series, year) DO UPDATE SET "lastValue" = number_sequence."lastValue" + 1
     RETURNING "lastValue"`,
    [series, year],
  );
  return rows[0]!.lastValue;
}

export function formatNumber(prefix: string, year: number, value: number, separator = '/'): string {
  return `${prefix}${separator}${year}${separator}${String(value).padStart(6, '0')}`;
}
