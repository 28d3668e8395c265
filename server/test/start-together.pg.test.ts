import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createIsolatedDatabase, freePort } from './harness';
import { requireRealPostgres } from './real-postgres';
import {
  buildServer,
  killAllServers,
  startServer,
  stopServer,
  type Started,
} from './server-process';

/**
 * Several processes started at once on one empty database: migrations, pg-boss's schema and
 * the built-in catalog are set up by one of them at a time (an advisory lock), so every
 * process becomes ready and the set-up is written once.
 */
requireRealPostgres();
beforeAll(buildServer, 120_000);
afterAll(killAllServers);

const PROCESSES = 4;

async function count(url: string, table: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;
  } finally {
    await client.end();
  }
}

describe('starting together', () => {
  it(`${PROCESSES} server processes started at once on one empty database all become ready`, async () => {
    const db = await createIsolatedDatabase();
    const dataDirs: string[] = [];
    const started: Array<PromiseSettledResult<Started>> = [];
    try {
      const envs = await Promise.all(
        Array.from({ length: PROCESSES }, async () => {
          const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-together-'));
          dataDirs.push(dataDir);
          const port = String(await freePort());
          return { DATABASE_URL: db.url, PORT: port, DATA_DIR: dataDir, SEED_DEMO: '0' };
        }),
      );
      const began = Date.now();
      started.push(...(await Promise.allSettled(envs.map((env) => startServer(env)))));
      const failed = started.flatMap((s) => (s.status === 'rejected' ? [String(s.reason)] : []));
      expect(failed).toEqual([]);
      console.log(`${PROCESSES} processes ready together in ${Date.now() - began} ms`);

      for (const env of envs) {
        const health = await fetch(`http://localhost:${env.PORT}/healthz`);
        expect(health.status).toBe(200);
      }
      expect(await count(db.url, 'typeorm_migrations')).toBeGreaterThan(0);
      expect(await count(db.url, 'portal')).toBe(2); // the catalog, written once
    } finally {
      for (const s of started) if (s.status === 'fulfilled') await stopServer(s.value, 'SIGTERM');
      await db.drop();
      for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
