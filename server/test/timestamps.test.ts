import { types } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { parseTimestamptz, typeParsers } from '../src/db/timestamps';
import { startTestApp, type TestApp } from './harness';

// node-postgres's own parser (postgres-date): the product's must give the same instant for
// every text PostgreSQL can send.
const parseDefault = types.getTypeParser(types.builtins.TIMESTAMPTZ, 'text') as (
  text: string,
) => Date | number;

const same = (text: string) => {
  const expected = parseDefault(text);
  const actual = parseTimestamptz(text);
  return { text, actual: Number(actual), expected: Number(expected) };
};

/** The text PostgreSQL sends a UTC session for an instant, with `digits` of its fraction. */
function pgText(ms: number, micro: number, digits: number): string {
  const iso = new Date(ms).toISOString(); // 2026-03-04T05:06:07.891Z
  const fraction = `${iso.slice(20, 23)}${String(micro).padStart(3, '0')}`.slice(0, digits);
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${digits ? `.${fraction}` : ''}+00`;
}

describe('parseTimestamptz', () => {
  it('reads every fraction length to the same instant as node-postgres, milliseconds truncated', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const cases: string[] = [];
    for (let i = 0; i < 3000; i++) {
      // years 1000 to 9999, any millisecond, any microsecond
      const ms =
        Date.UTC(1000, 0, 1) +
        Math.floor(random() * (Date.UTC(9999, 11, 31) - Date.UTC(1000, 0, 1)));
      cases.push(pgText(ms, Math.floor(random() * 1000), i % 7));
    }
    for (let f = 0; f < 1000; f++)
      cases.push(`2026-11-30 23:59:59.${String(f).padStart(3, '0')}999+00`);
    cases.push('2026-11-30 12:34:56+00', '2024-02-29 00:00:00.000001+00', '1000-01-01 00:00:00+00');
    const differing = cases.map(same).filter((c) => c.actual !== c.expected);
    expect(differing).toEqual([]);
    expect(parseTimestamptz('2026-11-30 12:34:56.789999+00').toISOString()).toBe(
      '2026-11-30T12:34:56.789Z',
    );
  });

  it('leaves every other form to node-postgres: offsets, early, late and BC years, infinity, garbage', () => {
    const others = [
      '2026-11-30 12:34:56.5+05:30',
      '2026-11-30 12:34:56-08',
      '0099-06-01 00:00:00+00',
      '0999-06-01 00:00:00.25+00',
      '12026-01-01 00:00:00+00',
      '2026-01-01 00:00:00+00 BC',
      'infinity',
      '-infinity',
      '2026-1a-01 00:00:00+00',
      '2026-11-30 12:34:56.x+00',
      '2026-11-30T12:34:56Z',
    ];
    for (const text of others) {
      const expected = parseDefault(text);
      const actual = parseTimestamptz(text);
      expect({ text, value: String(actual) }).toEqual({ text, value: String(expected) });
    }
  });
});

describe("the product's connections", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('read timestamptz with it, and every other type as node-postgres does', async () => {
    const driver = app.db.dataSource.driver as PostgresDriver;
    const pool = driver.master as { options: { types?: unknown } };
    expect(pool.options.types).toBe(typeParsers);
    expect(typeParsers.getTypeParser(types.builtins.TIMESTAMPTZ, 'text')).toBe(parseTimestamptz);
    expect(typeParsers.getTypeParser(types.builtins.INT8, 'text')).toBe(
      types.getTypeParser(types.builtins.INT8, 'text'),
    );

    const [row] = (await app.db.dataSource.query(
      `SELECT '2026-11-30 12:34:56.789999+00'::timestamptz AS utc,
              '2026-11-30 12:34:56.5+05:30'::timestamptz AS offset,
              'infinity'::timestamptz AS later,
              now() AS now,
              '2026-11-30'::date AS day,
              42::bigint AS big`,
    )) as Array<Record<string, unknown>>;
    expect(row).toMatchObject({ big: '42' });
    expect((row!.utc as Date).toISOString()).toBe('2026-11-30T12:34:56.789Z');
    expect((row!.offset as Date).toISOString()).toBe('2026-11-30T07:04:56.500Z');
    expect(row!.later).toBe(Infinity);
    expect(Math.abs(Date.now() - (row!.now as Date).getTime())).toBeLessThan(60_000);
    expect(row!.day).toEqual(parseDefault('2026-11-30'));
  });
});
