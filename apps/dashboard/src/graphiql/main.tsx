import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getToken } from '../authProvider/token';
import { EXAMPLES_PLUGIN } from './ExamplesPlugin';
import { DEFAULT_QUERY } from './examples';
import { authHeaders } from './headers';

// Headers are computed per request, so signing in or out in the dashboard applies without reloading this page.
const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  fetch: (input, init) => {
    const headers = new Headers(init?.headers);
    for (const [name, value] of Object.entries(authHeaders(getToken(), localStorage.getItem('RaStore.locale')))) headers.set(name, value);
    return fetch(input, { ...init, headers });
  },
});

// The examples panel starts open until the user has chosen a panel themselves (GraphiQL stores that choice).
const firstVisit = localStorage.getItem('graphiql:visiblePlugin') === null;

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} plugins={[EXAMPLES_PLUGIN]} visiblePlugin={firstVisit ? EXAMPLES_PLUGIN : undefined} />
  </StrictMode>,
);
