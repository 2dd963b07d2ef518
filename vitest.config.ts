import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, findChromium, MISSING_CHROMIUM } from './scripts/chromium.mjs';
import { ENGINES, findEngines } from './scripts/engines.mjs';
import { webkitgtk } from './test/webkit-provider.js';

const packages = fileURLToPath(new URL('./packages', import.meta.url));
const installed = findEngines();

export default defineConfig({
  // Every dependency the browser tests load, pre-bundled before they start: one found mid-run (as on a clean
  // checkout, with no cache yet) makes Vite re-bundle and reload the test pages, and tests fail at random.
  // They are the packages' own dependencies, listed again in the root's devDependencies to be found from here.
  optimizeDeps: {
    include: [
      'lit',
      'lit/directive.js',
      'lit/directives/repeat.js',
      'lucide',
      '@floating-ui/dom',
      'dom-accessibility-api',
      'opencc-js/core',
      'opencc-js/from/cn',
      'opencc-js/to/cn',
      'pinyin-pro',
      'axe-core',
    ],
  },
  define: {
    __DEV__: 'true',
    __VERSION__: JSON.stringify('0.0.0-test'),
  },
  resolve: {
    // Tests run against sources, never dist/: `@reachable/core/announce` is
    // packages/core/src/announce (its index.ts) or packages/core/src/announce.ts.
    alias: [
      { find: /^@reachable\/(core|elements|react|vue)$/, replacement: `${packages}/$1/src/index.ts` },
      { find: /^@reachable\/(core|elements)\/(.+)$/, replacement: `${packages}/$1/src/$2` },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        // jsdom stands for a browser: packages' browser builds (@lit/react's sets properties only there).
        // Files that ask for `@vitest-environment node` keep the server's conditions.
        resolve: { conditions: ['browser', 'development'] },
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['packages/*/src/**/*.test.{ts,tsx}'],
          exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
        },
      },
      // The built packages on the example pages under a strict CSP, once in each
      // installed engine (`node scripts/engines.mjs` says which, and how to install the others).
      ...ENGINES.filter((engine) => installed[engine]).map((engine) => ({
        extends: true as const,
        test: {
          name: `e2e (${engine})`,
          environment: 'node',
          include: ['test/e2e/**/*.e2e.test.ts'],
          provide: { engine },
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      })),
      {
        // The audit's command line and its use from a project's own tests: it drives Chromium itself.
        extends: true,
        test: {
          name: 'e2e (audit)',
          environment: 'node',
          include: ['packages/*/test/**/*.e2e.test.ts'],
          provide: { engine: 'chromium' },
          testTimeout: 30_000,
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
          provide: { engine: 'chromium' },
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
            instances: [{ browser: 'chromium', provide: { engine: 'chromium' } }],
          },
        },
      },
      // The same in WebKit (WebKitGTK's MiniBrowser), where installed. Firefox cannot run this tier: docs/testing.md says why.
      ...(installed.webkit
        ? [
            {
              extends: true as const,
              test: {
                name: 'browser-webkit',
                include: ['packages/*/src/**/*.browser.test.ts'],
                // The audit is a development tool that drives Chromium (docs/audit.md): its checks are tested there.
                exclude: ['packages/audit/**', '**/node_modules/**'],
                browser: {
                  enabled: true,
                  headless: false, // on an Xvfb display of its own
                  screenshotFailures: false,
                  provider: webkitgtk(),
                  instances: [{ browser: 'safari' as const, name: 'browser (webkit)', provide: { engine: 'webkit' as const } }],
                },
              },
            },
          ]
        : []),
    ],
  },
});
