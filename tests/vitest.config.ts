import { defineConfig } from 'vitest/config'

// Unit tests run in plain Node (core has no DOM); e2e tests drive real Chromium through
// playwright-core and real servers on 127.0.0.1, so they get longer timeouts.
export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  test: {
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      // One suite of API scenarios over both transports (browser mode's HTTP, the desktop app's IPC).
      { extends: true, test: { name: 'contract', include: ['tests/contract/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One file at a time: each starts Chromium and servers, and two at once on a 2-core machine
          // starve each other into timeouts that say nothing about the product.
          fileParallelism: false,
        },
      },
    ],
  },
})
