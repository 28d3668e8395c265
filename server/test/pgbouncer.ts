import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from './harness';

/** Debian's package (`apt-get install pgbouncer`); .ci/run installs it. */
export const PGBOUNCER = '/usr/sbin/pgbouncer';

export interface PgBouncer {
  /** `postgresUrl` with host and port of the pooler instead: same user, same database. */
  urlFor(postgresUrl: string): string;
  output(): string;
  /** The pooler's clients now (its admin console's SHOW CLIENTS), by database. */
  clients(): Promise<Array<{ database: string; user: string }>>;
  stop(): Promise<void>;
}

/**
 * Starts PgBouncer in transaction pooling mode on a free port, in front of the PostgreSQL of
 * `postgresUrl` (any database on it, by name), the way large installations run it: a server
 * connection is a client's only for one transaction, so nothing may rely on session state.
 */
export async function startPgBouncer(postgresUrl: string): Promise<PgBouncer> {
  if (!fs.existsSync(PGBOUNCER)) {
    throw new Error(`${PGBOUNCER} is missing: apt-get install pgbouncer (see .ci/run)`);
  }
  const target = new URL(postgresUrl);
  const user = decodeURIComponent(target.username || 'postgres');
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-pgbouncer-'));
  fs.chmodSync(dir, 0o755); // PgBouncer refuses to run as root: it drops to "nobody" below
  fs.writeFileSync(path.join(dir, 'userlist.txt'), `"${user}" ""\n`, { mode: 0o644 });
  const ini = path.join(dir, 'pgbouncer.ini');
  fs.writeFileSync(
    ini,
    [
      '[databases]',
      `* = host=${target.hostname} port=${target.port || 5432}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = trust',
      `admin_users = ${user}`,
      `auth_file = ${path.join(dir, 'userlist.txt')}`,
      'pool_mode = transaction',
      'max_client_conn = 500',
      'default_pool_size = 20',
      // Sent by node-postgres and pg-boss at connect; not pooled session state.
      'ignore_startup_parameters = extra_float_digits,options',
      '',
    ].join('\n'),
    { mode: 0o644 },
  );
  const args = process.getuid?.() === 0 ? ['-u', 'nobody', ini] : [ini];
  const child: ChildProcess = spawn(PGBOUNCER, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitForPort(port, child, () => out);
  return {
    urlFor(postgresUrl) {
      const url = new URL(postgresUrl);
      url.hostname = '127.0.0.1';
      url.port = String(port);
      return url.toString();
    },
    output: () => out,
    async clients() {
      const console = new Client({
        connectionString: `postgres://${encodeURIComponent(user)}@127.0.0.1:${port}/pgbouncer`,
      });
      await console.connect();
      try {
        return (await console.query('SHOW CLIENTS')).rows as Array<{
          database: string;
          user: string;
        }>;
      } finally {
        await console.end();
      }
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGINT'); // PgBouncer's immediate shutdown
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForPort(port: number, child: ChildProcess, output: () => string) {
  const until = Date.now() + 10_000;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port }, () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    if (child.exitCode !== null || Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`PgBouncer did not start:\n${output()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
