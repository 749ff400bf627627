import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// design-react-kit's CommonJS build sets NODE_ENV=production and breaks
// rendering under test (`jsxDEV is not a function`): use the ESM builds.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^design-react-kit$/, replacement: 'design-react-kit/dist/index.js' },
      { find: /^bootstrap-italia$/, replacement: 'bootstrap-italia/dist/bootstrap-italia.esm.js' },
    ],
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // A hang guard, not a timing check: in CI the component tests run
    // beside the Go and browser tests on two cores, where a form test that
    // takes 2 s alone has taken over 5 s (Vitest's default).
    testTimeout: 30_000,
    server: { deps: { inline: ['design-react-kit', 'bootstrap-italia'] } },
  },
});
