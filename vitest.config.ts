import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { bundledIndexPlugin } from './scripts/build/bundled-index';

// Unit and component tests: happy-dom, WXT's fake browser (reset before each test).
export default defineConfig({
  plugins: [WxtVitest(), bundledIndexPlugin()],
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
});
