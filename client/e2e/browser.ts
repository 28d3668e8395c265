import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, driven by playwright-core. Without a browser the suite is skipped with
 * a printed reason, except under CI=true, where a missing browser fails the run: CI must
 * never pass by skipping a suite.
 */
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const chromiumPath = CANDIDATES.find((p): p is string => !!p && fs.existsSync(p)) ?? null;
const inCi = /^(1|true)$/i.test(process.env.CI ?? '');

export function describeInBrowser(name: string, fn: () => void): void {
  if (!chromiumPath && !inCi) {
    console.warn(
      `Skipping browser tests "${name}": no Chromium found (tried /usr/bin/chromium; set CHROMIUM_PATH). ` +
        'Install it with `apt-get install -y chromium`. Under CI=true this fails instead.',
    );
    describe.skip(name, fn);
    return;
  }
  describe(name, fn);
}

export async function launchBrowser(): Promise<Browser> {
  if (!chromiumPath) {
    throw new Error(
      'CI=true and no Chromium at /usr/bin/chromium: the browser tests must run in CI.',
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const root = path.resolve(__dirname, '../..');
export const clientDist = path.join(root, 'dist/client');

/** Builds the SPA when it is missing or older than its sources (as `npm start` does). */
export function ensureClientBuilt(): void {
  const result = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "(await import('./scripts/ensure-built.mjs')).ensureBuilt(['client'])",
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (result.status !== 0)
    throw new Error(`building the SPA failed:\n${result.stdout}${result.stderr}`);
}
