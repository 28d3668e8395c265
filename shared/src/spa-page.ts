/**
 * What the server writes into the SPA's page (index.html) beside what the build put there
 * (server/src/http/spa-page.ts), and the files of the client build it reads for it.
 */

/**
 * The signed-in viewer, as the data of the SPA's Viewer query: the app starts with who is signed
 * in and in which language, with no round trip before its first page. The id of the
 * `<script type="application/json">` element that holds it.
 */
export const PAGE_VIEWER_ID = 'portal-viewer';

/** The file the client build writes beside index.html: the Viewer query and its fragments. */
export const VIEWER_DOCUMENT_FILE = 'viewer.graphql';

/** The file the client build writes beside index.html: its route table (below). */
export const ROUTE_TABLE_FILE = 'first-route.json';

/**
 * The pages' chunks, written by the client build (client/vite.first-route.mts); its boot script
 * holds the same table. File names once; locales and routes point into `files`.
 */
export interface RouteTable {
  files: string[];
  /** The portal's name (app.name) per locale, for the shell shown before the app runs. */
  names: Record<string, string>;
  /**
   * Per locale: its texts' parts in the order of TEXT_PARTS (client/src/app/first-texts.ts):
   * the first, the rest, the request list's.
   */
  locales: Record<string, number[]>;
  /**
   * Path pattern, its page's chunks, and the parts of the texts (indexes into a locale's
   * parts) the page waits for beyond the first.
   */
  routes: Array<[string, number[], number[]]>;
  /**
   * Per locale, the request list's heading as its page words it, for the server to write into
   * the page (`FIRST_HEADING_ID`); not part of the boot script's copy of the table.
   */
  requestListHeadings?: Record<string, RequestListHeading>;
}

/**
 * The request list's title and introduction (requests.list.* in the locale's texts): for the
 * person's own requests, and for the company's, where `{{company}}` stands for its name.
 */
export interface RequestListHeading {
  title: string;
  introMine: string;
  introCompany: string;
}

/**
 * The id of the request list's heading that the server writes after #root for a signed-in
 * representative: the page's largest text shows with the HTML and the styles, before the
 * JavaScript has loaded; the app removes it when a page's own heading is in place
 * (client/src/app/first-heading.ts).
 */
export const FIRST_HEADING_ID = 'first-heading';

/** The attribute that marks the page's own chunk preloads, written by the server. */
export const ROUTE_PRELOAD_ATTRIBUTE = 'data-portal-route';

/**
 * The chunks of the page at a path (the first route whose pattern matches; none when none does),
 * with the table's patterns compiled once, not on every page request. Throws when a pattern is
 * not a regular expression.
 */
export function routeMatcher(table: RouteTable): (pathname: string) => string[] {
  const routes = table.routes.map(([pattern, indexes]) => ({
    pattern: new RegExp(pattern),
    files: indexes.map((i) => table.files[i]).filter((f): f is string => !!f),
  }));
  return (pathname) => routes.find((r) => r.pattern.test(pathname))?.files ?? [];
}
