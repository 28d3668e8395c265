// `npm start`: builds what is stale, then serves the whole product (API, explorer, SPA).
import { spawn } from 'node:child_process';
import { serverEntry } from './build-state.mjs';
import { ensureBuilt } from './ensure-built.mjs';

ensureBuilt();
const child = spawn(process.execPath, ['--enable-source-maps', serverEntry], { stdio: 'inherit' });
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
