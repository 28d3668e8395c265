// `npm run admin -- <command>`: the operator commands (see `npm run admin -- --help`).
import { spawnSync } from 'node:child_process';
import { cliEntry } from './build-state.mjs';
import { ensureBuilt } from './ensure-built.mjs';

ensureBuilt(['server']);
const result = spawnSync(
  process.execPath,
  ['--enable-source-maps', cliEntry, ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
