import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from './harness';
import {
  buildServer,
  killAllServers,
  entry,
  startServer as start,
  waitFor,
} from './server-process';

/**
 * The server as an operator runs it: the built entry point, the embedded database on disk,
 * signals. Always the embedded database: that is what `npm start` gives a newcomer.
 */
beforeAll(buildServer, 120_000);
afterAll(killAllServers);

async function withDb<T>(dataDir: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const url = fs.readFileSync(path.join(dataDir, 'embedded-db.url'), 'utf8').trim();
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

describe('the server process', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-process-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('starts on an empty DATA_DIR, keeps every row through kill -9, and exits 0 on SIGTERM', async () => {
    const port = String(await freePort());
    const first = await start({
      PORT: port,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      HEAP_GROWTH_PERCENT: '80',
    });
    // Ready at all is what counts (start() fails after 90 s): a cold start has taken 38 s on a
    // loaded two-core CI machine, so a tighter figure here would measure the machine.
    expect(first.output()).toContain(`http://localhost:${port}`);
    // The process takes its memory policy from the environment (decision 0015). The JSON log
    // line and the banner reach stdout through different writers, in either order.
    await waitFor(
      () => first.output().includes('"msg":"ready"'),
      5_000,
      () => `no "ready" log line in: ${first.output()}`,
    );
    expect(first.output()).toContain('"heapGrowthPercent":80');
    const health = await fetch(`http://localhost:${port}/healthz`);
    expect(health.status).toBe(200);

    await withDb(dataDir, async (c) => {
      for (let i = 0; i < 3; i++) {
        await c.query(
          `INSERT INTO audit_event ("actorType", action, "subjectType", "subjectId") VALUES ('SYSTEM', 'test.kill', 'test', $1)`,
          [String(i)],
        );
      }
    });
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');

    const second = await start({ PORT: port, DATA_DIR: dataDir });
    const rows = await withDb(dataDir, (c) =>
      c.query(
        `SELECT "subjectId" FROM audit_event WHERE action = 'test.kill' ORDER BY "subjectId"`,
      ),
    );
    expect(rows.rows.map((r: { subjectId: string }) => r.subjectId)).toEqual(['0', '1', '2']);

    const began = Date.now();
    second.child.kill('SIGTERM');
    const { code } = await second.exited;
    expect(code).toBe(0);
    expect(Date.now() - began).toBeLessThan(10_000);
    expect(fs.existsSync(path.join(dataDir, 'embedded-db.url'))).toBe(false);
  }, 240_000);

  it('refuses to start on a wrong setting, naming the variable', async () => {
    const result = spawnSync(process.execPath, [entry], {
      env: { ...process.env, PORT: 'eighty', DATA_DIR: dataDir },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Configuration error: PORT must be a port number');
  });
});
