// `npm run dev`: the API server rebuilt and restarted on change (:4000) and the Vite dev
// server for the SPA with hot reload (:5173, proxying /graphql to :4000).
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { serverEntry } from './build-state.mjs';

const root = path.resolve(import.meta.dirname, '..');
const bin = (/** @type {string} */ name) => path.join(root, 'node_modules/.bin', name);

const first = spawnSync('npm', ['run', 'build:server', '--silent'], {
  cwd: root,
  stdio: 'inherit',
});
if (first.status !== 0) process.exit(first.status ?? 1);

const children = [
  spawn(bin('tsc'), ['-p', 'server/tsconfig.build.json', '--watch', '--preserveWatchOutput'], {
    cwd: root,
    stdio: 'inherit',
  }),
  spawn(process.execPath, ['--watch', '--enable-source-maps', serverEntry], {
    cwd: root,
    stdio: 'inherit',
  }),
  spawn(bin('vite'), ['--config', 'client/vite.config.mts'], { cwd: root, stdio: 'inherit' }),
];
console.log(
  '\n  SPA with hot reload: http://localhost:5173   API: http://localhost:4000/graphql\n',
);

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', () => stop());
