// GraphiQL, built from npm into the binary (vite.graphiql.config.ts →
// dist/graphiql/): no CDN, so it works offline. Its fetcher sends the
// session cookie (same origin) and the CSRF header the server requires on
// cookie-authenticated POSTs, so a signed-in user queries as themself.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CSRF_HEADER } from '../lib/client';

const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  headers: { [CSRF_HEADER]: '1' },
  fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }),
});

const defaultQuery = `# Capofila — GraphiQL. Signed in on this site, queries run with your session.
{
  aggregations(first: 1, where: {name: "Marche Sud"}) {
    edges { node { name lead { name }
      memberships(first: 100) { totalCount
        edges { node { role body { name provinceCode population populationYear } } } } } }
  }
}
`;

const root = document.getElementById('graphiql');
if (root) {
  root.textContent = '';
  createRoot(root).render(
    <StrictMode>
      <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />
    </StrictMode>,
  );
}
