import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
