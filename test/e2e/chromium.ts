// Drives the built examples in Chromium through Playwright itself, for the tests that watch the
// network (which files a page requests, a file that fails to load): the page API of browser.ts,
// which every engine shares, has no requests to watch. Served with the strict CSP of scripts/serve.mjs.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, expect } from 'vitest';
import { CHROMIUM_ARGS, findChromium, MISSING_CHROMIUM } from '../../scripts/chromium.mjs';
import { serveExamples } from '../../scripts/serve.mjs';

const EMBED = new URL('../../packages/embed/dist/reachable.js', import.meta.url);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface ExamplePage {
  page: Page;
  /** Console errors, uncaught exceptions and CSP violations seen so far. */
  problems: string[];
}

/** Starts the examples server and Chromium for this test file; returns a function that opens a page. */
export function useExamples(): (path: string) => Promise<ExamplePage> {
  let browser: Browser;
  let server: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    if (!existsSync(EMBED)) throw new Error('The packages are not built: run `pnpm build` first.');
    const executablePath = findChromium();
    if (!executablePath) throw new Error(MISSING_CHROMIUM);
    server = await serveExamples({ port: 0, mounts: [['/test-pages/', 'test/e2e/pages']] });
    browser = await chromium.launch({
      executablePath,
      args: CHROMIUM_ARGS,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return async (path) => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await page.goto(new URL(path, server.url).href);
    return { page, problems };
  };
}

/** Runs axe-core in the page (DevTools evaluation is not subject to the page's CSP) and expects no violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  expect(violations, 'axe-core violations').toEqual([]);
}
