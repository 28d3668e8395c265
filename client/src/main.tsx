import '@mantine/core/styles.css';
import 'virtual:portal-mantine-theme.css';
import './app/global.css';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './app/apollo';
import { replaceFirstHeading } from './app/first-heading';
import { i18nReady } from './app/i18n';
import { primeViewer } from './app/page-viewer';
import { AppRoutes } from './app/routes';
import { UiProviders } from './app/UiProviders';
import { ViewerProvider } from './lib/session';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const client = createApolloClient();
// Signed in: the page brought the viewer, so the first render needs no Viewer round trip.
primeViewer(client);
// The request list's heading the server may have written goes when a page's own heading comes.
replaceFirstHeading(container);

// The first render waits for the language's texts (one small chunk), so no key flashes.
void i18nReady.finally(() =>
  createRoot(container).render(
    <StrictMode>
      <ApolloProvider client={client}>
        <ViewerProvider>
          <UiProviders>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </UiProviders>
        </ViewerProvider>
      </ApolloProvider>
    </StrictMode>,
  ),
);
