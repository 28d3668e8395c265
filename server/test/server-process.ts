import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/**
 * The server as an operator runs it: the built entry point as a child process, with signals.
 * Used by the process tests (embedded database) and the crash tests on PostgreSQL.
 */
export const root = path.resolve(__dirname, '../..');
export const entry = path.join(root, 'dist/node/server/src/main.js');

/** Builds the server when its sources changed since the last build (call in beforeAll). */
export function buildServer(): void {
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
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Every child started here and not yet exited, so a failed test can leave none behind. */
const alive = new Set<ChildProcess>();

/** Kills (SIGKILL) every server still running; for afterAll. */
export async function killAllServers(): Promise<void> {
  await Promise.all(
    [...alive].map(
      (child) =>
        new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          if (!child.kill('SIGKILL')) resolve();
        }),
    ),
  );
}

export interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<Exit>;
  readyMs: number;
}

/**
 * Starts the built server and waits for "is ready:". Without DATABASE_URL in `env` it runs on
 * the embedded database (the variable of the test run is not passed on).
 */
export async function startServer(
  env: Record<string, string>,
  options: { readyWithinMs?: number } = {},
): Promise<Started> {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    ...env,
  };
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  const began = Date.now();
  const child = spawn(process.execPath, [entry], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  alive.add(child);
  child.once('exit', () => alive.delete(child));
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<Exit>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const readyWithinMs = options.readyWithinMs ?? 90_000;
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (out.includes('is ready:')) {
        clearInterval(timer);
        resolve();
      } else if (child.exitCode !== null || child.signalCode !== null) {
        clearInterval(timer);
        reject(new Error(`server exited early:\n${out}`));
      } else if (Date.now() - began > readyWithinMs) {
        clearInterval(timer);
        child.kill('SIGKILL');
        reject(new Error(`server not ready after ${readyWithinMs} ms:\n${out}`));
      }
    }, 50);
  });
  return { child, output: () => out, exited, readyMs: Date.now() - began };
}

/** Sends a signal and waits for the exit, killing the process if it outlives `withinMs`. */
export async function stopServer(
  server: Started,
  signal: NodeJS.Signals,
  withinMs = 15_000,
): Promise<Exit> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return server.exited;
  server.child.kill(signal);
  const timer = setTimeout(() => server.child.kill('SIGKILL'), withinMs);
  try {
    return await server.exited;
  } finally {
    clearTimeout(timer);
  }
}

/** Polls until check() holds, or fails with what() after withinMs. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  withinMs: number,
  what: () => string,
): Promise<void> {
  const until = Date.now() + withinMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`gave up after ${withinMs} ms: ${what()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
