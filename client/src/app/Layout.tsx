import { Anchor, Button, Container, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { ROUTES } from '../../../shared/src/routes';
import { AppFooter } from './AppFooter';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguageSwitcher } from './LanguageSwitcher';
import { RouteErrorPage } from './RouteErrorPage';
import { useViewer } from '../lib/session';
import { SessionEffects } from './session';
import { UserMenu } from './UserMenu';

const CUSTOMER_NAV = [
  { to: ROUTES.requests, label: 'nav.requests' },
  { to: ROUTES.returns, label: 'nav.returns' },
  { to: ROUTES.shop, label: 'nav.shop' },
  { to: ROUTES.company, label: 'nav.company' },
] as const;

const STAFF_NAV = [{ to: ROUTES.staff, label: 'nav.staff' }] as const;

export const MAIN_ID = 'main-content';

export function Layout() {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const { viewer, representative, agent, loading } = useViewer();
  const navItems = agent ? STAFF_NAV : CUSTOMER_NAV;
  // A representative without a name (a contracted customer's first sign-in) gives it first.
  const needsName = !!representative && !representative.name && pathname !== ROUTES.welcome;
  return (
    <div className="app-shell">
      <SessionEffects />
      <a className="skip-link" href={`#${MAIN_ID}`}>
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Container size="lg" py="sm" className="app-header-frame">
          <Group justify="space-between" gap="md" className="app-header-bar">
            <Anchor component={Link} to={ROUTES.home} className="app-brand" underline="never">
              {t('app.name')}
            </Anchor>
            <nav aria-label={t('nav.label')} className="app-nav">
              <ul>
                {navItems.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to}>{t(item.label)}</NavLink>
                  </li>
                ))}
              </ul>
            </nav>
            <Group gap="sm" wrap="nowrap" className="app-header-tools">
              <LanguageSwitcher />
              {viewer ? (
                <UserMenu />
              ) : loading || pathname === ROUTES.signIn ? null : (
                <Button component={Link} to={ROUTES.signIn} variant="outline" size="sm">
                  {t('nav.signIn')}
                </Button>
              )}
            </Group>
          </Group>
        </Container>
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="app-main">
        <Container size="lg" py="xl">
          {/* Keyed by path: leaving a failed page resets the boundary. */}
          <ErrorBoundary key={pathname} fallback={<RouteErrorPage />}>
            {needsName ? (
              <Navigate
                to={`${ROUTES.welcome}?next=${encodeURIComponent(pathname + search)}`}
                replace
              />
            ) : (
              <Outlet />
            )}
          </ErrorBoundary>
        </Container>
      </main>
      <AppFooter />
    </div>
  );
}
