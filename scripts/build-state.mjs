// Whether the built output (dist/) is older than the sources it is built from.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** @param {string} dir @returns {number} the newest mtime below dir (0 if none) */
function newest(dir) {
  let max = 0;
  if (!fs.existsSync(dir)) return 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    const t = entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs;
    if (t > max) max = t;
  }
  return max;
}

/** @param {string} file */
function mtime(file) {
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
}

export const serverEntry = path.join(root, 'dist/node/server/src/main.js');
export const cliEntry = path.join(root, 'dist/node/server/src/cli.js');

export function staleParts() {
  const shared = newest(path.join(root, 'shared/src'));
  const parts = [];
  const serverBuilt = Math.min(mtime(serverEntry), mtime(cliEntry));
  if (!serverBuilt || Math.max(newest(path.join(root, 'server/src')), shared) > serverBuilt)
    parts.push('server');
  const clientBuilt = mtime(path.join(root, 'dist/client/index.html'));
  // The build's own files beside src/ count too: vite.config.mts, its plugins, the HTML pages.
  const clientDir = path.join(root, 'client');
  const buildFiles = fs
    .readdirSync(clientDir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => mtime(path.join(clientDir, entry.name)));
  const clientSources = Math.max(newest(path.join(clientDir, 'src')), shared, ...buildFiles);
  if (!clientBuilt || clientSources > clientBuilt) parts.push('client');
  return parts;
}
