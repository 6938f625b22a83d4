import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium (see tests/e2e/support).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file drives its own browser; two at a time suits a two-core machine.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
