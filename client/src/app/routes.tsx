import { useRoutes, type RouteObject } from 'react-router';
import { ROUTES } from '../../../shared/src/routes';
import { ActivatePage } from '../features/auth/ActivatePage';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage';
import { RegisterPage } from '../features/auth/RegisterPage';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage';
import { SignInPage } from '../features/auth/SignInPage';
import { WelcomePage } from '../features/auth/WelcomePage';
import { CompanyDetails } from '../features/company/CompanyDetails';
import { CompanyLayout } from '../features/company/CompanyLayout';
import { EmployeesPage } from '../features/company/EmployeesPage';
import { HomePage } from '../features/home/HomePage';
import { NotFoundPage } from '../features/not-found/NotFoundPage';
import { ProfilePage } from '../features/profile/ProfilePage';
import { NewRequestPage } from '../features/requests/NewRequestPage';
import { RequestPage } from '../features/requests/RequestPage';
import { RequestsPage } from '../features/requests/RequestsPage';
import { ReturnDetailPage } from '../features/returns/ReturnDetailPage';
import { ReturnsPage } from '../features/returns/ReturnsPage';
import { NewReturnPage } from '../features/returns/wizard/NewReturnPage';
import { BasketPage } from '../features/shop/BasketPage';
import { CataloguePage } from '../features/shop/CataloguePage';
import { InvoicePage } from '../features/shop/InvoicePage';
import { InvoicesPage } from '../features/shop/InvoicesPage';
import { OrderPage } from '../features/shop/OrderPage';
import { OrdersPage } from '../features/shop/OrdersPage';
import { ProductPage } from '../features/shop/ProductPage';
import { ShopLayout } from '../features/shop/ShopLayout';
import { StaffPage } from '../features/staff/StaffPage';
import { StaffRequestPage } from '../features/requests/staff/StaffRequestPage';
import { StaffRequestsPage } from '../features/requests/staff/StaffRequestsPage';
import { StaffRequestTypesPage } from '../features/requests/staff/StaffRequestTypesPage';
import { StaffReturnDetailPage } from '../features/returns/staff/StaffReturnDetailPage';
import { StaffReturnsPage } from '../features/returns/staff/StaffReturnsPage';
import { Layout } from './Layout';
import { RequireAuth } from './session';

const customers = (page: React.ReactNode) => (
  <RequireAuth kind="REPRESENTATIVE">{page}</RequireAuth>
);

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
        element: (
          <RequireAuth kind="AGENT">
            <StaffPage />
          </RequireAuth>
        ),
      },
      {
        path: ROUTES.staffReturns,
        element: (
          <RequireAuth kind="AGENT">
            <StaffReturnsPage />
          </RequireAuth>
        ),
      },
      {
        path: ROUTES.staffReturnDetail,
        element: (
          <RequireAuth kind="AGENT">
            <StaffReturnDetailPage />
          </RequireAuth>
        ),
      },
      {
        path: ROUTES.staffRequests,
        element: (
          <RequireAuth kind="AGENT">
            <StaffRequestsPage />
          </RequireAuth>
        ),
      },
      {
        path: ROUTES.staffRequestDetail,
        element: (
          <RequireAuth kind="AGENT">
            <StaffRequestPage />
          </RequireAuth>
        ),
      },
      {
        path: ROUTES.staffRequestTypes,
        element: (
          <RequireAuth kind="AGENT">
            <StaffRequestTypesPage />
          </RequireAuth>
        ),
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
  return useRoutes(appRoutes);
}
