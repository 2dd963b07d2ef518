// Drives the built examples, served with the strict CSP of scripts/serve.mjs, in
// the engine of this vitest project (`e2e (chromium)`, `e2e (firefox)`,
// `e2e (webkit)`; vitest.config.ts makes one for each installed engine).
import { existsSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { serveExamples } from '../../scripts/serve.mjs';
import { launch, type Driver, type DriverPage, type EngineName } from './drivers.js';
import { Page } from './page.js';

declare module 'vitest' {
  export interface ProvidedContext {
    engine: EngineName;
  }
}

export type { Locator } from './page.js';
export { Page };

/** The engine these tests run in. */
export const engine: EngineName = inject('engine');

const EMBED = new URL('../../packages/embed/dist/reachable.js', import.meta.url);

export interface ExamplePage {
  page: Page;
  /** Console errors and warnings, uncaught exceptions, failed loads and CSP violations seen so far. */
  problems(): Promise<string[]>;
}

/** Starts the examples server and the engine for this test file; returns a function that opens a page. */
export function useExamples(): (path: string) => Promise<ExamplePage> {
  let driver: Driver;
  let server: { url: string; close(): Promise<void> };
  const open: DriverPage[] = [];

  beforeAll(async () => {
    if (!existsSync(EMBED)) throw new Error('The packages are not built: run `pnpm build` first.');
    server = await serveExamples({
      port: 0,
      mounts: [
        ['/test-pages/', 'test/e2e/pages'],
        ['/test-problems/', 'test/e2e/problems'],
      ],
      headStart: '<script src="/test-problems/record.js"></script>',
    });
    driver = await launch(engine);
  });
  afterEach(async () => {
    for (const page of open.splice(0)) await page.close();
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  return async (path) => {
    const driverPage = await driver.newPage(server.url);
    open.push(driverPage);
    await driverPage.goto(new URL(path, server.url).href);
    const page = new Page(driverPage, engine);
    return { page, problems: () => page.problems() };
  };
}

/** Runs axe-core in the page and expects no violations. */
export function expectNoAxeViolations(page: Page): Promise<void> {
  return page.expectNoAxeViolations();
}
