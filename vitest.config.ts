import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import './test/node20.ts';

// Two projects: fast unit tests in happy-dom, and end-to-end tests that drive the built
// extension in Debian's Chromium (one file at a time: each launches a browser).
// CI sets ACKLY_REPORT_DIR to collect a JSON report per run and count the results across runs.
const reportDir = process.env.ACKLY_REPORT_DIR;

export default defineConfig({
  test: {
    ...(reportDir
      ? {
          reporters: ['default', 'json'],
          outputFile: { json: `${reportDir}/vitest-${process.pid}-${Date.now()}.json` },
        }
      : {}),
    projects: [
      {
        plugins: [WxtVitest(), preact()],
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['test/unit/setup.ts'],
          testTimeout: 20_000,
        },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
          retry: process.env.CI ? 1 : 0,
        },
      },
    ],
  },
});
