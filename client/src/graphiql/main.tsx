// The API explorer (served by the server at /graphiql): GraphiQL 5 with the doc explorer and the
// query-builder explorer, built into our own assets — nothing is loaded from another host.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import './graphiql.css';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ROUTES } from '../../../shared/src/routes';
import { liveSocketUrl } from '../lib/live';

const DEFAULT_QUERY = `# The customer portal's GraphQL API.
# Run: the play button or Ctrl/Cmd + Enter.
{
  appInfo {
    name
    version
    locales
  }
}
`;

const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  // Same-origin requests carry the session cookie, so the explorer acts as the signed-in user.
  fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }),
  headers: { 'content-type': 'application/json' },
  // Subscriptions over a WebSocket to the same /graphql (graphql-ws), signed in by the cookie.
  subscriptionUrl: liveSocketUrl(window.location),
});

const plugins = [explorerPlugin(), HISTORY_PLUGIN];

function ApiExplorer() {
  return (
    <div className="gq-page">
      <header className="gq-header">
        <a href={ROUTES.home}>← Portal</a>
        <span className="gq-title">API explorer</span>
      </header>
      <main className="gq-main">
        <GraphiQL fetcher={fetcher} plugins={plugins} defaultQuery={DEFAULT_QUERY} />
      </main>
    </div>
  );
}

const container = document.getElementById('graphiql');
if (!container) throw new Error('graphiql.html has no #graphiql element');

createRoot(container).render(
  <StrictMode>
    <ApiExplorer />
  </StrictMode>,
);
