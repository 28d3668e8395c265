import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import {
  defaultClientConditions,
  defineConfig,
  type BuilderOptions,
  type EnvironmentOptions,
  type Plugin,
  type Rolldown,
} from 'vite';
import { firstRoutePreload, routedChunkNames } from './vite.first-route.mjs';
import { mantineStyles, mantineTheme } from './vite.mantine-styles.mjs';
import { splitModule } from './vite.split-module.mjs';
import { viewerDocument } from './vite.viewer-document.mjs';
import { TEXT_PARTS, textsOfPart } from './src/app/first-texts';

const root = fileURLToPath(new URL('.', import.meta.url));
const page = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const api = 'http://localhost:4000';

/** In dev, /graphiql opens the explorer page as the server does in production. */
const graphiqlPath = (): Plugin => ({
  name: 'portal-graphiql-path',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      if (req.url === '/graphiql' || req.url === '/graphiql/') req.url = '/graphiql.html';
      next();
    });
  },
});

/** Brotli and gzip copies of a text file of the build (small files are sent as they are). */
async function writeCompressed(file: string): Promise<void> {
  const data = await fs.readFile(file);
  if (data.length < 1024) return;
  const brotli = { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 };
  await fs.writeFile(`${file}.br`, zlib.brotliCompressSync(data, { params: brotli }));
  await fs.writeFile(`${file}.gz`, zlib.gzipSync(data, { level: 9 }));
}

/** Brotli and gzip copies of every text file of the build; the server sends them as they are. */
const precompress = (): Plugin => ({
  name: 'portal-precompress',
  apply: 'build',
  async writeBundle(options, bundle) {
    const dir = options.dir ?? '';
    const texts = Object.keys(bundle).filter((f) => /\.(js|mjs|css|html|svg|json|txt)$/.test(f));
    for (const name of texts) await writeCompressed(path.join(dir, name));
  },
});

/** /returns is also an SPA route: page loads stay with Vite, the rest goes to the API. */
const spaPageBypass = (req: { headers: { accept?: string } }) =>
  req.headers.accept?.includes('text/html') ? '/index.html' : undefined;

/** GraphiQL's packages start modules with "use no memo" (React Compiler); harmless here. */
const onwarn = (warning: Rolldown.RollupLog, warn: (log: Rolldown.RollupLog) => void) => {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.id?.includes('node_modules')) return;
  warn(warning);
};

/**
 * The portal's build runs on Preact's React API (preact/compat): the same components in a
 * tenth of react-dom's size (docs/decisions/0012-preact-in-the-build.md). GraphiQL keeps React.
 */
const preactAliases: Record<string, string> = {
  react: page('src/app/preact/react.js'),
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react/jsx-runtime': 'preact/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/jsx-dev-runtime',
};
const preactInPortal = (): Plugin => ({
  name: 'portal-preact',
  // The dev server keeps React: its fast refresh, and GraphiQL, served from the same environment.
  apply: 'build',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    const target = preactAliases[source];
    if (!target || this.environment.name !== 'client') return null;
    if (importer?.endsWith('/src/app/preact/react.js')) return null;
    return this.resolve(target, importer, { ...options, skipSelf: true });
  },
});

/**
 * `locales/xx.json?first`, `?requests` and `?rest`: a locale's texts in parts, the sections a
 * first visit needs, those of the request list, and the others (src/app/first-texts.ts), each a
 * chunk of its own.
 */
const localeParts = (): Plugin => ({
  name: 'portal-locale-parts',
  enforce: 'pre',
  async load(id) {
    const match = /^(.*[\\/]locales[\\/]\w+\.json)\?(\w+)$/.exec(id);
    const wanted = TEXT_PARTS.find((p) => p === match?.[2]);
    if (!match?.[1] || !wanted) return null;
    const texts = JSON.parse(await fs.readFile(match[1], 'utf8')) as Record<string, unknown>;
    const part = textsOfPart(texts, wanted);
    // JSON.parse of a string: parsed faster than the same object as a JavaScript literal.
    return `export default JSON.parse(${JSON.stringify(JSON.stringify(part))});`;
  },
});

const lib = (names: string) => new RegExp(`[\\\\/]node_modules[\\\\/](${names})[\\\\/]`);

/**
 * The portal's libraries in chunks of their own: they change less often than the portal.
 * Preact with React Router, Apollo with graphql-js, and i18next are each one chunk: the entry
 * uses nearly all of each, and split by page they made seven more files on the first route
 * and 2 KiB more code (each split adds its imports and exports).
 * Mantine is split by page (`entriesAware`): the first page loads only the components it
 * uses (a date picker or drawer stays with the pages using it). Groups under 1 KiB are merged
 * into a neighbour. The merges follow no rule a page can count on: at 2 KiB they put
 * VisuallyHidden with floating-ui (+12 KiB gzipped on the request list's first route), at 8 KiB
 * Popover, ScrollArea and floating-ui into chunks sign-in imports (+27 KiB); without merges the
 * list loads 2 more files. `scripts/bench/spa-weight.mjs` tells.
 */
const vendorGroups = [
  {
    name: 'react',
    test: lib('preact|react|react-dom|scheduler|react-router|cookie|set-cookie-parser'),
  },
  {
    name: 'mantine',
    test: lib('@mantine|@floating-ui|clsx|react-remove-scroll[^/\\\\]*|tslib'),
    entriesAware: true,
    entriesAwareMergeThreshold: 1024,
  },
  { name: 'apollo', test: lib('@apollo|@wry|graphql|rxjs|optimism|@graphql-typed-document-node') },
  { name: 'i18n', test: lib('i18next[^/\\\\]*|react-i18next|html-parse-stringify|void-elements') },
];

/**
 * Two pages, built as two environments one after the other into dist/client:
 *  - client:   index.html, the portal (SPA);
 *  - graphiql: graphiql.html, the API explorer (GraphiQL + Monaco, megabytes).
 * Separate builds share no chunks, so the portal's first load carries none of the explorer's
 * code (one build with two inputs put the graphql-js parts only GraphiQL uses in a shared chunk).
 */
const routedPages = routedChunkNames(root);
/** `assets/RequestsPage-Bx3….js`: a chunk of a page the route table covers. */
const routedPage = (file: string) =>
  routedPages.has(/^assets\/(\w+)-[\w-]+\.js$/.exec(file)?.[1] ?? '');

const buildEnvironments: Record<string, EnvironmentOptions> = {
  client: {
    // rxjs (under Apollo Client) as ES2015 rather than ES5: classes and spreads of the language
    // itself instead of tslib's helpers (rxjs's own `es2015` export).
    resolve: { conditions: ['es2015', ...defaultClientConditions] },
    build: {
      emptyOutDir: true,
      modulePreload: {
        // Every browser the build targets preloads modules itself (Safari since 17).
        polyfill: false,
        // A page's chunks are preloaded from the route table when the app navigates there
        // (`portalPreload` in vite.first-route.mts): the entry need not carry a second list.
        // Stylesheets stay (the table lists scripts; Vite's loader waits for a page's CSS).
        resolveDependencies: (file, deps) =>
          routedPage(file) ? deps.filter((dep) => dep.endsWith('.css')) : deps,
      },
      rolldownOptions: {
        input: { main: page('index.html') },
        onwarn,
        output: {
          codeSplitting: { groups: vendorGroups },
          // A vendor subgroup is named after every page sharing it ("mantine~main~SignInPage~…");
          // the file keeps the library's name only (the hash tells the chunks apart).
          chunkFileNames: (chunk) => `assets/${chunk.name.split('~')[0]}-[hash].js`,
        },
      },
    },
  },
  graphiql: {
    consumer: 'client',
    build: {
      emptyOutDir: false,
      // Monaco alone is ~2.8 MB; this page is for developers and loads nothing else.
      chunkSizeWarningLimit: 3000,
      rolldownOptions: { input: { graphiql: page('graphiql.html') }, onwarn },
    },
  },
};

const builder: BuilderOptions = {
  async buildApp(b) {
    const { client, graphiql } = b.environments;
    if (!client || !graphiql) throw new Error('missing build environment');
    await b.build(client); // first: it empties dist/client
    await b.build(graphiql);
  },
};

export default defineConfig(({ command }) => ({
  root,
  base: '/',
  plugins: [
    react(),
    preactInPortal(),
    mantineStyles({ sourceDir: path.join(root, 'src') }),
    mantineTheme(),
    localeParts(),
    splitModule(/[\\/]client[\\/]src[\\/]gql[\\/]graphql\.ts$/),
    graphiqlPath(),
    precompress(),
    firstRoutePreload({ root, compress: writeCompressed }),
    viewerDocument({ root }),
  ],
  build: {
    outDir: '../dist/client',
    assetsDir: 'assets',
  },
  // Dev serves both pages from the one client environment; the split is for the build.
  ...(command === 'build' ? { environments: buildEnvironments, builder } : {}),
  optimizeDeps: {
    // GraphiQL's worker setup imports Monaco workers with `?worker`: Vite's worker plugin must
    // see those imports, so these modules are served as they are, not pre-bundled.
    exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'],
    // CommonJS modules the GraphQL worker imports; workers are not scanned, so name them here.
    include: ['nullthrows', 'picomatch-browser'],
  },
  worker: { format: 'es' },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      // ws: live updates (GraphQL subscriptions) use a WebSocket at the same /graphql.
      '/graphql': { target: api, ws: true },
      '/healthz': { target: api },
      '/dev': { target: api },
      '/returns': { target: api, bypass: spaPageBypass },
    },
  },
}));
