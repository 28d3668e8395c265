import { useApolloClient } from '@apollo/client/react';
import { ROUTES } from '../../../shared/src/routes';
import {
  useViewerQuery,
  ViewerDocument,
  type ViewerFieldsFragment,
  type ViewerQuery,
} from '../gql/graphql';
import { safeNext } from './validation';

export type ViewerData = ViewerFieldsFragment;

/** Who is signed in (the Viewer query, loaded once at start and kept in the Apollo cache). */
export function useViewer() {
  const { data, loading, error } = useViewerQuery();
  const viewer = data?.viewer ?? null;
  const representative = viewer?.kind === 'REPRESENTATIVE' ? viewer.representative : null;
  return {
    viewer,
    /** True until the first answer (signed in or not) arrived. */
    loading: loading && !data,
    error,
    representative,
    company: representative ? (viewer?.company ?? null) : null,
    agent: viewer?.kind === 'AGENT' ? viewer.agent : null,
    isAdmin: representative?.role === 'ADMIN',
  };
}

/** The address of the sign-in page that comes back to `path` afterwards. */
export function signInPath(path: string): string {
  return `${ROUTES.signIn}?next=${encodeURIComponent(path)}`;
}

/** Where a person goes after signing in: `next`, else home (customers) or the staff area. */
export function landingPath(viewer: ViewerData, next: string | null): string {
  const safe = safeNext(next);
  if (safe) return safe;
  return viewer.kind === 'AGENT' ? ROUTES.staff : ROUTES.home;
}

/** Puts the viewer a sign-in, registration or activation answered into the cache. */
export function useRememberViewer() {
  const client = useApolloClient();
  return (viewer: ViewerData) => {
    client.cache.writeQuery<ViewerQuery>({ query: ViewerDocument, data: { viewer } });
  };
}

/** Notice shown on the sign-in page (router state). */
export type SignInNotice = 'sessionEnded';

/**
 * Router state of a navigation to the sign-in page that ends the session. The session is
 * forgotten once that page is shown, not before: the router navigates in a transition, and
 * a viewer cleared first would let the page's guard redirect on its own (without the notice).
 */
export interface SignInState {
  notice?: SignInNotice;
  forget?: boolean;
}
