import { useApolloClient } from '@apollo/client/react';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { ROUTES } from '../../../shared/src/routes';
import {
  useViewerQuery,
  ViewerDocument,
  type ViewerFieldsFragment,
  type ViewerQuery,
} from '../gql/graphql';
import { safeNext } from './validation';

export type ViewerData = ViewerFieldsFragment;

type ViewerResult = Pick<ReturnType<typeof useViewerQuery>, 'data' | 'loading' | 'error'>;

function viewerState({ data, loading, error }: ViewerResult) {
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

const ViewerContext = createContext<ReturnType<typeof viewerState> | null>(null);

/**
 * Who is signed in, for every component below: the Viewer query, loaded once at start and kept
 * in the Apollo cache, watched here once. A watch per component that asked made eight on the
 * request list, each set up on the first render and diffed on every write to the cache.
 */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const { data, loading, error } = useViewerQuery();
  const value = useMemo(() => viewerState({ data, loading, error }), [data, loading, error]);
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

/** Who is signed in (from <ViewerProvider>, which main.tsx and the tests' render put at the top). */
export function useViewer() {
  const state = useContext(ViewerContext);
  if (!state) throw new Error('useViewer() needs a <ViewerProvider> above it');
  return state;
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
