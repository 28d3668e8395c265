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
    `${takeNumbersSql('VALUES ($1, $2::int, 1)')} RETURNING "lastValue"`,
    [series, year],
  );
  return rows[0]!.lastValue;
}

/**
 * `nextInSeries` as SQL, for a statement that numbers what it inserts in the same round trip
 * (a CTE): `source` yields (series, year, 1) rows; add RETURNING series, "lastValue". Several
 * series in one statement are taken in the order of `source` (keep it fixed: no deadlocks).
 */
export function takeNumbersSql(source: string): string {
  return `INSERT INTO number_sequence (series, year, "lastValue") ${source}
     ON CONFLICT (series, year) DO UPDATE SET "lastValue" = number_sequence."lastValue" + 1`;
}

/** The next numbers of several series at once, in the given order (one statement). */
export async function nextInSeriesMany(
  tx: EntityManager,
  series: ReadonlyArray<{ series: string; year: number }>,
): Promise<number[]> {
  const rows: Array<{ series: string; lastValue: number }> = await tx.query(
    `${takeNumbersSql('SELECT s, y, 1 FROM unnest($1::varchar[], $2::int[]) WITH ORDINALITY AS x(s, y, n) ORDER BY n')}
     RETURNING series, "lastValue"`,
    [series.map((s) => s.series), series.map((s) => s.year)],
  );
  return series.map((s) => rows.find((r) => r.series === s.series)!.lastValue);
}

export function formatNumber(prefix: string, year: number, value: number, separator = '/'): string {
  return `${prefix}${separator}${year}${separator}${String(value).padStart(6, '0')}`;
}
