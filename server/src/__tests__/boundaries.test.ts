import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The layer rules hold by themselves: `npm run lint` refuses an import cycle and an import
 * across a boundary. ESLint runs as `npm run lint` runs it, on code given as a file of the tree.
 */
const root = path.resolve(__dirname, '../../..');
const eslintBin = path.join(root, 'node_modules/eslint/bin/eslint.js');

interface LintMessage {
  ruleId: string | null;
  message: string;
}

function lint(files: string[], stdin?: string): LintMessage[] {
  const args = [eslintBin, '--format', 'json', '--no-warn-ignored'];
  if (stdin !== undefined) args.push('--stdin', '--stdin-filename', files[0]!);
  else args.push(...files);
  let out: string;
  try {
    out = execFileSync(process.execPath, args, { cwd: root, input: stdin, encoding: 'utf8' });
  } catch (e) {
    out = (e as { stdout: string }).stdout;
  }
  const results = JSON.parse(out) as Array<{ messages: LintMessage[] }>;
  return results.flatMap((r) => r.messages);
}

const rules = (messages: LintMessage[]) => messages.map((m) => m.ruleId);

describe('import boundaries', () => {
  it('refuses a module that imports the GraphQL layer', () => {
    const messages = lint(
      ['server/src/modules/shop/catalog/zz-fixture.ts'],
      "import { queryLimits } from '../../../graphql/limits';\nexport const x = queryLimits;\n",
    );
    expect(rules(messages)).toContain('import-x/no-restricted-paths');
  });

  it('refuses a module that imports the inbound e-mail layer', () => {
    const messages = lint(
      ['server/src/modules/support/ticket/zz-fixture.ts'],
      "import { EmailReplyService } from '../../../inbound/email-reply.service';\nexport const x = EmailReplyService;\n",
    );
    expect(rules(messages)).toContain('import-x/no-restricted-paths');
  });

  it('refuses common/ importing a domain module', () => {
    const messages = lint(
      ['server/src/common/zz-fixture.ts'],
      "import { OrderService } from '../modules/shop/order/order.service';\nexport const x = OrderService;\n",
    );
    expect(rules(messages)).toContain('import-x/no-restricted-paths');
  });

  it('refuses the accounts domain importing the shop', () => {
    const messages = lint(
      ['server/src/modules/accounts/company/zz-fixture.ts'],
      "import { Product } from '../../shop/catalog/product.entity';\nexport const x = Product;\n",
    );
    expect(rules(messages)).toContain('import-x/no-restricted-paths');
  });

  it('accepts an import that goes down the layers', () => {
    const messages = lint(
      ['server/src/modules/shop/catalog/zz-fixture.ts'],
      "import { isUuid } from '../../../common/ids';\nexport const x = isUuid;\n",
    );
    expect(messages).toEqual([]);
  });

  it('refuses a boolean flag parameter and a function over 80 lines', () => {
    const long = Array.from({ length: 85 }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const messages = lint(
      ['server/src/common/zz-fixture.ts'],
      `export function change(id: string, force: boolean) {\n  return force ? id : '';\n}\n` +
        `export function big() {\n${long}\n  return v0;\n}\n`,
    );
    expect(rules(messages)).toEqual(
      expect.arrayContaining(['no-restricted-syntax', 'max-lines-per-function']),
    );
  });

  describe('cycles', () => {
    const dir = path.join(root, 'server/src/common/zz-cycle-fixture');
    beforeAll(() => {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(
        path.join(dir, 'a.ts'),
        "import { b } from './b';\nexport const a = () => b;\n",
      );
      fs.writeFileSync(
        path.join(dir, 'b.ts'),
        "import { a } from './a';\nexport const b = () => a;\n",
      );
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('refuses an import cycle', () => {
      expect(rules(lint([path.relative(root, path.join(dir, 'a.ts'))]))).toContain(
        'import-x/no-cycle',
      );
    });
  });
});
