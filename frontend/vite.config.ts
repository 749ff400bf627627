import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// In development the SPA runs on Vite's server and the API on the Go server:
// /graphql and /auth are proxied so the session cookie stays same-origin.
const api = process.env.CAPOFILA_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/auth': { target: api, changeOrigin: false },
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
