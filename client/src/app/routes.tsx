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
import { StaffPage } from '../features/staff/StaffPage';
import { Layout } from './Layout';
import { RequireAuth } from './session';

const customers = (page: React.ReactNode) => (
  <RequireAuth kind="REPRESENTATIVE">{page}</RequireAuth>
);

/**
 * The SPA's routes (paths from shared/src/routes.ts). Requests, returns and shop are linked
 * from the layout and land on the 404 page until those features exist.
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
      {
        path: ROUTES.company,
        element: customers(<CompanyLayout />),
        children: [
          { index: true, element: <CompanyDetails /> },
          { path: 'employees', element: <EmployeesPage /> },
        ],
      },
      {
        path: ROUTES.staff,
        element: (
          <RequireAuth kind="AGENT">
            <StaffPage />
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
