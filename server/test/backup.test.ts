import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedDatabase } from '../src/db/embedded';
import { newEmail, newNip, PASSWORD, REGISTER } from './accounts-helpers';
import { freePort } from './harness';
import { buildServer, killAllServers, root, startServer, stopServer } from './server-process';

/**
 * `npm run admin -- backup <file>` and `restore <file>` on the embedded database: a portal with
 * demo data and a new customer is backed up, restored into a fresh DATA_DIR, and every row of
 * every table is found there, byte for byte.
 */
beforeAll(buildServer, 120_000);
afterAll(killAllServers);

const cliEntry = path.join(root, 'dist/node/server/src/cli.js');

function admin(dataDir: string, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'development' };
  delete env.DATABASE_URL; // the embedded database, whatever the test run uses
  const result = spawnSync(process.execPath, [cliEntry, ...args], {
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Per table of the public schema: its row count and a digest of every row's text. */
async function snapshot(dataDir: string): Promise<Record<string, string>> {
  const db = await startEmbeddedDatabase({ dataPath: path.join(dataDir, 'pg') });
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      `SELECT relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY relname`,
    );
    const result: Record<string, string> = {};
    for (const { name } of tables.rows) {
      const { rows } = await client.query<{ n: number; digest: string }>(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest
           FROM "${name}" t`,
      );
      result[name] = `${rows[0]!.n} rows, ${rows[0]!.digest}`;
    }
    return result;
  } finally {
    await client.end();
    await db.stop();
  }
}

describe('backup and restore of the embedded database', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-backup-'));
  const original = path.join(work, 'original');
  const fresh = path.join(work, 'fresh');
  const file = path.join(work, 'portal.sql');
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('restores every row of every table into a fresh DATA_DIR', async () => {
    const port = String(await freePort());
    const server = await startServer(
      { PORT: port, DATA_DIR: original, SEED_DEMO: '1' },
      { readyWithinMs: 90_000 },
    );
    const input = {
      taxId: newNip(),
      country: 'PL',
      companyName: 'Kopia Zapasowa Sp. z o.o. — "quotes", \\ and émojis 🎉',
      email: newEmail('backup'),
      password: PASSWORD,
      name: "Ołeksandr O'Backup\nsecond line",
      acceptResaleTerms: true,
    };
    const res = await fetch(`http://localhost:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: REGISTER, variables: { input } }),
    });
    expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
    // While the app runs, the command reaches its database through the published URL.
    const live = admin(original, 'backup', path.join(work, 'live.sql'));
    expect(live).toMatchObject({ status: 0, output: expect.stringMatching(/^Backed up \d+ rows/) });
    expect(admin(original, 'restore', file)).toMatchObject({
      status: 1,
      output: expect.stringContaining('stop it first'),
    });
    expect((await stopServer(server, 'SIGTERM')).code).toBe(0);

    const backup = admin(original, 'backup', file);
    expect(backup.status).toBe(0);
    const before = await snapshot(original);
    expect(Object.keys(before).length).toBeGreaterThan(15);
    expect(before.company).toMatch(/^[1-9]\d* rows/);
    expect(before.product).toMatch(/^[1-9]\d* rows/);
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^-- portal-backup 1: /);

    const restore = admin(fresh, 'restore', file);
    expect(restore).toMatchObject({ status: 0, output: expect.stringContaining('Restored') });
    expect(await snapshot(fresh)).toEqual(before);

    // Only into an empty database.
    const again = admin(fresh, 'restore', file);
    expect(again.status).toBe(1);
    expect(again.output).toContain('The database is not empty');
  }, 420_000);

  it('refuses a file that is not a backup, and a missing argument', async () => {
    const junk = path.join(work, 'junk.sql');
    fs.writeFileSync(junk, 'DROP TABLE company;\n');
    const empty = path.join(work, 'empty');
    expect(admin(empty, 'restore', junk)).toMatchObject({
      status: 1,
      output: expect.stringContaining('is not a portal backup'),
    });
    expect(admin(empty, 'backup')).toMatchObject({
      status: 1,
      output: expect.stringContaining('Expected <file>'),
    });
  }, 120_000);
});
