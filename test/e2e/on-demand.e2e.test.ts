// The script tag's files: a small first file, and the rest from the same folder when first wanted.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, useExamples } from './chromium.js';

// What is requested, and when, is the same in every engine (ES modules loaded by import()); watching
// the network and failing a request needs Playwright's own page, so these run in Chromium.
const chromiumOnly = inject('engine') !== 'chromium';
const open = chromiumOnly ? () => Promise.reject(new Error('Chromium only')) : useExamples();
const DIST = join(import.meta.dirname, '../../packages/embed/dist');
const launcher = (page: Page) => page.getByRole('button', { name: '无障碍工具', exact: true });

/** The files of the script tag a page requests, by name (chunks without their hash), in order. */
function embedRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const match = /\/dist\/((chunks\/)?[\w.-]+\.js)/.exec(request.url());
    if (match) seen.push(match[1]!.replace(/-[A-Z0-9]{8}\.js$/, ''));
  });
  return seen;
}

const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));

describe.skipIf(chromiumOnly)('what a visitor downloads', () => {
  it('with nothing saved: the first file only, until they reach for the toolbar', async () => {
    const { page, problems } = await open('/test-pages/head-async.html');
    const requests = embedRequests(page);
    await page.reload();
    await page.waitForFunction(() => window.Reachable);
    await settle(page);
    expect(requests).toEqual(['reachable.js']);
    // Shortcuts work before the panel: the preference changes at once.
    await page.locator('a').focus();
    await page.keyboard.press('Alt+Shift+ArrowUp');
    expect(await page.evaluate(() => window.Reachable!.preferences.get().fontScale)).toBe(1.25);
    expect(requests.some((r) => r.includes('toolbar-panel'))).toBe(false);
    // Reaching for the launcher (hover) fetches the panel and the page's language; the click finds them.
    await launcher(page).hover();
    await expect.poll(() => requests.filter((r) => r.startsWith('chunks/toolbar-panel') || r.startsWith('chunks/i18n-')).sort()).toEqual(['chunks/i18n-zh-CN', 'chunks/toolbar-panel']);
    expect(requests.filter((r) => r.startsWith('chunks/i18n-'))).toEqual(['chunks/i18n-zh-CN']); // one language, not three
    await launcher(page).click();
    await page.getByRole('dialog', { name: '无障碍工具' }).waitFor();
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });

  it('a returning visitor: their colours and text size are applied by the first file, before the first frame', async () => {
    const { page, problems } = await open('/test-pages/head-async.html');
    await page.evaluate(() => localStorage.setItem('reachable', JSON.stringify({ version: 1, preferences: { colorScheme: 'yellow-on-black', fontScale: 1.5 } })));
    const requests = embedRequests(page);
    // What the first frame after the script ran shows.
    await page.addInitScript(() => {
      const w = window as unknown as { firstFrame?: Promise<{ scheme: boolean; scale: string | null; background: string }> };
      w.firstFrame = new Promise((resolve) =>
        new MutationObserver((_, observer) => {
          if (!document.documentElement.hasAttribute('data-reach-font-scale')) return;
          observer.disconnect();
          requestAnimationFrame(() =>
            resolve({
              scheme: document.documentElement.hasAttribute('data-reach-color-scheme-yellow-on-black'),
              scale: document.documentElement.getAttribute('data-reach-font-scale'),
              background: getComputedStyle(document.body).backgroundColor,
            }),
          );
        }).observe(document, { attributes: true, subtree: true }),
      );
    });
    await page.reload();
    const frame = await page.evaluate(() => (window as unknown as { firstFrame: Promise<unknown> }).firstFrame);
    expect(frame).toEqual({ scheme: true, scale: '1.5', background: 'rgb(0, 0, 0)' });
    await settle(page);
    expect(requests).toEqual(['reachable.js']);
    expect(problems).toEqual([]);
  });

  it('an aid loaded on demand: fetched when turned on, not before', async () => {
    const { page, problems } = await open('/test-pages/head-async.html');
    // Watched from the page's load: nothing of the aid's is fetched before it is turned on.
    const requests = embedRequests(page);
    await page.reload();
    await page.waitForFunction(() => window.Reachable);
    await settle(page);
    expect(requests).toEqual(['reachable.js']);
    await page.evaluate(() => window.Reachable!.preferences.set({ colorFilter: 'grayscale' }));
    await expect.poll(() => page.locator('html').getAttribute('data-reach-color-filter-grayscale')).toBe('');
    expect(requests.filter((r) => r.startsWith('chunks/color-filter'))).toEqual(['chunks/color-filter-color-filter']);
    expect(problems).toEqual([]);
  });
});

describe.skipIf(chromiumOnly)('when a file cannot be loaded', () => {
  it('the page keeps working, the launcher says so, and the next attempt loads it', async () => {
    const { page, problems } = await open('/test-pages/head-async.html');
    let blocked = true;
    await page.route('**/chunks/toolbar-panel-*.js', (route) => (blocked ? route.fulfill({ status: 404, body: 'blocked' }) : route.continue()));
    await page.waitForFunction(() => window.Reachable);
    const status = page.locator('reach-toolbar').locator('[role="status"]');
    // The status region is there, empty and unseen, before there is anything to say: one added with its text is often not read out.
    await launcher(page).waitFor();
    expect(await status.count()).toBe(1);
    expect(await status.textContent()).toBe('');
    // In the accessibility tree (not hidden), as a live region must be before its text changes.
    expect(await page.locator('reach-toolbar').getByRole('status').count()).toBe(1);
    expect(await status.isVisible()).toBe(false);
    await launcher(page).click();
    await expect.poll(() => status.textContent()).toBe('无障碍工具暂时无法打开，请稍后再试。');
    expect(await status.isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('false');
    // Its accessible description says it to whoever reaches the launcher later.
    expect(await launcher(page).evaluate((el) => el.getAttribute('aria-describedby'))).toBe('failure');
    // The page is unharmed, and the aids still work.
    await page.evaluate(() => window.Reachable!.preferences.set({ fontScale: 2 }));
    expect(await page.locator('html').getAttribute('data-reach-font-scale')).toBe('2');
    blocked = false;
    await launcher(page).click();
    await page.getByRole('dialog', { name: '无障碍工具' }).waitFor();
    expect(await status.isVisible()).toBe(false);
    expect(problems.filter((p) => !p.includes('404') && !p.includes('R104'))).toEqual([]);
    expect(problems.filter((p) => p.includes('[Reachable R104]'))).toHaveLength(1);
  });
});

describe.skipIf(chromiumOnly)('two versions on one page', () => {
  it('the second does nothing, with one warning, and the first loads its own files', async () => {
    const { page, problems } = await open('/test-pages/head-async.html');
    const first = readFileSync(join(DIST, 'reachable.js'), 'utf8');
    const version = /static\{this\.version="([^"]+)"\}/.exec(first)?.[1];
    expect(version).toBeDefined();
    // Another version of the first file, from another folder (as a second CDN tag would be).
    await page.route('**/other/reachable.js', (route) => route.fulfill({ contentType: 'text/javascript', body: first.replaceAll(version!, '9.9.9') }));
    const requests = embedRequests(page);
    await page.waitForFunction(() => window.Reachable);
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          const script = document.createElement('script');
          const { trustedTypes } = window as unknown as { trustedTypes: { createPolicy(n: string, r: { createScriptURL(u: string): string }): { createScriptURL(u: string): string } } };
          script.src = trustedTypes.createPolicy('second-copy', { createScriptURL: (url) => url }).createScriptURL('/other/reachable.js');
          script.onload = resolve;
          document.head.append(script);
        }),
    );
    expect(await page.evaluate(() => window.Reachable!.version)).toBe(version);
    expect(await page.locator('reach-toolbar').count()).toBe(1);
    await launcher(page).click();
    await page.getByRole('dialog', { name: '无障碍工具' }).waitFor();
    expect(requests.filter((r) => r.startsWith('chunks/')).length).toBeGreaterThan(0);
    expect(problems).toEqual([expect.stringContaining(`[Reachable R113] Reachable ${version} is already loaded; this copy (9.9.9) did nothing`)]);
  });
});

describe.skipIf(chromiumOnly)('the one-file build', () => {
  it('holds everything: the panel opens with no other request', async () => {
    const { page, problems } = await open('/test-pages/standalone.html');
    const requests = embedRequests(page);
    await page.reload();
    await page.waitForFunction(() => window.Reachable);
    await launcher(page).click();
    await page.getByRole('dialog', { name: '无障碍工具' }).waitFor();
    await page.getByRole('button', { name: '增大字体大小' }).click();
    await page.evaluate(() => window.Reachable!.preferences.set({ colorFilter: 'invert' }));
    await expect.poll(() => page.locator('html').getAttribute('data-reach-color-filter-invert')).toBe('');
    expect(requests).toEqual(['reachable.standalone.js']);
    expect(problems).toEqual([]);
  });
});

describe.skipIf(chromiumOnly)('served from elsewhere', () => {
  // A CDN or a site's own asset folder: another origin (with CORS, as CDNs send), under a sub-path.
  let cdn: Server;
  let cdnUrl = '';
  let site: Server;
  let siteUrl = '';
  beforeAll(async () => {
    const version = JSON.parse(readFileSync(join(DIST, '../package.json'), 'utf8')).version;
    cdn = createServer((request, response) => {
      // The package's own address, as in the install line: the CDN redirects it to the package's file.
      if (/^\/npm\/@reachable\/embed\/?$/.test(request.url!)) return response.writeHead(302, { location: `/npm/@reachable/embed@${version}/dist/reachable.js` }).end();
      const path = normalize(decodeURIComponent(new URL(request.url!, 'http://x').pathname)).replace(/^\/assets\/reachable\/|^\/npm\/@reachable\/embed@[^/]+\/dist\//, '');
      try {
        const body = readFileSync(join(DIST, path));
        response.writeHead(200, { 'content-type': extname(path) === '.js' ? 'text/javascript; charset=utf-8' : 'application/octet-stream', 'access-control-allow-origin': '*' });
        response.end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => cdn.listen(0, '127.0.0.1', resolve));
    cdnUrl = `http://127.0.0.1:${(cdn.address() as { port: number }).port}/assets/reachable/`;
    site = createServer((request, response) => {
      const src = request.url!.includes('bare') ? `${new URL(cdnUrl).origin}/npm/@reachable/embed` : `${cdnUrl}reachable.js`;
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        // A strict policy that names the CDN.
        'content-security-policy': `default-src 'self'; script-src 'self' ${new URL(cdnUrl).origin}; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'`,
      });
      response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Elsewhere</title><link rel="icon" href="data:,">
        <script src="${src}" defer></script></head><body><main><h1>A site</h1><p>Text.</p></main></body></html>`);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteUrl = `http://localhost:${(site.address() as { port: number }).port}/`;
  });
  afterAll(async () => {
    await new Promise((resolve) => cdn?.close(resolve));
    await new Promise((resolve) => site?.close(resolve));
  });

  /** Opens the toolbar's panel on the site's page at `url`: every on-demand file requested came from `folder` (given the running version). */
  async function expectPanelFrom(url: string, folder: (version: string) => string) {
    const { page, problems } = await open(url);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.waitForFunction(() => window.Reachable);
    await page.getByRole('button', { name: 'Accessibility tools', exact: true }).click();
    await page.getByRole('dialog', { name: 'Accessibility tools' }).waitFor();
    const chunks = requests.filter((request) => request.includes('/chunks/'));
    expect(chunks.length).toBeGreaterThan(1);
    const expected = folder(await page.evaluate(() => window.Reachable!.version));
    expect(chunks.every((request) => request.startsWith(expected)), chunks.join(', ')).toBe(true);
    expect(problems).toEqual([]);
  }

  it('loads its files from the folder the first file came from, across origins', async () => {
    await expectPanelFrom(siteUrl, () => `${cdnUrl}chunks/`);
  });

  it('named by the package’s own address (the install line), which the CDN redirects, loads its files from that version’s folder', async () => {
    await expectPanelFrom(`${siteUrl}?bare`, (version) => `${new URL(cdnUrl).origin}/npm/@reachable/embed@${version}/dist/chunks/`);
  });
});

describe.skipIf(chromiumOnly)('a page in GBK, files served with no charset', () => {
  // Many Chinese sites still serve GBK, and many servers name no charset for .js files. The first file is a
  // classic script, decoded in the page's charset, so it holds only ASCII; the files loaded on demand are
  // modules, which browsers always decode as UTF-8, so they hold their Chinese text as it is (half the bytes).
  let server: Server;
  let url = '';
  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = new URL(request.url!, 'http://x').pathname;
      if (path === '/') {
        // ASCII only, so it reads the same in GBK: the Chinese text as character references.
        response.writeHead(200, { 'content-type': 'text/html; charset=gbk' });
        return response.end(`<!doctype html><html lang="zh-CN"><head><meta charset="gbk"><title>GBK</title><link rel="icon" href="data:,">
          <script src="/dist/reachable.js" defer></script></head><body><main><h1>&#31616;&#20307;</h1>
          <p><a href="#top">&#22836;&#21457;&#19982;&#21457;&#23637;</a></p></main></body></html>`);
      }
      try {
        const body = readFileSync(join(DIST, normalize(path.replace(/^\/dist\//, ''))));
        response.writeHead(200, { 'content-type': 'text/javascript' });
        response.end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  });
  afterAll(() => new Promise((resolve) => server?.close(resolve)));

  it('shows the toolbar and the caption bar’s 繁体 in the right characters', async () => {
    const { page, problems } = await open(url);
    expect(await page.evaluate(() => document.characterSet)).toBe('GBK');
    await page.waitForFunction(() => window.Reachable);
    // The launcher's name (first file) and the panel's texts (the language's file) both read right.
    await launcher(page).click();
    const dialog = page.locator('reach-toolbar').getByRole('dialog', { name: '无障碍工具', exact: true });
    await dialog.getByRole('group', { name: '语音', exact: true }).waitFor();
    await page.keyboard.press('Escape');
    // The 繁体 tables (a file of Chinese text, loaded on demand) convert the link's text.
    await page.evaluate(() => window.Reachable!.preferences.set({ captionBar: true, captionBarText: 'traditional' }));
    // The caption bar is a file of its own too: it listens for focus once it has loaded.
    const bar = page.locator('reach-caption-bar');
    await expect.poll(() => bar.evaluate((host) => !!host.shadowRoot!.querySelector('.bar')).catch(() => false)).toBe(true);
    await page.locator('a').focus();
    await expect.poll(() => bar.evaluate((host) => host.shadowRoot!.querySelector('.bar')?.textContent ?? ''), { timeout: 15_000 }).toContain('頭髮與發展');
    expect(problems).toEqual([]);
  });
});
