import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { isLocale } from '../../../shared/src/locales';
import { ROUTES } from '../../../shared/src/routes';
import { useLogOutMutation, ViewerDocument, type ViewerQuery } from '../gql/graphql';
import { currentLocale } from '../lib/locale';
import { signInPath, useViewer, type SignInState } from '../lib/session';
import { Loading } from '../ui/Loading';
import { ForbiddenPage } from './ForbiddenPage';
import i18n from './i18n';
import { onSessionEnded } from './sessionEvents';

/**
 * Forgets everything the previous person saw: the viewer is null at once (pages stop asking),
 * then the store is emptied and the open queries asked again.
 */
/** GraphiQL's storage prefix: its tabs, query history and headers (which may hold an API token). */
const API_EXPLORER_STORAGE = 'graphiql:';

/** The API explorer of this browser forgets what the previous person ran there. */
export function forgetApiExplorer(): void {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith(API_EXPLORER_STORAGE)) localStorage.removeItem(key);
  }
}

function useForgetSession() {
  const client = useApolloClient();
  return useCallback(() => {
    forgetApiExplorer();
    client.cache.writeQuery<ViewerQuery>({ query: ViewerDocument, data: { viewer: null } });
    client.resetStore().catch(() => undefined);
  }, [client]);
}

export function useSignOut() {
  const navigate = useNavigate();
  const [logOut, { loading }] = useLogOutMutation();
  const signOut = async () => {
    try {
      await logOut();
    } catch {
      // Signed out locally all the same: the cookie expires on its own.
    }
    const state: SignInState = { forget: true };
    navigate(ROUTES.signIn, { state });
  };
  return { signOut, loading };
}

/**
 * Side effects of the session, mounted once in the layout:
 *  - a representative's own language is the UI's language once they are signed in (applied once
 *    per person, as they first show; a language chosen after that is theirs to keep);
 *  - an operation that answers UNAUTHENTICATED while signed in ends the session here too.
 */
export function SessionEffects() {
  const { representative } = useViewer();
  const navigate = useNavigate();
  const location = useLocation();
  const forget = useForgetSession();
  const applied = useRef<string | null>(null);
  const forgotten = useRef<string | null>(null);

  const repId = representative?.id ?? null;
  const repLocale = representative?.locale ?? null;
  // In the commit that first shows the person, before anything is painted: an effect ran after
  // the paint (Preact: up to a frame later), so a language chosen in between was undone by the
  // profile's, now out of date (Layout.test.tsx, "the moment the signed-in header shows").
  useLayoutEffect(() => {
    if (!repId) {
      applied.current = null;
      return;
    }
    if (applied.current === repId) return;
    applied.current = repId;
    if (isLocale(repLocale) && repLocale !== currentLocale()) void i18n.changeLanguage(repLocale);
  }, [repId, repLocale]);

  const here = location.pathname + location.search;
  useEffect(
    () =>
      onSessionEnded(() => {
        const state: SignInState = { notice: 'sessionEnded', forget: true };
        navigate(signInPath(here), { replace: true, state });
      }),
    [here, navigate],
  );

  // Arrived on the sign-in page that ends the session: forget it, once per navigation.
  const ending = !!(location.state as SignInState | null)?.forget;
  useEffect(() => {
    if (!ending || forgotten.current === location.key) return;
    forgotten.current = location.key;
    forget();
  }, [ending, location.key, forget]);
  return null;
}

interface RequireAuthProps {
  /** Who may see the page: customers' representatives or the seller's agents. */
  kind: 'REPRESENTATIVE' | 'AGENT';
  children: ReactNode;
}

/** Pages that need sign-in: signed out → /sign-in?next=<this page>; the wrong kind → 403 page. */
export function RequireAuth({ kind, children }: RequireAuthProps) {
  const { viewer, loading } = useViewer();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!viewer) {
    return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  }
  if (viewer.kind !== kind) return <ForbiddenPage kind={kind} />;
  return <>{children}</>;
}
