/**
 * The signed-in viewer, written by the server into the page it serves (index.html) as the data
 * of the SPA's Viewer query: the app starts with who is signed in and in which language, with no
 * round trip before its first page (issue 11).
 */

/** The id of the `<script type="application/json">` element that holds it. */
export const PAGE_VIEWER_ID = 'portal-viewer';

/** The file the client build writes beside index.html: the Viewer query and its fragments. */
export const VIEWER_DOCUMENT_FILE = 'viewer.graphql';
