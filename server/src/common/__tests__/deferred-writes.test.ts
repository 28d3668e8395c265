import { combined } from '../deferred-writes';

describe('combined deferred writes', () => {
  it('sends nothing for no writes and a single write as it is', () => {
    expect(combined([])).toBeNull();
    const one = { sql: 'INSERT INTO a (x) VALUES ($1)', params: [1] };
    expect(combined([one])).toBe(one);
  });

  it('makes one statement: writes as CTEs, side-effect SELECTs counted, parameters renumbered', () => {
    const statement = combined([
      { sql: 'INSERT INTO a (x, y) VALUES ($1, $2)', params: [1, 2] },
      { sql: 'SELECT pg_notify($1, e) FROM unnest($2::text[]) AS e', params: ['c', ['e']] },
      { sql: 'UPDATE b SET z = $1 WHERE id = $2', params: [3, 'id'] },
    ]);
    expect(statement).toEqual({
      sql:
        'WITH w0 AS (INSERT INTO a (x, y) VALUES ($1, $2)),\n' +
        'w1 AS (UPDATE b SET z = $5 WHERE id = $6)\n' +
        'SELECT (SELECT count(*) FROM (SELECT pg_notify($3, e) FROM unnest($4::text[]) AS e) r0)',
      params: [1, 2, 'c', ['e'], 3, 'id'],
    });
  });
});
