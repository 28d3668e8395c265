import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { DEFAULT_LOCALE } from '../../../shared/src/locales';
import { ROUTES } from '../../../shared/src/routes';
import {
  FIRST_HEADING_ID,
  PAGE_VIEWER_ID,
  ROUTE_PRELOAD_ATTRIBUTE,
  ROUTE_TABLE_FILE,
  routeMatcher,
  VIEWER_DOCUMENT_FILE,
  type RequestListHeading,
  type RouteTable,
} from '../../../shared/src/spa-page';
import { escapeHtml, fill } from '../common/html';
import type { RequestContext } from '../context/request-context';
import type { Logger } from '../logger';
import { SESSION_COOKIE } from '../modules/accounts/auth/session.service';

interface SpaPageDeps {
  clientDir: string;
  /** Sends index.html as it is built (or says the app is not built). */
  plainPage: RequestHandler;
  apollo: ApolloServer<RequestContext>;
  contextFor: (req: Request, res: Response) => Promise<RequestContext>;
  logger: Logger;
}

/** What the client build left in clientDir, read again when index.html changes (a rebuild). */
interface Build {
  modified: number;
  html: string;
  viewerQuery: string | null;
  /** The chunks of the page at a path, from the build's route table (null: no table). */
  filesFor: ((pathname: string) => string[]) | null;
  /** The request list's heading per locale, from the same table. */
  headings: Record<string, RequestListHeading>;
}

/**
 * JSON inside <script>: every character that could end the element or open a comment or
 * markup ("</script>", "<!--") written as a JavaScript escape, which JSON.parse reads back.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The build's route table: the page's chunks (null when missing or unreadable: the page then
 * has no preloads) and the request list's headings (none then).
 */
function parseRouteTable(text: string | null): Pick<Build, 'filesFor' | 'headings'> {
  try {
    const table = JSON.parse(text ?? 'null') as RouteTable | null;
    if (!Array.isArray(table?.routes) || !Array.isArray(table.files)) throw new Error('no table');
    return { filesFor: routeMatcher(table), headings: validHeadings(table.requestListHeadings) };
  } catch {
    return { filesFor: null, headings: {} };
  }
}

function validHeadings(value: unknown): Record<string, RequestListHeading> {
  const entries = Object.entries(value && typeof value === 'object' ? value : {});
  return Object.fromEntries(
    entries.filter(([, h]: [string, Partial<RequestListHeading> | null]) =>
      [h?.title, h?.introMine, h?.introCompany].every((t) => typeof t === 'string'),
    ),
  );
}

/** What the page's viewer holds that the request list's heading needs. */
interface HeadingViewer {
  viewer?: {
    representative?: { name?: string | null; locale?: string };
    company?: { name?: string };
  };
}

/**
 * The request list's title and introduction for a signed-in representative, as the page
 * words them (RequestsPage.tsx: the introduction follows `?scope=company`), written after
 * #root in the same place as the page's own (global.css, `.first-heading`): its largest text
 * paints with the HTML and the styles. Empty elsewhere, and for a person without a name yet
 * (the app sends them to /welcome first).
 */
function requestListHeading(
  headings: Record<string, RequestListHeading>,
  req: Request,
  viewer: unknown,
): string {
  if (req.path.replace(/\/$/, '') !== ROUTES.requests) return '';
  const { representative, company } = (viewer as HeadingViewer | null)?.viewer ?? {};
  if (!representative?.name || typeof company?.name !== 'string') return '';
  const texts = headings[representative.locale ?? ''] ?? headings[DEFAULT_LOCALE];
  if (!texts) return '';
  // As the page reads its address (URLSearchParams: the first `scope` counts).
  const search = new URLSearchParams(req.originalUrl.split('?')[1] ?? '');
  const intro =
    search.get('scope') === 'company'
      ? fill(escapeHtml(texts.introCompany), { company: company.name }, escapeHtml)
      : escapeHtml(texts.introMine);
  return (
    `<div id="${FIRST_HEADING_ID}" class="first-heading" aria-hidden="true">` +
    `<div class="first-heading-frame"><h1 class="first-heading-title">${escapeHtml(texts.title)}</h1>` +
    `<p class="first-heading-intro">${intro}</p></div></div>`
  );
}

/**
 * The SPA's page (index.html), for every address the SPA routes, with what the build cannot
 * know put into it:
 *  - the `<link rel="modulepreload">`s of the page at this address (the build's route table):
 *    they download from the HTML, before any script has run;
 *  - with a session cookie whose session is alive, the viewer: the answer to the SPA's own
 *    Viewer query (dist/client/viewer.graphql, written by the client build), run here with the
 *    request's own context, so the app starts signed in and in the person's language, one round
 *    trip earlier. Anything that goes wrong on that path leaves it out: the app then asks;
 *  - on the request list, for that viewer, the list's heading in their language, painted
 *    before the JavaScript has loaded (`requestListHeading`).
 */
export function spaPage(deps: SpaPageDeps): RequestHandler {
  const { clientDir, plainPage, apollo, contextFor, logger } = deps;
  const indexFile = path.join(clientDir, 'index.html');
  const optional = (file: string) =>
    fs.promises.readFile(path.join(clientDir, file), 'utf8').catch(() => null);
  let build: Promise<Build> | undefined;

  async function currentBuild(): Promise<Build | null> {
    const modified = await fs.promises.stat(indexFile).then(
      (s) => s.mtimeMs,
      () => null,
    );
    if (modified === null) return null;
    const known = await build?.catch(() => null);
    if (known?.modified === modified) return known;
    build = (async () => {
      const [html, viewerQuery, routes] = await Promise.all([
        fs.promises.readFile(indexFile, 'utf8'),
        optional(VIEWER_DOCUMENT_FILE),
        optional(ROUTE_TABLE_FILE),
      ]);
      return { modified, html, viewerQuery, ...parseRouteTable(routes) };
    })();
    return build;
  }

  async function viewerData(req: Request, res: Response, query: string | null): Promise<unknown> {
    const cookies = req.cookies as Record<string, string> | undefined;
    if (!cookies?.[SESSION_COOKIE] || !query) return null;
    const contextValue = await contextFor(req, res);
    if (!contextValue.viewer) return null;
    const result = await apollo.executeOperation(
      { query, operationName: 'Viewer' },
      { contextValue },
    );
    if (result.body.kind !== 'single') return null;
    const { data, errors } = result.body.singleResult;
    return !errors?.length && data?.viewer ? data : null;
  }

  async function send(req: Request, res: Response, next: NextFunction): Promise<void> {
    const built = await currentBuild();
    if (!built) {
      await plainPage(req, res, next);
      return;
    }
    const viewer = await viewerData(req, res, built.viewerQuery).catch((error: unknown) => {
      logger.warn({ err: error }, 'page sent without its viewer');
      return null;
    });
    const links = built.filesFor?.(req.path) ?? [];
    const viewerScript = viewer
      ? `<script type="application/json" id="${PAGE_VIEWER_ID}">${scriptSafeJson(viewer)}</script>`
      : '';
    const preloads = links
      .map(
        (file) =>
          `<link rel="modulepreload" crossorigin href="/${escapeHtml(file)}" ${ROUTE_PRELOAD_ATTRIBUTE}>`,
      )
      .join('');
    // The viewer before everything (the boot script reads it), the page's chunks after the
    // boot script, the entry and the styles, which the first paint needs first.
    const heading = requestListHeading(built.headings, req, viewer);
    const html = built.html
      .replace(/<head>/i, (head) => head + viewerScript)
      .replace(/<\/head>/i, (end) => preloads + end)
      .replace(/<div id="root"><\/div>/i, (root) => root + heading);
    res.setHeader('Cache-Control', viewer ? 'private, no-store' : 'no-cache');
    if (!viewer) {
      res.setHeader('ETag', `"${createHash('sha1').update(html).digest('base64url')}"`);
      if (req.fresh) {
        res.status(304).end();
        return;
      }
    }
    res.type('html').send(html);
  }

  return (req, res, next) => {
    send(req, res, next).catch(next);
  };
}
