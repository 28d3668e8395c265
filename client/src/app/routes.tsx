import { useRoutes, type RouteObject } from 'react-router';
import { HomePage } from '../features/home/HomePage';
import { NotFoundPage } from '../features/not-found/NotFoundPage';
import { Layout } from './Layout';

/**
 * The SPA's routes (paths from shared/src/routes.ts). Requests, returns, shop, company and
 * sign-in are linked from the layout and land on the 404 page until those features exist.
 */
export const appRoutes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
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
