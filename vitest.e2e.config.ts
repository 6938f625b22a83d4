import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium and Firefox, each scenario once per
// browser (tests/e2e/drivers; NEWSLENS_BROWSERS=chromium or firefox runs one).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    // Limits on waiting, sized for a busy 2-core machine; no test measures time.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    expect: { poll: { timeout: 60_000, interval: 100 } },
    // One file at a time: each starts its browsers, and more would only compete for the CPU.
    fileParallelism: false,
  },
});
