import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';
import { TEXT_PARTS, type TextPart } from './src/app/first-texts';
import {
  PAGE_VIEWER_ID,
  ROUTE_PRELOAD_ATTRIBUTE,
  ROUTE_TABLE_FILE,
  type RequestListHeading,
  type RouteTable,
} from '../shared/src/spa-page';
import { browserLocale, DEFAULT_LOCALE, LOCALE_STORAGE_KEY } from '../shared/src/locales';

/**
 * A first visit loads the entry (index.html's module script and its modulepreloads), then,
 * only once that has run, the language's texts and the page's own chunk: two more round trips.
 * This plugin writes a tiny boot script (a file: the content security policy allows no inline
 * script) that index.html loads first; it adds <link rel="modulepreload"> for the language the
 * browser will pick and for the chunks of the page at location.pathname, so they download
 * alongside the entry. The server writes the page's own links into the page it serves (from
 * first-route.json, the same table): they load from the HTML, before any script has run, and
 * spare the boot script their cost (a link added from script costs the main thread 1-25 ms).
 *
 * The route table comes from client/src/app/routes.tsx (`const X = page(() => import('…'))`
 * and `{ path: ROUTES.key, element: …<X /> }`): a route it cannot read just gets no preload.
 */
export function firstRoutePreload(options: {
  root: string;
  /** Writes the precompressed copies of a file the plugin wrote. */
  compress: (file: string) => Promise<void>;
}): Plugin {
  let boot: { file: string; code: string; table: RouteTable } | undefined;
  return {
    name: 'portal-first-route-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !html.includes('id="root"')) return html;
        const table = preloadTable(options.root, ctx.bundle, html);
        const code = bootScript(table);
        const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
        boot = { file: `assets/boot-${hash}.js`, code, table };
        return {
          html,
          tags: [
            {
              tag: 'script',
              attrs: { type: 'module', async: true, src: `/${boot.file}` },
              injectTo: 'head-prepend',
            },
          ],
        };
      },
    },
    async writeBundle(output) {
      if (!boot) return;
      const file = path.join(output.dir ?? '', boot.file);
      fs.writeFileSync(file, boot.code);
      await options.compress(file);
      // The same table for the server, which writes the page's preloads into the page itself.
      fs.writeFileSync(path.join(output.dir ?? '', ROUTE_TABLE_FILE), JSON.stringify(boot.table));
    },
  };
}

/** shared/src/routes.ts's ROUTES (read as text: the build config does not load app code). */
function routePaths(root: string): Map<string, string> {
  const source = fs.readFileSync(path.join(root, '../shared/src/routes.ts'), 'utf8');
  return new Map(
    [...source.matchAll(/^\s+(\w+): '([^']+)',$/gm)].map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

interface RoutedPage {
  moduleId: string;
  /** The parts of the texts it waits for beyond the first (indexes into TEXT_PARTS). */
  texts: number[];
}

/**
 * The routes of client/src/app/routes.tsx, read as text (the build config does not load app
 * code): each path's pattern and the lazy pages it renders, outermost first (a layout route's
 * own page, then its child's: /shop/orders is ShopLayout and OrdersPage). A route it cannot
 * read is left out: its page then loads its chunks as Vite's own preloading does.
 */
export function readRoutes(root: string): Array<{ pattern: string; chain: RoutedPage[] }> {
  // The parts (indexes into TEXT_PARTS) a page waits for beyond the first, by its helper.
  const textsOf: Record<string, TextPart[]> = {
    page: ['rest', 'requests'],
    pageOnRequestTexts: ['requests'],
    pageOnFirstTexts: [],
  };
  const routesFile = path.join(root, 'src/app/routes.tsx');
  const source = fs.readFileSync(routesFile, 'utf8');
  const pages = new Map<string, RoutedPage>();
  for (const m of source.matchAll(
    /const (\w+) = (page|pageOnFirstTexts|pageOnRequestTexts)\(\s*\(\) => import\('([^']+)'\)/g,
  )) {
    const [, name = '', helper = '', spec = ''] = m;
    pages.set(name, {
      moduleId: `${path.resolve(path.dirname(routesFile), spec)}.tsx`,
      texts: (textsOf[helper] ?? []).map((part) => TEXT_PARTS.indexOf(part)),
    });
  }
  const paths = routePaths(root);
  const chains = new Map<string, RoutedPage[]>();
  const add = (routePath: string, names: Array<string | undefined>) => {
    const chain = names.map((name) => (name ? pages.get(name) : undefined));
    if (chain.every((p): p is RoutedPage => p !== undefined)) chains.set(routePath, chain);
  };
  for (const m of source.matchAll(/path: ROUTES\.(\w+),\s*element: [^<]*<(\w+) \/>/g)) {
    const routePath = paths.get(m[1] ?? '');
    if (routePath) add(routePath, [m[2]]);
  }
  add('/', [/\{ index: true, element: <(\w+) \/> \}/.exec(source)?.[1]]);
  // A layout route's children: `children: [{ index: true, element: <X /> }, { path: 'y', … }]`.
  for (const m of source.matchAll(
    /path: ROUTES\.(\w+),\s*element: [^<]*<(\w+) \/>\)?,\s*children: \[([\s\S]*?)\n\s*\],/g,
  )) {
    const parent = paths.get(m[1] ?? '');
    if (!parent) continue;
    for (const child of (m[3] ?? '').matchAll(
      /\{ (?:index: true|path: '([^']+)'), element: <(\w+) \/> \}/g,
    )) {
      add(child[1] ? `${parent}/${child[1]}` : parent, [m[2], child[2]]);
    }
  }
  return (
    [...chains]
      .map(([routePath, chain]) => ({
        pattern: `^${routePath.replace(/:\w+/g, '[^/]+')}/?$`,
        chain,
      }))
      // Paths without parameters first: /requests/new before /requests/:key.
      .sort((a, b) => Number(a.pattern.includes('[^/]')) - Number(b.pattern.includes('[^/]')))
  );
}

/**
 * The chunk names (their modules' file names) of the pages the route table covers: the boot
 * script preloads their chunks when the app navigates to them (`portalPreload`), so the build
 * leaves out Vite's own list of them (`build.modulePreload.resolveDependencies`).
 */
export function routedChunkNames(root: string): Set<string> {
  return chunkNamesOf(readRoutes(root));
}

const chunkNamesOf = (routes: ReturnType<typeof readRoutes>) =>
  new Set(routes.flatMap(({ chain }) => chain.map((page) => path.basename(page.moduleId, '.tsx'))));

function preloadTable(root: string, bundle: OutputBundle, html: string): RouteTable {
  const chunks = Object.values(bundle).filter((o): o is OutputChunk => o.type === 'chunk');
  const byModule = new Map(
    chunks.filter((c) => c.facadeModuleId).map((c) => [c.facadeModuleId, c]),
  );
  const inHtml = new Set([...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]));
  const closure = (chunk: OutputChunk, files: string[] = []): string[] => {
    if (files.includes(chunk.fileName)) return files;
    files.push(chunk.fileName);
    for (const name of chunk.imports) {
      const next = bundle[name];
      if (next?.type === 'chunk') closure(next, files);
    }
    return files;
  };
  const files: string[] = [];
  const indexOf = (file: string) => {
    if (!files.includes(file)) files.push(file);
    return files.indexOf(file);
  };
  const filesOf = (moduleId: string) => {
    const chunk = byModule.get(moduleId);
    return chunk
      ? closure(chunk)
          .filter((f) => !inHtml.has(f))
          .map(indexOf)
      : [];
  };

  // Per locale, its parts' files in the order of TEXT_PARTS (first, rest, requests).
  const locales: Record<string, number[]> = {};
  for (const chunk of chunks) {
    const [, locale, part] =
      /[\\/]locales[\\/](\w+)\.json\?(\w+)$/.exec(chunk.facadeModuleId ?? '') ?? [];
    const index = TEXT_PARTS.findIndex((p) => p === part);
    if (!locale || index < 0) continue;
    (locales[locale] ??= [])[index] = indexOf(chunk.fileName);
  }

  const read = readRoutes(root);
  const routes: RouteTable['routes'] = read.map(({ pattern, chain }) => {
    const files = new Set(chain.flatMap((page) => filesOf(page.moduleId)));
    const texts = new Set(chain.flatMap((page) => page.texts));
    return [pattern, [...files], [...texts].sort((a, b) => a - b)];
  });
  // The build leaves out Vite's preloads of these chunks by their names (routedChunkNames):
  // each must be its page's own, and the only chunk so named.
  for (const name of chunkNamesOf(read)) {
    const named = chunks.filter((c) => c.name === name);
    const own = named.length === 1 && path.basename(named[0]?.facadeModuleId ?? '', '.tsx');
    if (own !== name) {
      throw new Error(`first-route: the page ${name} needs one chunk of its own named so`);
    }
  }
  const names: Record<string, string> = {};
  const requestListHeadings: Record<string, RequestListHeading> = {};
  for (const locale of Object.keys(locales)) {
    const texts = JSON.parse(
      fs.readFileSync(path.join(root, `src/locales/${locale}.json`), 'utf8'),
    ) as { app?: { name?: string }; requests?: { list?: Partial<RequestListHeading> } };
    if (texts.app?.name) names[locale] = texts.app.name;
    const { title, introMine, introCompany } = texts.requests?.list ?? {};
    if (title && introMine && introCompany)
      requestListHeadings[locale] = { title, introMine, introCompany };
  }
  return { files, names, locales, routes, requestListHeadings };
}

/**
 * The browser side: pick the language by i18n.ts's own rule (`browserLocale`, its source text
 * here: the signed-in representative's from the page's viewer, then the one chosen before, then
 * the browser's), show the portal's name in it at once (a first paint while the JavaScript
 * loads; React replaces it), match the path, add the links; `portalPreload(path)` for the app to
 * preload the chunks of the page it navigates to, all at once (the build leaves Vite's own
 * preloads of pages out); and `portalPrefetch(paths)` for the app to prefetch (not run) the
 * chunks of likely next pages, a few links per idle moment (each link costs the main thread a
 * little; fifty at once made a long task on a phone). And, on a signed-in page (the pages with
 * dates), in the first idle moment, a relative time formatter in the language: the page's first
 * Intl formatter loads the language's ICU data (15–30 ms on this machine, four times that on a
 * phone), which the request list's first render would otherwise pay; here it is paid while the
 * network brings the chunks, and ICU keeps the data for the formatters the app then builds
 * (lib/format.ts).
 */
function bootScript({ requestListHeadings: _forTheServer, ...table }: RouteTable): string {
  return `const t=${JSON.stringify(table)};
const add=(rel,i)=>{const l=document.createElement('link');l.rel=rel;l.href='/'+t.files[i];document.head.append(l)};
const route=(path)=>t.routes.find(([p])=>new RegExp(p).test(path));
let viewer=null,chosen=null;try{viewer=JSON.parse(document.getElementById('${PAGE_VIEWER_ID}')?.textContent||'null')?.viewer}catch{}
const own=viewer?.representative?.locale;
try{chosen=localStorage.getItem('${LOCALE_STORAGE_KEY}')}catch{}
const lng=(${browserLocale.toString()})(Object.keys(t.locales),'${DEFAULT_LOCALE}',own,chosen,navigator.languages||[navigator.language]);
document.documentElement.lang=lng;
const texts=t.locales[lng]||[];
if(texts[0]!=null)add('modulepreload',texts[0]);
const root=document.getElementById('root');
if(root&&!root.firstChild&&t.names[lng]){const b=document.createElement('div');b.className='boot-brand';b.textContent=t.names[lng];const s=document.createElement('div');s.className='boot-shell';s.setAttribute('aria-hidden','true');s.append(b);root.append(s)}
const here=route(location.pathname);
if(!document.querySelector('link[${ROUTE_PRELOAD_ATTRIBUTE}]'))(here?.[1]||[]).forEach((i)=>add('modulepreload',i));
(here?.[2]||[]).forEach((k)=>{if(texts[k]!=null)add('modulepreload',texts[k])});
const preloaded=new Set(here?.[1]||[]);
window.portalPreload=(path)=>(route(path)?.[1]||[]).forEach((i)=>{if(!preloaded.has(i)){preloaded.add(i);add('modulepreload',i)}});
const seen=new Set([...(here?.[1]||[]),...texts]);
const queue=[];
const drain=(d)=>{while(queue.length&&d.timeRemaining()>1)add('prefetch',queue.shift());if(queue.length)requestIdleCallback(drain)};
window.portalPrefetch=(paths)=>{paths.forEach((p)=>(route(p)?.[1]||[]).forEach((i)=>{if(!seen.has(i)){seen.add(i);queue.push(i)}}));requestIdleCallback(drain)};
const warm=()=>{try{new Intl.RelativeTimeFormat(lng,{numeric:'auto'}).format(-1,'day')}catch{}};
if(viewer){if(typeof requestIdleCallback==='function')requestIdleCallback(warm,{timeout:2000});else setTimeout(warm,0)}
`;
}
