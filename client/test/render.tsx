import { ApolloLink } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { MockLink } from '@apollo/client/testing';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { createCache, createSessionLink } from '../src/app/apollo';
import '../src/app/i18n';
import { AppRoutes } from '../src/app/routes';
import { UiProviders } from '../src/app/UiProviders';
import { ViewerProvider } from '../src/lib/session';

export interface RenderOptions {
  /** Responses of the mocked network (the Apollo link), in the order they are asked for. */
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  /** The address the router starts at. */
  route?: string;
}

function Providers({
  mocks = [],
  children,
}: {
  mocks?: RenderOptions['mocks'];
  children: ReactNode;
}) {
  return (
    // The app's own session link in front of the mocked network, as in createApolloClient().
    <MockedProvider
      link={ApolloLink.from([createSessionLink(), new MockLink(mocks)])}
      cache={createCache()}
    >
      <ViewerProvider>
        <UiProviders env="test">{children}</UiProviders>
      </ViewerProvider>
    </MockedProvider>
  );
}

/** Renders one component with the portal's providers, a memory router and a mocked network. */
export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}): RenderResult {
  return render(
    <Providers mocks={options.mocks}>
      <MemoryRouter initialEntries={[options.route ?? '/']}>{ui}</MemoryRouter>
    </Providers>,
  );
}

/** Renders the whole app (layout and routes) at a route, with a mocked network. */
export function renderApp(options: RenderOptions = {}): RenderResult {
  return renderWithProviders(<AppRoutes />, options);
}
