import '@mantine/core/styles.css';
import './app/global.css';
import './app/i18n';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './app/apollo';
import { AppRoutes } from './app/routes';
import { UiProviders } from './app/UiProviders';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const client = createApolloClient();

createRoot(container).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <UiProviders>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </UiProviders>
    </ApolloProvider>
  </StrictMode>,
);
