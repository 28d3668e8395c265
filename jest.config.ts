/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

// One `npm test` runs every suite:
//  - server: unit specs beside the code and API tests over HTTP (server/test) against a real
//    database (DATABASE_URL when set, otherwise an isolated embedded PostgreSQL per file);
//  - shared: the dependency-free rules used by both sides;
//  - client: component tests in jsdom with the network mocked at the Apollo link;
//  - browser: the built SPA in Debian's Chromium (skipped with a reason outside CI when no
//    Chromium is installed; under CI=true a missing browser fails the run).
const swc = (tsx: boolean, defineFields = true) =>
  [
    '@swc/jest',
    {
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', tsx, decorators: true },
        transform: {
          // The server's tsconfig.json sets useDefineForClassFields false: the tests compile alike.
          useDefineForClassFields: defineFields,
          legacyDecorator: true,
          decoratorMetadata: true,
          react: { runtime: 'automatic' },
        },
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
    },
  ] as [string, Record<string, unknown>];

// Race, crash and fuzz tests (*.pg.test.ts) need a real PostgreSQL: the embedded one runs one
// transaction at a time and would hide every race. They refuse to run without DATABASE_URL,
// and the embedded pass of CI leaves them out.
const realPostgres = !!process.env.DATABASE_URL;

const config: Config = {
  testTimeout: 60_000,
  projects: [
    {
      displayName: 'shared',
      testEnvironment: 'node',
      roots: ['<rootDir>/shared'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.ts$': swc(false) },
    },
    {
      displayName: 'server',
      testEnvironment: 'node',
      roots: ['<rootDir>/server'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: realPostgres
        ? ['/node_modules/']
        : ['/node_modules/', '\\.pg\\.test\\.ts$'],
      // email-reply-parser ships ES modules only: compiled to CommonJS like our sources.
      transform: {
        '^.+\\.ts$': swc(false, false),
        '/node_modules/email-reply-parser/.+\\.js$': swc(false),
      },
      transformIgnorePatterns: ['/node_modules/(?!email-reply-parser/)'],
      setupFiles: ['reflect-metadata'],
    },
    {
      displayName: 'client',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/client/src'],
      testMatch: ['**/*.test.tsx', '**/*.test.ts'],
      // Preact ships ES modules only: compiled to CommonJS like our sources.
      transform: { '^.+\\.(t|j)sx?$': swc(true), '/node_modules/preact/.+\\.mjs$': swc(false) },
      transformIgnorePatterns: ['/node_modules/(?!preact/)'],
      // The components are tested on what the build ships: Preact's React API (vite.config.mts).
      moduleNameMapper: {
        '\\.(css|svg|png)$': '<rootDir>/client/test/file-stub.cjs',
        // A locale's parts (client/src/app/first-texts.ts) are each the whole file in the tests.
        '^(.+\\.json)\\?(first|requests|rest)$': '$1',
        '^react$': '<rootDir>/client/src/app/preact/react.js',
        '^react-dom$': 'preact/compat',
        '^react-dom/client$': 'preact/compat/client',
        '^react-dom/test-utils$': 'preact/test-utils',
        '^react/jsx-runtime$': 'preact/jsx-runtime',
        '^react/jsx-dev-runtime$': 'preact/jsx-dev-runtime',
      },
      setupFilesAfterEnv: ['<rootDir>/client/test/setup.ts'],
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      roots: ['<rootDir>/client/e2e'],
      testMatch: ['**/*.e2e.ts'],
      // email-reply-parser ships ES modules only: compiled to CommonJS like our sources.
      transform: {
        '^.+\\.ts$': swc(false, false),
        '/node_modules/email-reply-parser/.+\\.js$': swc(false),
      },
      transformIgnorePatterns: ['/node_modules/(?!email-reply-parser/)'],
      setupFiles: ['reflect-metadata'],
    },
  ],
};

export default config;
