import { Anchor, Button, Container, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { ROUTES } from '../../../shared/src/routes';
import { AppFooter } from './AppFooter';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguageSwitcher } from './LanguageSwitcher';
import { RouteErrorPage } from './RouteErrorPage';

const NAV_ITEMS = [
  { to: ROUTES.requests, label: 'nav.requests' },
  { to: ROUTES.returns, label: 'nav.returns' },
  { to: ROUTES.shop, label: 'nav.shop' },
  { to: ROUTES.company, label: 'nav.company' },
] as const;

export const MAIN_ID = 'main-content';

export function Layout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <div className="app-shell">
      <a className="skip-link" href={`#${MAIN_ID}`}>
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Container size="lg" py="sm">
          <Group justify="space-between" gap="md">
            <Anchor component={Link} to={ROUTES.home} className="app-brand" underline="never">
              {t('app.name')}
            </Anchor>
            <nav aria-label={t('nav.label')} className="app-nav">
              <ul>
                {NAV_ITEMS.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to}>{t(item.label)}</NavLink>
                  </li>
                ))}
              </ul>
            </nav>
            <Group gap="sm" wrap="nowrap">
              <LanguageSwitcher />
              <Button component={Link} to={ROUTES.signIn} variant="outline" size="sm">
                {t('nav.signIn')}
              </Button>
            </Group>
          </Group>
        </Container>
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="app-main">
        <Container size="lg" py="xl">
          {/* Keyed by path: leaving a failed page resets the boundary. */}
          <ErrorBoundary key={pathname} fallback={<RouteErrorPage />}>
            <Outlet />
          </ErrorBoundary>
        </Container>
      </main>
      <AppFooter />
    </div>
  );
}
