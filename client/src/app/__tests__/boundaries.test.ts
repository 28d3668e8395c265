import { execFileSync } from 'node:child_process';
import path from 'node:path';

// The layer rule of eslint.config.mjs, run on imports that break it (and ones that do not).
// ESLint runs in a Node process of its own: jsdom lacks what it needs (structuredClone …).
const root = path.resolve(__dirname, '../../../..');

interface Case {
  file: string;
  code: string;
}

const LINT = `
const { ESLint } = require('eslint');
const cases = JSON.parse(process.argv[1]);
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const c of cases) {
    const [result] = await eslint.lintText(c.code + '\\nexport const used = x;\\n', { filePath: c.file });
    out.push(result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

/** The no-restricted-imports messages of each case, in order. */
function lint(cases: Case[]): string[][] {
  const arg = JSON.stringify(cases.map((c) => ({ ...c, file: path.join(root, c.file) })));
  const out = execFileSync(process.execPath, ['-e', LINT, arg], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out) as string[][];
}

const ownFiles = [
  "import { x } from '../format';",
  "import { y } from './staff/StaffRequestsPage';",
  "import { z } from '../../../ui/Loading';",
  "import { w } from '../../../lib/session';",
  "import { v } from '../../../gql/graphql';",
  "import { u } from '../../../../../shared/src/tickets';",
  'export const all = [y, z, w, v, u];',
].join('\n');

describe('client layer boundaries (eslint.config.mjs)', () => {
  const results = lint([
    {
      file: 'client/src/features/shop/Fake.tsx',
      code: "import { x } from '../returns/components';",
    },
    {
      file: 'client/src/features/requests/staff/Fake.tsx',
      code: "import { x } from '../../returns/rmaView';",
    },
    {
      file: 'client/src/features/requests/staff/Fake.tsx',
      code: "import { x } from '../../../app/session';",
    },
    { file: 'client/src/ui/Fake.tsx', code: "import { x } from '../features/shop/format';" },
    { file: 'client/src/lib/Fake.ts', code: "import { x } from '../app/i18n';" },
    { file: 'client/src/features/requests/staff/Fake.tsx', code: ownFiles },
    {
      file: 'client/src/app/Fake.tsx',
      code: "import { x } from '../features/shop/CataloguePage';",
    },
  ]);

  it('refuses a feature importing another feature', () => {
    expect(results[0]).toEqual([expect.stringContaining('imports no other feature')]);
    expect(results[1]).toEqual([expect.stringContaining('imports no other feature')]);
  });

  it('refuses a feature importing app/', () => {
    expect(results[2]).toEqual([expect.stringContaining('does not import app/')]);
  });

  it('refuses ui/ and lib/ importing a feature or app/', () => {
    expect(results[3]).toEqual([expect.stringContaining('import no feature and not app/')]);
    expect(results[4]).toEqual([expect.stringContaining('import no feature and not app/')]);
  });

  it('lets a feature use its own files, ui/, lib/, gql/ and shared/', () => {
    expect(results[5]).toEqual([]);
  });

  it('lets app/ import features (for routes)', () => {
    expect(results[6]).toEqual([]);
  });
});
