import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The server's layers, top to bottom: graphql/, http/ and inbound/ (with the composition root app.ts,
// main.ts, cli.ts and jobs/) -> modules/ -> context/, common/, mail/, audit/, i18n/ -> shared/.
// Nothing imports upwards; the domains depend one way: accounts <- shop <- returns, support.
const S = 'server/src';
const serverBoundaries = [
  {
    target: [`${S}/modules`, `${S}/context`, `${S}/common`, `${S}/mail`, `${S}/audit`, `${S}/i18n`],
    from: [
      `${S}/graphql`,
      `${S}/http`,
      `${S}/inbound`,
      `${S}/app.ts`,
      `${S}/main.ts`,
      `${S}/cli.ts`,
    ],
    message:
      'graphql/, http/, inbound/ and the composition root are the top layer: nothing below imports them.',
  },
  {
    target: [`${S}/context`, `${S}/common`, `${S}/mail`, `${S}/audit`, `${S}/i18n`],
    from: `${S}/modules`,
    except: [
      './accounts/representative/representative.entity.ts',
      './accounts/company/company.entity.ts',
      './accounts/agent/agent.entity.ts',
    ],
    message:
      "context/, common/, mail/, audit/ and i18n/ sit below the domain modules (only the viewer's entity types are known to context/).",
  },
  {
    target: [`${S}/common`, `${S}/i18n`],
    from: [`${S}/context`, `${S}/mail`, `${S}/audit`],
    message: 'common/ and i18n/ are the bottom layer.',
  },
  {
    target: [`${S}/modules`, `${S}/context`, `${S}/common`, `${S}/mail`, `${S}/audit`],
    from: `${S}/db`,
    message: 'db/ is wired by the composition root; services get the database from the context.',
  },
  {
    target: `${S}/modules/accounts`,
    from: [`${S}/modules/shop`, `${S}/modules/returns`, `${S}/modules/support`],
    message: 'accounts is the base domain: it imports no other domain.',
  },
  {
    target: `${S}/modules/shop`,
    from: [`${S}/modules/returns`, `${S}/modules/support`],
    message: 'shop imports only accounts.',
  },
  {
    target: ['shared'],
    from: ['server', 'client'],
    message: 'shared/ is used by server and client and imports neither.',
  },
];

/**
 * The SPA's layers (client/src): app/ is the shell and may import anything; a feature
 * (features/<name>/) imports ui/, lib/, gql/ and shared/, never app/ or another feature;
 * ui/ and lib/ import neither features nor app/. One config object per feature, since
 * no-restricted-imports patterns match the import as written (relative paths).
 */
const clientFeatures = readdirSync(new URL('./client/src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const clientBoundaries = [
  {
    files: ['client/src/ui/**', 'client/src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(app|features)(/|$)',
              message: 'ui/ and lib/ are shared pieces: they import no feature and not app/.',
            },
          ],
        },
      ],
    },
  },
  ...clientFeatures.map((name) => ({
    files: [`client/src/features/${name}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+app(/|$)',
              message:
                'A feature does not import app/ (the shell imports features): use lib/ or ui/.',
            },
            {
              regex: `^(\\.\\./)+(features/)?(${clientFeatures.filter((f) => f !== name).join('|')})(/|$)`,
              message: `A feature imports no other feature: move what ${name}/ shares to ui/ or lib/.`,
            },
          ],
        },
      ],
    },
  })),
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'client/src/gql/**', '.data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    // Import cycles and layer boundaries, on server, shared and client.
    files: ['server/src/**/*.ts', 'shared/src/**/*.ts', 'client/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: serverBoundaries }],
    },
  },
  {
    // Small pieces: no hand-written source file over 400 lines, no function over 80, no boolean
    // flag parameters (name two methods, or pass an options object). Tests, migrations and
    // generated code aside.
    files: [
      'server/src/**/*.ts',
      'shared/src/**/*.ts',
      'scripts/**/*.{ts,mjs}',
      'client/src/**/*.{ts,tsx}',
    ],
    ignores: [
      '**/__tests__/**',
      '**/*.test.ts',
      '**/*.test.tsx',
      'server/src/db/migrations/**',
      'client/src/gql/**',
    ],
    rules: {
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: [
            ':function > Identifier[typeAnnotation.typeAnnotation.type="TSBooleanKeyword"]',
            ':function > AssignmentPattern > Identifier.left[typeAnnotation.typeAnnotation.type="TSBooleanKeyword"]',
            ':function > AssignmentPattern[right.type="Literal"][right.raw=/^(true|false)$/]',
          ].join(', '),
          message: 'No boolean flag parameters: name two functions, or take an options object.',
        },
      ],
    },
  },
  {
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/config.ts', '**/__tests__/**'],
    rules: {
      // config.ts is the only reader of the environment.
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read settings from Config (server/src/config.ts).',
        },
      ],
    },
  },
  {
    files: ['server/src/**/*.resolver.ts'],
    rules: {
      // Resolvers map arguments to one service call; queries live in services.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'typeorm', message: 'Resolvers hold no queries: call a service.' }] },
      ],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  ...clientBoundaries,
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
