import { FIRST_HEADING_ID } from '../../../shared/src/spa-page';
import { MAIN_ID } from './Layout';

/**
 * The request list's heading that the server wrote after #root (server/src/http/spa-page.ts)
 * stays until a page's own first-level heading is in the main region, and goes in the same
 * frame: a MutationObserver's callback runs before the browser paints, so the reader never
 * sees both headings, nor a moment with none. Whatever page the app shows first (the list, the
 * welcome page for someone without a name yet, an error page), its heading takes over.
 */
export function replaceFirstHeading(root: HTMLElement): void {
  const first = document.getElementById(FIRST_HEADING_ID);
  if (!first) return;
  const observer = new MutationObserver(() => {
    if (!root.querySelector(`#${MAIN_ID} h1`)) return;
    observer.disconnect();
    first.remove();
  });
  observer.observe(root, { childList: true, subtree: true });
}
