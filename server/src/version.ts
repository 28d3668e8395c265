import fs from 'node:fs';
import path from 'node:path';

function readPackage(): { name: string; version: string } {
  // server/src (tests) or dist/node/server/src (built): walk up to the root package.json.
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'b2b-customer-portal')
        return { name: pkg.name, version: pkg.version ?? '0.0.0' };
    }
    dir = path.dirname(dir);
  }
  return { name: 'b2b-customer-portal', version: '0.0.0' };
}

const pkg = readPackage();
export const APP_NAME = 'B2B Customer Portal';
export const APP_VERSION = pkg.version;
