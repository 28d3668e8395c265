import type { EntityManager, QueryRunner } from 'typeorm';

/**
 * Writes whose result the rest of the transaction never reads (audit events, history
 * entries, outbox e-mails, live notifications, clock updates), sent together as the
 * transaction's last statement before COMMIT: one round trip for all of them.
 *
 * Only a transaction opened with `withDeferredWrites` (every `ctx.transaction`) holds them;
 * anywhere else (the CLI, a job's own transaction, a test's) `deferWrite` runs the statement
 * at once, as before. Each deferred statement must not depend on another one of the same
 * batch (they run in one statement, on one snapshot) and nothing in the transaction may read
 * what it writes before the end.
 */
interface Deferred {
  sql: string;
  params: unknown[];
}

const batches = new WeakMap<QueryRunner, Deferred[]>();

/** INSERT, UPDATE or DELETE (no RETURNING), or a SELECT run for its side effect (pg_notify). */
export async function deferWrite(tx: EntityManager, sql: string, params: unknown[]): Promise<void> {
  const batch = tx.queryRunner && batches.get(tx.queryRunner);
  if (batch) batch.push({ sql, params });
  else await tx.query(sql, params);
}

/** Runs fn with deferred writes held, then sends them in one statement (none when empty). */
export async function withDeferredWrites<T>(
  tx: EntityManager,
  fn: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  const runner = tx.queryRunner;
  if (!runner) return fn(tx);
  const batch: Deferred[] = [];
  batches.set(runner, batch);
  try {
    const result = await fn(tx);
    const statement = combined(batch.splice(0));
    if (statement) await tx.query(statement.sql, statement.params);
    return result;
  } finally {
    batches.delete(runner);
  }
}

/** `$n` of one statement, shifted by the parameters of the statements before it. */
function renumbered(sql: string, offset: number): string {
  return offset ? sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`) : sql;
}

/**
 * One statement for many: each write a data-modifying CTE (PostgreSQL runs every one of them,
 * referenced or not), each side-effect SELECT counted in the final SELECT (so it runs too).
 */
export function combined(batch: readonly Deferred[]): Deferred | null {
  if (!batch.length) return null;
  if (batch.length === 1) return batch[0]!;
  const params: unknown[] = [];
  const writes: string[] = [];
  const reads: string[] = [];
  for (const d of batch) {
    const sql = renumbered(d.sql.trim(), params.length);
    params.push(...d.params);
    if (/^select\b/i.test(sql)) reads.push(`(SELECT count(*) FROM (${sql}) r${reads.length})`);
    else writes.push(`w${writes.length} AS (${sql})`);
  }
  const head = writes.length ? `WITH ${writes.join(',\n')}\n` : '';
  return { sql: `${head}SELECT ${reads.length ? reads.join(' + ') : '1'}`, params };
}

/** `deferWrite` for a TypeORM INSERT, UPDATE or DELETE query builder (its mapping of columns). */
export function deferQuery(
  tx: EntityManager,
  qb: { getQueryAndParameters(): [string, unknown[]] },
): Promise<void> {
  const [sql, params] = qb.getQueryAndParameters();
  return deferWrite(tx, sql, params);
}
