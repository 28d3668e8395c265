// Builds what is missing or older than its sources, so `npm start` and `npm run admin`
// always run the code in the working tree.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { staleParts } from './build-state.mjs';

const root = path.resolve(import.meta.dirname, '..');

/** @param {string[]} [only] build only these parts (server, client) */
export function ensureBuilt(only) {
  for (const part of staleParts().filter((p) => !only || only.includes(p))) {
    console.log(`Building the ${part} (sources changed since the last build)…`);
    // The production build whatever the caller runs under (jest sets NODE_ENV=test, which
    // would give Vite a development build: other library code than `npm start` serves).
    const result = spawnSync('npm', ['run', `build:${part}`, '--silent'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}
