import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

/**
 * The server as an operator runs it: the built entry point, the embedded database on disk,
 * signals. Always the embedded database: that is what `npm start` gives a newcomer.
 */
const root = path.resolve(__dirname, '../..');
const entry = path.join(root, 'dist/node/server/src/main.js');

beforeAll(() => {
  const build = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "(await import('./scripts/ensure-built.mjs')).ensureBuilt(['server'])",
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (build.status !== 0)
    throw new Error(`building the server failed:\n${build.stdout}${build.stderr}`);
}, 120_000);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readyMs: number;
}

async function start(env: Record<string, string>): Promise<Started> {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    ...env,
  };
  delete childEnv.DATABASE_URL;
  const began = Date.now();
  const child = spawn(process.execPath, [entry], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (out.includes('is ready:')) {
        clearInterval(timer);
        resolve();
      } else if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`server exited early:\n${out}`));
      }
    }, 50);
  });
  return { child, output: () => out, exited, readyMs: Date.now() - began };
}

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
    const first = await start({ PORT: port, DATA_DIR: dataDir });
    expect(first.readyMs).toBeLessThan(20_000);
    expect(first.output()).toContain(`http://localhost:${port}`);
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
  }, 90_000);

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
