import { lazy, Suspense, useEffect, type ComponentType, type ReactNode } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { requestPath, ROUTES } from '../../../shared/src/routes';
import { Layout } from './Layout';
import { Loading } from '../ui/Loading';
import { RequireAuth } from './session';
import { useViewer } from '../lib/session';
import { allTexts, requestTexts } from './i18n';

/**
 * A page loaded when its route is first visited (its own chunk), shown with a spinner until
 * then and until `texts` settles. Each page module exports its component by name.
 */
function lazyPage<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
  texts: () => Promise<void>,
) {
  const Lazy = lazy(async () => {
    // All the page's chunks at once, from the build's route table, for the address the router
    // has just moved to (a layout's page and its child's at the first of them).
    window.portalPreload?.(window.location.pathname);
    const [module] = await Promise.all([load(), texts()]);
    return { default: module[name] as ComponentType };
  });
  return function Page() {
    return (
      <Suspense fallback={<Loading />}>
        <Lazy />
      </Suspense>
    );
  };
}

/** A page that waits for all the language's texts (the usual case). */
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazyPage(load, name, allTexts);

/**
 * A page a first visit may open, shown with the first part of the texts alone
 * (app/first-texts.ts; `first-texts.test.ts` holds it to those sections).
 */
const pageOnFirstTexts = <K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
) => lazyPage(load, name, () => Promise.resolve());

/**
 * The request list, shown with the first part of the texts and its own sections
 * (REQUEST_TEXTS in app/first-texts.ts; `first-texts.test.ts` holds it to those).
 */
const pageOnRequestTexts = <K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
) => lazyPage(load, name, requestTexts);

const ActivatePage = pageOnFirstTexts(
  () => import('../features/auth/ActivatePage'),
  'ActivatePage',
);
const ForgotPasswordPage = pageOnFirstTexts(
  () => import('../features/auth/ForgotPasswordPage'),
  'ForgotPasswordPage',
);
const JoinPage = pageOnFirstTexts(() => import('../features/auth/JoinPage'), 'JoinPage');
const JoinConfirmPage = pageOnFirstTexts(
  () => import('../features/auth/JoinConfirmPage'),
  'JoinConfirmPage',
);
const StaffJoinRequestsPage = page(
  () => import('../features/company/staff/StaffJoinRequestsPage'),
  'StaffJoinRequestsPage',
);
const RegisterPage = pageOnFirstTexts(
  () => import('../features/auth/RegisterPage'),
  'RegisterPage',
);
const ResetPasswordPage = pageOnFirstTexts(
  () => import('../features/auth/ResetPasswordPage'),
  'ResetPasswordPage',
);
const SignInPage = pageOnFirstTexts(() => import('../features/auth/SignInPage'), 'SignInPage');
const WelcomePage = page(() => import('../features/auth/WelcomePage'), 'WelcomePage');
const CompanyDetails = page(() => import('../features/company/CompanyDetails'), 'CompanyDetails');
const CompanyLayout = page(() => import('../features/company/CompanyLayout'), 'CompanyLayout');
const EmployeesPage = page(() => import('../features/company/EmployeesPage'), 'EmployeesPage');
const HomePage = page(() => import('../features/home/HomePage'), 'HomePage');
const NotFoundPage = pageOnFirstTexts(
  () => import('../features/not-found/NotFoundPage'),
  'NotFoundPage',
);
const ProfilePage = page(() => import('../features/profile/ProfilePage'), 'ProfilePage');
const NewRequestPage = page(() => import('../features/requests/NewRequestPage'), 'NewRequestPage');
const RequestPage = page(() => import('../features/requests/RequestPage'), 'RequestPage');
const RequestsPage = pageOnRequestTexts(
  () => import('../features/requests/RequestsPage'),
  'RequestsPage',
);
const ReturnDetailPage = page(
  () => import('../features/returns/ReturnDetailPage'),
  'ReturnDetailPage',
);
const ReturnsPage = page(() => import('../features/returns/ReturnsPage'), 'ReturnsPage');
const NewReturnPage = page(
  () => import('../features/returns/wizard/NewReturnPage'),
  'NewReturnPage',
);
const BasketPage = page(() => import('../features/shop/BasketPage'), 'BasketPage');
const CataloguePage = page(() => import('../features/shop/CataloguePage'), 'CataloguePage');
const InvoicePage = page(() => import('../features/shop/InvoicePage'), 'InvoicePage');
const InvoicesPage = page(() => import('../features/shop/InvoicesPage'), 'InvoicesPage');
const OrderPage = page(() => import('../features/shop/OrderPage'), 'OrderPage');
const OrdersPage = page(() => import('../features/shop/OrdersPage'), 'OrdersPage');
const ProductPage = page(() => import('../features/shop/ProductPage'), 'ProductPage');
const ShopLayout = page(() => import('../features/shop/ShopLayout'), 'ShopLayout');
const StaffPage = page(() => import('../features/staff/StaffPage'), 'StaffPage');
const StaffRequestPage = page(
  () => import('../features/requests/staff/StaffRequestPage'),
  'StaffRequestPage',
);
const StaffRequestsPage = page(
  () => import('../features/requests/staff/StaffRequestsPage'),
  'StaffRequestsPage',
);
const StaffRequestTypesPage = page(
  () => import('../features/requests/staff/StaffRequestTypesPage'),
  'StaffRequestTypesPage',
);
const ServiceLevelsPage = page(
  () => import('../features/requests/staff/ServiceLevelsPage'),
  'ServiceLevelsPage',
);
const StaffReturnDetailPage = page(
  () => import('../features/returns/staff/StaffReturnDetailPage'),
  'StaffReturnDetailPage',
);
const StaffReturnsPage = page(
  () => import('../features/returns/staff/StaffReturnsPage'),
  'StaffReturnsPage',
);
const UnmatchedDocumentsPage = page(
  () => import('../features/shop/staff/UnmatchedDocumentsPage'),
  'UnmatchedDocumentsPage',
);

const customers = (element: ReactNode) => (
  <RequireAuth kind="REPRESENTATIVE">{element}</RequireAuth>
);
const agents = (element: ReactNode) => <RequireAuth kind="AGENT">{element}</RequireAuth>;

/**
 * The SPA's routes (paths from shared/src/routes.ts); anything else shows the 404 page.
 */
export const appRoutes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: ROUTES.signIn, element: <SignInPage /> },
      { path: ROUTES.register, element: <RegisterPage /> },
      { path: ROUTES.forgotPassword, element: <ForgotPasswordPage /> },
      { path: ROUTES.join, element: <JoinPage /> },
      { path: ROUTES.joinConfirm, element: <JoinConfirmPage /> },
      { path: ROUTES.resetPassword, element: <ResetPasswordPage /> },
      { path: ROUTES.activate, element: <ActivatePage /> },
      { path: ROUTES.welcome, element: customers(<WelcomePage />) },
      { path: ROUTES.profile, element: customers(<ProfilePage />) },
      { path: ROUTES.requests, element: customers(<RequestsPage />) },
      { path: ROUTES.requestsNew, element: customers(<NewRequestPage />) },
      { path: ROUTES.requestDetail, element: customers(<RequestPage />) },
      {
        path: ROUTES.company,
        element: customers(<CompanyLayout />),
        children: [
          { index: true, element: <CompanyDetails /> },
          { path: 'employees', element: <EmployeesPage /> },
        ],
      },
      {
        path: ROUTES.shop,
        element: customers(<ShopLayout />),
        children: [
          { index: true, element: <CataloguePage /> },
          { path: 'products/:sku', element: <ProductPage /> },
          { path: 'basket', element: <BasketPage /> },
          { path: 'orders', element: <OrdersPage /> },
          { path: 'orders/:id', element: <OrderPage /> },
          { path: 'invoices', element: <InvoicesPage /> },
          { path: 'invoices/:id', element: <InvoicePage /> },
        ],
      },
      { path: ROUTES.returns, element: customers(<ReturnsPage />) },
      { path: ROUTES.returnsNew, element: customers(<NewReturnPage />) },
      { path: ROUTES.returnDetail, element: customers(<ReturnDetailPage />) },
      {
        path: ROUTES.staff,
        element: agents(<StaffPage />),
      },
      {
        path: ROUTES.staffJoinRequests,
        element: agents(<StaffJoinRequestsPage />),
      },
      {
        path: ROUTES.staffReturns,
        element: agents(<StaffReturnsPage />),
      },
      {
        path: ROUTES.staffReturnDetail,
        element: agents(<StaffReturnDetailPage />),
      },
      {
        path: ROUTES.staffRequests,
        element: agents(<StaffRequestsPage />),
      },
      {
        path: ROUTES.staffRequestDetail,
        element: agents(<StaffRequestPage />),
      },
      {
        path: ROUTES.staffRequestTypes,
        element: agents(<StaffRequestTypesPage />),
      },
      {
        path: ROUTES.staffServiceLevels,
        element: agents(<ServiceLevelsPage />),
      },
      {
        path: ROUTES.staffUnmatchedDocuments,
        element: agents(<UnmatchedDocumentsPage />),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/**
 * The routes inside whichever router hosts them: BrowserRouter in the app, MemoryRouter in
 * component tests (declarative mode: the data APIs need a fetch Request that jsdom lacks, and
 * the portal loads its data through Apollo, not route loaders).
 */
export function AppRoutes() {
  usePrefetchLikelyPages();
  return useRoutes(appRoutes);
}

declare global {
  interface Window {
    /** From the built app's boot script (client/vite.first-route.mts); absent in dev. */
    portalPrefetch?: (paths: string[]) => void;
    /** The same: preloads the chunks of the page at a path (once each). */
    portalPreload?: (path: string) => void;
  }
}

/** Where each kind of visitor most likely goes next (the first screens of the nav). */
function likelyPaths(kind: 'REPRESENTATIVE' | 'AGENT' | null): string[] {
  if (kind === 'REPRESENTATIVE') {
    return [ROUTES.home, ROUTES.requests, requestPath('X'), ROUTES.requestsNew];
  }
  if (kind === 'AGENT') return [ROUTES.staff, ROUTES.staffRequests];
  return [ROUTES.signIn, ROUTES.home];
}

/**
 * Once the first page is shown and the browser is idle, the chunks of the likely next pages
 * are prefetched (<link rel="prefetch">: low priority, downloaded into the cache, not run), so
 * navigating there needs no round trip.
 */
function usePrefetchLikelyPages() {
  const { viewer, loading } = useViewer();
  const kind = viewer?.kind === 'REPRESENTATIVE' || viewer?.kind === 'AGENT' ? viewer.kind : null;
  useEffect(() => {
    const prefetch = window.portalPrefetch;
    if (loading || !prefetch || typeof window.requestIdleCallback !== 'function') return;
    const id = window.requestIdleCallback(() => prefetch(likelyPaths(kind)), { timeout: 10_000 });
    return () => window.cancelIdleCallback(id);
  }, [kind, loading]);
}
