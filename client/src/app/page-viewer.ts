import type { ApolloClient } from '@apollo/client';
import { PAGE_VIEWER_ID } from '../../../shared/src/spa-page';
import { isLocale, type Locale } from '../../../shared/src/locales';
import { ViewerDocument, type ViewerQuery } from '../gql/graphql';

let read = false;
let embedded: ViewerQuery | null = null;

/**
 * The Viewer query's answer the server wrote into the page (server/src/http/spa-page.ts), as it
 * was when the page loaded: read once, at start. Null on a page without one (signed out, the dev
 * server) or with one that does not parse.
 */
export function pageViewer(): ViewerQuery | null {
  if (read || typeof document === 'undefined') return embedded;
  read = true;
  const element = document.getElementById(PAGE_VIEWER_ID);
  try {
    const data = JSON.parse(element?.textContent ?? 'null') as ViewerQuery | null;
    embedded = data?.viewer ? data : null;
  } catch {
    embedded = null;
  }
  return embedded;
}

/** The signed-in representative's own language, the one the portal speaks to them. */
export function pageViewerLocale(): Locale | undefined {
  const locale = pageViewer()?.viewer?.representative?.locale;
  return isLocale(locale) ? locale : undefined;
}

/** JSON with every object's keys in order: the same data gives the same text. */
const canonical = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

/**
 * Starts the cache with the page's viewer: the first render knows who is signed in. An answer the
 * cache does not read back as written (a page from another build of the query) is dropped, and
 * the app asks for the viewer itself.
 */
export function primeViewer(client: ApolloClient): void {
  const data = pageViewer();
  if (!data) return;
  client.cache.writeQuery<ViewerQuery>({ query: ViewerDocument, data });
  if (
    canonical(client.cache.readQuery<ViewerQuery>({ query: ViewerDocument })) !== canonical(data)
  ) {
    client.cache.evict({ fieldName: 'viewer' });
  }
}
