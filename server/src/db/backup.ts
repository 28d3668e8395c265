import fs from 'node:fs';
import readline from 'node:readline';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createDataSource } from './data-source';
import { migrations } from './migrations';

/**
 * A logical backup of the portal's data as a plain PostgreSQL SQL file (see
 * docs/decisions/0009-backups.md). The schema is not in the file: it is the one the committed
 * migrations create, and the header names them. Restore runs those migrations on an empty
 * database, loads the rows table by table in foreign-key order (one statement per line, the rows
 * as JSON that PostgreSQL itself turns back into typed values), sets the sequences, then runs
 * any migration added since. Every table of the public schema is included except TypeORM's own
 * bookkeeping; pg-boss's queue (schema pgboss) is not: schedules are written again at start.
 */

export const BACKUP_FORMAT = 'portal-backup 1';
/** Rows per INSERT statement (one line of the file). */
const ROWS_PER_STATEMENT = 500;
/**
 * Never copied: written by the migrations themselves, or kept by PostgreSQL from other tables
 * (ticket_search: its triggers write it again as the requests are loaded).
 */
const NOT_COPIED = ['typeorm_migrations', 'typeorm_metadata', 'ticket_search'];

export interface BackupHeader {
  migrations: string[];
  takenAt: string;
}

export interface BackupSummary {
  tables: number;
  rows: number;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

interface Table {
  name: string;
  columns: string[];
  identityAlways: boolean;
}

/** Every data table of the public schema, parents before the tables that reference them. */
async function tablesInLoadOrder(client: Client): Promise<Table[]> {
  const tables = await client.query<{ name: string; columns: string[]; identity: boolean }>(
    `SELECT c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns,
            bool_or(a.attidentity = 'a') AS identity
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                          AND a.attgenerated = ''
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> ALL($1)
      GROUP BY c.relname ORDER BY c.relname`,
    [NOT_COPIED],
  );
  const edges = await client.query<{ child: string; parent: string }>(
    `SELECT ch.relname AS child, pa.relname AS parent
       FROM pg_constraint k
       JOIN pg_class ch ON ch.oid = k.conrelid
       JOIN pg_class pa ON pa.oid = k.confrelid
      WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace AND ch.oid <> pa.oid`,
  );
  const parents = new Map<string, Set<string>>(tables.rows.map((t) => [t.name, new Set()]));
  for (const e of edges.rows) parents.get(e.child)?.add(e.parent);
  const ordered: Table[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.rows.length) {
    const ready = tables.rows.filter(
      (t) => !placed.has(t.name) && [...parents.get(t.name)!].every((p) => placed.has(p)),
    );
    if (!ready.length) throw new Error('The foreign keys between tables form a cycle.');
    for (const t of ready) {
      placed.add(t.name);
      ordered.push({ name: t.name, columns: t.columns, identityAlways: t.identity });
    }
  }
  return ordered;
}

/** A dollar-quote tag that does not occur in the text. */
function dollarQuote(text: string): string {
  let tag = '$rows$';
  while (text.includes(tag)) tag = `$rows_${randomBytes(4).toString('hex')}$`;
  return `${tag}${text}${tag}`;
}

function insertStatement(table: Table, rowsJson: string): string {
  const cols = table.columns.map(ident).join(', ');
  const overriding = table.identityAlways ? ' OVERRIDING SYSTEM VALUE' : '';
  return `INSERT INTO public.${ident(table.name)} (${cols})${overriding} SELECT ${cols} FROM json_populate_recordset(NULL::public.${ident(table.name)}, ${dollarQuote(rowsJson)});`;
}

function headerLines(migrations: string[]): string[] {
  return [
    `-- ${BACKUP_FORMAT}: B2B Customer Portal data as PostgreSQL SQL (docs/operations.md, Backups).`,
    `-- taken: ${new Date().toISOString()}`,
    `-- migrations: ${migrations.join(',')}`,
    '-- The schema is the one these migrations create. Restore with `npm run admin -- restore <file>`,',
    '-- or into an empty PostgreSQL migrated to exactly these migrations with `psql -1 -f <file>`.',
    "SET client_encoding = 'UTF8';",
    'SET standard_conforming_strings = on;',
  ];
}

/**
 * Writes every row of the database at `url` to `file`, read in one REPEATABLE READ snapshot so
 * the tables agree with each other. `migrations`: the names of the applied migrations.
 */
export async function writeBackup(url: string, file: string): Promise<BackupSummary> {
  const client = new Client({ connectionString: url, application_name: 'b2b-portal-backup' });
  await client.connect();
  const partial = `${file}.partial`;
  const out = fs.createWriteStream(partial, { mode: 0o600 });
  const write = (line: string) =>
    new Promise<void>((resolve, reject) =>
      out.write(`${line}\n`, (err) => (err ? reject(err) : resolve())),
    );
  let rows = 0;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const applied = await client.query<{ name: string }>(
      'SELECT name FROM typeorm_migrations ORDER BY id',
    );
    for (const line of headerLines(applied.rows.map((r) => r.name))) await write(line);
    const tables = await tablesInLoadOrder(client);
    for (const table of tables) {
      await write(`-- table ${table.name}`);
      const select = table.columns.map(ident).join(', ');
      await client.query(
        `DECLARE rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS r FROM (SELECT ${select} FROM public.${ident(table.name)}) t`,
      );
      for (;;) {
        const batch = await client.query<{ r: string }>(`FETCH ${ROWS_PER_STATEMENT} FROM rows`);
        if (!batch.rows.length) break;
        rows += batch.rows.length;
        await write(insertStatement(table, `[${batch.rows.map((b) => b.r).join(',')}]`));
      }
      await client.query('CLOSE rows');
    }
    const sequences = await client.query<{ name: string; value: string }>(
      `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences
        WHERE schemaname = 'public' AND last_value IS NOT NULL ORDER BY sequencename`,
    );
    for (const s of sequences.rows)
      await write(`SELECT setval('public.${ident(s.name)}', ${BigInt(s.value)}, true);`);
    await write('-- end of backup');
    await client.query('COMMIT');
    await new Promise<void>((resolve, reject) =>
      out.end((err?: Error) => (err ? reject(err) : resolve())),
    );
    fs.renameSync(partial, file);
    return { tables: tables.length, rows };
  } catch (err) {
    out.destroy();
    fs.rmSync(partial, { force: true });
    throw err;
  } finally {
    await client.end();
  }
}

/** The header of a backup file; throws when the file is not one. */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8') });
  const head: string[] = [];
  for await (const line of lines) {
    head.push(line);
    if (head.length === 3) break;
  }
  lines.close();
  if (!head[0]?.startsWith(`-- ${BACKUP_FORMAT}:`)) {
    throw new Error(
      `${file} is not a portal backup (its first line should start "-- ${BACKUP_FORMAT}:").`,
    );
  }
  const takenAt = /^-- taken: (.+)$/.exec(head[1] ?? '')?.[1] ?? '';
  const listed = /^-- migrations: (.*)$/.exec(head[2] ?? '')?.[1];
  if (listed === undefined) throw new Error(`${file}: the migrations line is missing.`);
  return { takenAt, migrations: listed ? listed.split(',') : [] };
}

/** True when the public schema of the database has no table yet. */
export async function isEmptyDatabase(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`,
    );
    return rows[0]!.n === 0;
  } finally {
    await client.end();
  }
}

/**
 * Loads the rows of a backup into the database at `url`, whose schema the backup's migrations
 * have just created: every statement in one transaction, so a failed restore leaves no rows.
 */
export async function loadBackup(url: string, file: string): Promise<{ statements: number }> {
  const client = new Client({ connectionString: url, application_name: 'b2b-portal-restore' });
  await client.connect();
  let statements = 0;
  let complete = false;
  try {
    await client.query('BEGIN');
    const lines = readline.createInterface({
      input: fs.createReadStream(file, 'utf8'),
      crlfDelay: Infinity,
    });
    for await (const line of lines) {
      if (line === '-- end of backup') complete = true;
      if (!line.trim() || line.startsWith('--')) continue;
      await client.query(line);
      statements++;
    }
    if (!complete) throw new Error(`${file} ends early: the backup is incomplete.`);
    await client.query('COMMIT');
    return { statements };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}

/**
 * Restores a backup into the empty database at `url`: the migrations the backup was taken at,
 * its rows, then the migrations added since. `exclusively` holds the set-up lock meanwhile.
 */
export async function restoreBackup(
  url: string,
  file: string,
  exclusively: <T>(fn: () => Promise<T>) => Promise<T>,
): Promise<{ statements: number; migrationsAfter: string[] }> {
  const header = await readBackupHeader(file);
  const known = migrations.map((m) => m.name);
  const prefix = known.slice(0, header.migrations.length);
  if (prefix.join(',') !== header.migrations.join(',')) {
    throw new Error(
      `${file} was taken with other migrations than this version has (${header.migrations.at(-1) ?? 'none'}): restore it with the version that made it.`,
    );
  }
  return exclusively(async () => {
    if (!(await isEmptyDatabase(url))) {
      throw new Error(
        'The database is not empty: restore into a fresh DATA_DIR or an empty database.',
      );
    }
    const run = async (list: typeof migrations) => {
      const ds = createDataSource(url, { poolSize: 1, migrations: list });
      await ds.initialize();
      try {
        return (await ds.runMigrations({ transaction: 'each' })).map((m) => m.name);
      } finally {
        await ds.destroy();
      }
    };
    await run(migrations.slice(0, header.migrations.length));
    const { statements } = await loadBackup(url, file);
    const migrationsAfter = await run(migrations);
    return { statements, migrationsAfter };
  });
}
