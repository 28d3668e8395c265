import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import { PAGE_VIEWER_ID, VIEWER_DOCUMENT_FILE } from '../../../shared/src/page-viewer';
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
 * The SPA's page (index.html), for every address the SPA routes. With a session cookie whose
 * session is alive, the page carries the viewer: the answer to the SPA's own Viewer query
 * (dist/client/viewer.graphql, written by the client build), run here with the request's own
 * context, so the app starts signed in and in the person's language, one round trip earlier.
 * Anything that goes wrong on that path sends the plain page: the app then asks for itself.
 */
export function spaPage(deps: SpaPageDeps): RequestHandler {
  const { clientDir, plainPage, apollo, contextFor, logger } = deps;
  const indexFile = path.join(clientDir, 'index.html');
  let viewerQuery: Promise<string | null> | undefined;
  const loadViewerQuery = () =>
    (viewerQuery ??= fs.promises
      .readFile(path.join(clientDir, VIEWER_DOCUMENT_FILE), 'utf8')
      .catch(() => null));

  async function viewerData(req: Request, res: Response): Promise<unknown> {
    const cookies = req.cookies as Record<string, string> | undefined;
    if (!cookies?.[SESSION_COOKIE]) return null;
    const query = await loadViewerQuery();
    if (!query) return null;
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

  return (req, res, next) => {
    if (!fs.existsSync(indexFile)) return plainPage(req, res, next);
    viewerData(req, res)
      .catch((error: unknown) => {
        logger.warn({ err: error }, 'page sent without its viewer');
        return null;
      })
      .then(async (data) => {
        if (!data) return plainPage(req, res, next);
        const html = await fs.promises.readFile(indexFile, 'utf8');
        const script = `<script type="application/json" id="${PAGE_VIEWER_ID}">${scriptSafeJson(data)}</script>`;
        // One person's data: never stored by a cache, never shown to the next person.
        res.setHeader('Cache-Control', 'private, no-store');
        res.type('html').send(html.replace(/<head>/i, (head) => head + script));
      })
      .catch(next);
  };
}
