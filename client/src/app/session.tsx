import { useApolloClient } from '@apollo/client/react';
import { Center, Loader } from '@mantine/core';
import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { isLocale } from '../../../shared/src/locales';
import { ROUTES } from '../../../shared/src/routes';
import {
  useLogOutMutation,
  useViewerQuery,
  ViewerDocument,
  type ViewerFieldsFragment,
  type ViewerQuery,
} from '../gql/graphql';
import { ForbiddenPage } from './ForbiddenPage';
import i18n, { currentLocale } from './i18n';
import { onSessionEnded } from './sessionEvents';
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

/**
 * Forgets everything the previous person saw: the viewer is null at once (pages stop asking),
 * then the store is emptied and the open queries asked again.
 */
function useForgetSession() {
  const client = useApolloClient();
  return useCallback(() => {
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

/**
 * Side effects of the session, mounted once in the layout:
 *  - a representative's own language is the UI's language once they are signed in;
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
  useEffect(() => {
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

function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader role="status" aria-label={t('common.loading')} />
    </Center>
  );
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
  if (loading) return <PageLoader />;
  if (!viewer) {
    return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  }
  if (viewer.kind !== kind) return <ForbiddenPage kind={kind} />;
  return <>{children}</>;
}
