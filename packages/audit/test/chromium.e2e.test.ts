// The flags every Chromium is started with — the audit's, and the tests' and benchmarks' — keep
// Playwright's own and add ours: Chromium reads only the last --disable-features, so a list that
// forgot one of Playwright's would quietly turn that feature back on (HTTPS upgrades of http://
// pages, paint holding, …).
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS as TOOLING_ARGS } from '../../../scripts/chromium.mjs';
import { CHROMIUM_ARGS, findChromium } from '../src/node/chromium.js';

const featureLists = (argv: string[]) =>
  argv.filter((arg) => arg.startsWith('--disable-features=')).map((arg) => new Set(arg.slice('--disable-features='.length).split(',')));

describe.each([
  ['the audit', CHROMIUM_ARGS],
  ['the tests and benchmarks', TOOLING_ARGS],
])('the Chromium flags of %s', (_, args) => {
  it("repeat every feature Playwright turns off in the --disable-features Chromium reads (the last), and add the browser's own UI", async () => {
    const server = await chromium.launchServer({ executablePath: findChromium()!, args, headless: true });
    try {
      const lists = featureLists(server.process().spawnargs);
      expect(lists.length).toBe(2);
      const [playwright, read] = [lists[0]!, lists.at(-1)!];
      expect(playwright.size).toBeGreaterThan(5);
      expect([...playwright].filter((name) => !read.has(name))).toEqual([]);
      expect(read).toContain('WebUIOmniboxPopup');
    } finally {
      await server.close();
    }
  });

  it('start no page of the browser’s own UI beside the one a context opens', async () => {
    const browser = await chromium.launch({ executablePath: findChromium()!, args, headless: true });
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto('data:text/html,<title>A page</title><p>Text</p>');
      const session = await browser.newBrowserCDPSession();
      // Chromium preloads the omnibox popup when the window opens; give it the moment it takes.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const { targetInfos } = await session.send('Target.getTargets', { filter: [{}] });
      expect(targetInfos.filter((target) => target.type === 'page').length).toBe(1);
      expect(targetInfos.filter((target) => target.type !== 'page' && target.type !== 'tab' && target.type !== 'browser').map((target) => target.url)).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
