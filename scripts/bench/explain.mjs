// EXPLAIN (ANALYZE, BUFFERS) of the hot queries, with the SQL and parameters the product
// sent (captured by the statement counter while one request ran).

/**
 * @param {import('pg').Pool} pool @param {string} sql @param {unknown[]} params
 * @returns {Promise<string>}
 */
export async function explain(pool, sql, params) {
  const { rows } = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
  return rows.map((r) => r['QUERY PLAN']).join('\n');
}
