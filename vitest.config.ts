import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, findChromium, MISSING_CHROMIUM } from './scripts/chromium.mjs';

const packages = fileURLToPath(new URL('./packages', import.meta.url));

export default defineConfig({
  define: {
    __DEV__: 'true',
    __VERSION__: JSON.stringify('0.0.0-test'),
  },
  resolve: {
    // Tests run against sources, never dist/: `@reachable/core/announce` is
    // packages/core/src/announce (its index.ts) or packages/core/src/announce.ts.
    alias: [
      { find: /^@reachable\/(core|elements)$/, replacement: `${packages}/$1/src/index.ts` },
      { find: /^@reachable\/(core|elements)\/(.+)$/, replacement: `${packages}/$1/src/$2` },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['packages/*/src/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
        },
      },
      {
        // The built packages on the example pages, driven in Chromium under a strict CSP.
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.test.ts', 'packages/*/test/**/*.e2e.test.ts'],
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        // The same pages with the script tag's one-file build in place of its first file.
        extends: true,
        test: {
          name: 'e2e-standalone',
          environment: 'node',
          include: ['test/e2e/{embed,announcer,captions,text-aids}.e2e.test.ts'],
          env: { REACHABLE_EMBED: 'standalone' },
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['packages/*/src/**/*.browser.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                get executablePath() {
                  const path = findChromium();
                  if (!path) throw new Error(MISSING_CHROMIUM);
                  return path;
                },
                args: CHROMIUM_ARGS,
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
