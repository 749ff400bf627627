import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// In development the SPA runs on Vite's server and the API on the Go server:
// /graphql, /auth and the downloads (PDFs, exports, documents, calendar
// feeds, access-request acts) are proxied so the session cookie stays
// same-origin. The downloads match a whole first segment, so that routes of
// the app such as /calendario stay Vite's.
const api = process.env.CAPOFILA_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  // The dev server serves the app only: without this its dependency scan
  // also crawls GraphiQL's page (built by vite.graphiql.config.ts), whose
  // Monaco workers it cannot pre-bundle, and stops.
  optimizeDeps: { entries: ['index.html'] },
  server: {
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/auth': { target: api, changeOrigin: false },
      '^/(reports|exports|documents|calendar|access-requests|mail)/': { target: api, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Libraries in one long-cached chunk, the generated GraphQL documents in
        // another; the app's code (and the lazily
        // loaded project and claim screens) in their own.
        advancedChunks: {
          groups: [
            { name: 'vendor', test: /node_modules/ },
            { name: 'documents', test: /src[\\/]gql[\\/]/ },
          ],
        },
      },
    },
  },
});
