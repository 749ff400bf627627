import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// GraphiQL (graphiql/index.html) is built on its own into dist/graphiql/,
// after the app (vite.config.ts): none of its code (React's copy, Monaco
// and its workers) enters the app's chunks, so the app's first load does not
// grow. The Go server serves it at /graphiql with --dev.
export default defineConfig({
  plugins: [react()],
  root: fileURLToPath(new URL('./graphiql', import.meta.url)),
  base: '/graphiql/',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('./dist/graphiql', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 5000,
  },
  worker: { format: 'es' },
});
