import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium (see tests/e2e/support).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    // Limits on waiting, sized for a busy 2-core machine; no test measures time.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    expect: { poll: { timeout: 60_000, interval: 100 } },
    // One browser at a time: each starts Chromium, and two would only compete for the CPU.
    fileParallelism: false,
  },
});
