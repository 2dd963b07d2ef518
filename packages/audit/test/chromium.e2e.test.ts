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

  it('start no page of the browser’s own UI beside the one a context opens', async (context) => {
    // How long this Chromium takes to open its own UI pages for a new window, measured without our
    // features list (Playwright's alone): then ours must show none within twice that time.
    const ownUi = async (launchArgs: string[], wait?: number) => {
      const browser = await chromium.launch({ executablePath: findChromium()!, args: launchArgs, headless: true });
      try {
        const session = await browser.newBrowserCDPSession();
        const started = performance.now();
        const page = await (await browser.newContext()).newPage();
        await page.goto('data:text/html,<title>A page</title><p>Text</p>');
        const others = async () =>
          (await session.send('Target.getTargets', { filter: [{}] })).targetInfos.filter((target) => !['page', 'tab', 'browser'].includes(target.type)).map((target) => target.url);
        if (wait !== undefined) {
          await new Promise((resolve) => setTimeout(resolve, wait));
          return { urls: await others(), ms: wait };
        }
        let urls: string[] = [];
        while (!urls.length && performance.now() - started < 10_000) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          urls = await others();
        }
        return { urls, ms: performance.now() - started };
      } finally {
        await browser.close();
      }
    };
    const without = await ownUi(args.filter((arg) => !arg.startsWith('--disable-features=')));
    // A Chromium that opens no UI page of its own has nothing to turn off: reported as skipped, not passed.
    if (!without.urls.length) context.skip();
    expect((await ownUi(args, Math.max(500, 2 * without.ms))).urls).toEqual([]);
  });
});
