// `node scripts/bench/spa-weight.mjs [Page ...]`: the gzipped JavaScript a first visit loads,
// from the built SPA (dist/client): what index.html loads (its module scripts and their static imports),
// plus, per page named (a lazy page chunk such as SignInPage or RequestsPage), that page's
// chunk and its static imports, the locale's texts (en by default, LOCALE=uk for another), as the
// boot script preloads them. SPA_DIST=<dir> reads another build than dist/client.
// Sizes are gzip -9 of each file, as the server's precompressed .gz copies.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = process.env.SPA_DIST ?? path.resolve(import.meta.dirname, '../../dist/client');
const assets = path.join(dir, 'assets');
const locale = process.env.LOCALE ?? 'en';

/**
 * Static imports of a chunk, transitively ("./x.js" specifiers at the top level).
 * @param {string} file
 * @param {Set<string>} seen
 */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = fs.readFileSync(path.join(assets, file), 'utf8');
  for (const m of code.matchAll(
    /(?:^|[;\s}])import\s*(?:[\w${},\s*]+from\s*)?["']\.\/([^"']+\.js)["']/g,
  )) {
    if (m[1]) closure(m[1], seen);
  }
  return seen;
}

/** @param {string} prefix */
const chunkOf = (prefix) => {
  const file = fs.readdirSync(assets).find((f) => f.startsWith(`${prefix}-`) && f.endsWith('.js'));
  if (!file) throw new Error(`no chunk ${prefix}-*.js in ${assets}`);
  return file;
};

/** @param {string} file */
const gz = (file) => zlib.gzipSync(fs.readFileSync(path.join(assets, file)), { level: 9 }).length;
/** @param {number} bytes */
const kib = (bytes) => (bytes / 1024).toFixed(1);

const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
const entries = [...html.matchAll(/<script type="module"[^>]*src="\/assets\/([^"]+)"/g)];
if (!entries.length) throw new Error('index.html loads no module script');
/** @type {Set<string>} */
const files = new Set();
for (const [, entry = ''] of entries) closure(entry, files);
for (const page of process.argv.slice(2)) closure(chunkOf(page), files);
// The language's texts as the boot script preloads them: the first part always, and the parts
// a page named waits for (`page(…)`: all; `pageOnRequestTexts(…)`: the request list's;
// `pageOnFirstTexts(…)`: none), as the build's route table records (dist/client/first-route.json,
// the boot script's table: the third field of a route).
const tableFile = path.join(dir, 'first-route.json');
if (!fs.existsSync(tableFile)) throw new Error(`no route table at ${tableFile}: run npm run build`);
const table = JSON.parse(fs.readFileSync(tableFile, 'utf8'));
/** @type {number[]} */
const parts = table.locales?.[locale] ?? [];
if (parts[0] === undefined) throw new Error(`the route table has no texts for ${locale}`);
files.add(path.basename(table.files[parts[0]]));
const pageChunks = process.argv.slice(2).map((page) => `assets/${chunkOf(page)}`);
for (const [, chunks, texts] of /** @type {Array<[string, number[], number[]]>} */ (table.routes)) {
  if (!chunks.some((i) => pageChunks.includes(table.files[i]))) continue;
  for (const k of texts)
    if (parts[k] !== undefined) files.add(path.basename(table.files[parts[k]]));
}

let total = 0;
for (const file of [...files].sort((a, b) => gz(b) - gz(a))) {
  total += gz(file);
  console.log(`${kib(gz(file)).padStart(7)} KiB  ${file}`);
}
console.log(`${kib(total).padStart(7)} KiB  total gzipped JavaScript (${files.size} files)`);
