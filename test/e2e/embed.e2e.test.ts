// The one-tag embed as a charity site ships it: built bundle, strict CSP with
// Trusted Types, every way a script tag can be placed, and bad configuration.
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, useExamples } from './browser.js';

const open = useExamples();
const launcher = (name = '无障碍工具') => ({ role: 'button' as const, name, exact: true });

describe('the charity example', () => {
  it('passes axe-core with the toolbar closed, open, and with aids on', async () => {
    const { page, problems } = await open('/charity/');
    await page.getByRole('button', { name: '无障碍工具', exact: true }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole(launcher().role, launcher()).click();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: '增大字体大小' }).click();
    await page.getByRole('button', { name: '文字间距' }).click();
    await page.getByRole('button', { name: '快捷键' }).click();
    await expectNoAxeViolations(page);
    expect(await problems()).toEqual([]);
  });

  it('works by keyboard alone: Tab to the launcher, open, change, Esc, focus back', async () => {
    const { page, problems } = await open('/charity/');
    const focusedName = () => page.focused((el) => el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '');
    let presses = 0;
    while ((await focusedName()) !== '无障碍工具' && presses++ < 40) await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('无障碍工具');
    await page.keyboard.press('Enter');
    // Focus moves into the panel: the launcher has the same name, only the panel is the dialog.
    await expect.poll(() => page.focused((el) => el?.getAttribute('role'))).toBe('dialog');
    expect(await focusedName()).toContain('无障碍工具');
    const dialog = page.locator('reach-toolbar').getByRole('dialog', { name: '无障碍工具', exact: true });
    expect(await dialog.getByRole('group', { name: '字体大小', exact: true }).count()).toBe(1);
    expect(await dialog.getByRole('button', { name: '文字间距', exact: true }).getAttribute('aria-pressed')).toBe('false');
    // Close, the presets' heading and 关怀模式, the text group's heading, then text size's decrease and increase.
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('增大字体大小');
    await page.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => window.Reachable!.preferences.get().fontScale)).toBe(1.25);
    await expect.poll(() => page.textContent('reach-live-region [aria-live="polite"]')).toBe('字体大小 125%');
    await page.keyboard.press('Escape');
    expect(await focusedName()).toBe('无障碍工具');
    expect(await page.getByRole('button', { name: '无障碍工具', exact: true }).getAttribute('aria-expanded')).toBe('false');
    expect(await problems()).toEqual([]);
  });

  it("keeps the visitor's choices on the next page", async () => {
    const { page, problems } = await open('/charity/');
    const h1 = () => page.locator('h1').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const original = await h1();
    await page.evaluate(() => window.Reachable!.preferences.set({ fontScale: 2 }));
    expect(await h1()).toBe(original * 2);
    await page.reload();
    await page.waitForFunction(() => window.Reachable);
    await expect.poll(h1).toBe(original * 2);
    expect(await page.evaluate(() => localStorage.getItem('reachable'))).toBe('{"version":1,"preferences":{"fontScale":2}}');
    expect(await problems()).toEqual([]);
  });

  it('Reachable.destroy() leaves the page exactly as it was without Reachable', async () => {
    const { page, problems } = await open('/charity/');
    // Deferred scripts run after the document becomes interactive: that is the page before Reachable.
    await page.evaluate(() => window.Reachable!.preferences.set({ fontScale: 1.5, pageZoom: 1.25, textSpacing: true }));
    await page.evaluate(() => window.Reachable!.announce('hello'));
    await page.evaluate(() => window.Reachable!.open());
    const original = await page.evaluate(async () => {
      const response = await fetch(location.href);
      // The page enforces Trusted Types, as strict sites do.
      const { trustedTypes } = window as unknown as { trustedTypes: { createPolicy(n: string, r: { createHTML(s: string): string }): { createHTML(s: string): string } } };
      const policy = trustedTypes.createPolicy('test-parse', { createHTML: (html) => html });
      const doc = new DOMParser().parseFromString(policy.createHTML(await response.text()), 'text/html');
      return doc.body.outerHTML;
    });
    await page.evaluate(() => window.Reachable!.destroy());
    const after = await page.evaluate(() => ({
      body: document.body.outerHTML,
      sheets: document.adoptedStyleSheets.length,
      global: 'Reachable' in window,
      html: document.documentElement.getAttributeNames().join(','),
    }));
    expect(after).toEqual({ body: original, sheets: 0, global: false, html: 'lang' });
    expect(await problems()).toEqual([]);
  });

  it('at 200% page zoom the page is magnified, the toolbar is not: it stays on screen and works by mouse', async () => {
    const { page, problems } = await open('/charity/');
    await page.getByRole('button', { name: '无障碍工具', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '无障碍工具', exact: true });
    const larger = dialog.getByRole('button', { name: '增大页面缩放', exact: true });
    const [panel, h1] = [await dialog.boundingBox(), await page.locator('h1').boundingBox()];
    for (let i = 0; i < 4; i++) await larger.click();
    await expect.poll(() => page.evaluate(() => window.Reachable!.preferences.get().pageZoom)).toBe(2);
    // What the visitor sees: the page's heading twice as large, the panel as it was and inside the viewport.
    expect((await page.locator('h1').boundingBox()).height).toBeCloseTo(h1.height * 2, 0);
    const zoomed = await dialog.boundingBox();
    expect([zoomed.width, zoomed.height]).toEqual([panel.width, panel.height]);
    const viewport = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
    expect(zoomed.x + zoomed.width).toBeLessThanOrEqual(viewport.width);
    expect(zoomed.y + zoomed.height).toBeLessThanOrEqual(viewport.height);
    await dialog.getByRole('button', { name: '增大字体大小', exact: true }).click();
    await expect.poll(() => page.evaluate(() => window.Reachable!.preferences.get().fontScale)).toBe(1.25);
    expect(await problems()).toEqual([]);
  });

  it('on a window narrowed to phone size, the panel becomes a full-width sheet at the bottom and passes axe-core', async () => {
    const { page, problems } = await open('/charity/');
    await page.getByRole('button', { name: '无障碍工具', exact: true }).waitFor();
    await page.resize(400, 700);
    await page.getByRole('button', { name: '无障碍工具', exact: true }).click();
    const sheet = await page.getByRole('dialog', { name: '无障碍工具', exact: true }).boundingBox();
    const viewport = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: innerHeight }));
    expect(viewport.width).toBeLessThanOrEqual(480);
    expect([Math.round(sheet.x), Math.round(sheet.x + sheet.width), Math.round(sheet.y + sheet.height)]).toEqual([0, viewport.width, viewport.height]);
    await expectNoAxeViolations(page);
    expect(await problems()).toEqual([]);
  });

  it('keeps the toolbar when the site navigates by swapping its <body> (Turbo and the like)', async () => {
    const { page, problems } = await open('/charity/');
    await page.getByRole('button', { name: '无障碍工具', exact: true }).waitFor();
    await page.evaluate(async () => {
      const next = document.createElement('body');
      const main = next.appendChild(document.createElement('main'));
      main.append(Object.assign(document.createElement('h1'), { textContent: '新闻 News' }));
      document.body.replaceWith(next);
      await new Promise((resolve) => setTimeout(resolve));
      window.Reachable!.open();
    });
    await expect.poll(() => page.getByRole('dialog', { name: '无障碍工具' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('reach-toolbar').length)).toBe(1);
    await expectNoAxeViolations(page);
    expect(await problems()).toEqual([]);
  });

  it('exposes the documented window.Reachable API', async () => {
    const { page, problems } = await open('/charity/');
    const result = await page.evaluate(async () => {
      const R = window.Reachable!;
      const seen: string[] = [];
      const stop = R.preferences.subscribe((_, changed) => seen.push(...changed));
      R.preferences.set({ textSpacing: true });
      stop();
      R.preferences.set({ pageZoom: 2 });
      const events: string[] = [];
      const toolbar = document.querySelector('reach-toolbar')!;
      toolbar.addEventListener('reach-open', (e) => events.push(e.type));
      toolbar.addEventListener('reach-close', (e) => events.push(e.type));
      R.open();
      await toolbar.updateComplete;
      R.close();
      await toolbar.updateComplete;
      R.preferences.reset();
      return {
        keys: Object.keys(R).sort(),
        version: R.version,
        seen,
        events,
        after: R.preferences.get().pageZoom,
        written: await R.announce('x'),
      };
    });
    expect(result).toEqual({
      keys: ['announce', 'announceFromElement', 'clearAnnouncements', 'close', 'destroy', 'open', 'preferences', 'version'],
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      seen: ['textSpacing'],
      events: ['reach-open', 'reach-close'],
      after: 1,
      written: true,
    });
    expect(await problems()).toEqual([]);
  });
});

describe('every way a site may paste the tag', () => {
  it.each(['head-blocking', 'head-async', 'body-end', 'twice'])('%s: one toolbar, window.Reachable, no errors', async (name) => {
    const { page, problems } = await open(`/test-pages/${name}.html`);
    await page.waitForFunction(() => window.Reachable && document.querySelector('reach-toolbar'));
    await page.waitForLoadState('load');
    expect(await page.locator('reach-toolbar').count()).toBe(1);
    await page.getByRole('button', { name: '无障碍工具', exact: true }).click();
    await page.getByRole('button', { name: '增大字体大小' }).click();
    expect(await page.evaluate(() => window.Reachable!.preferences.get().fontScale)).toBe(1.25);
    expect(await problems()).toEqual([]);
  });

  it("with the page's own <reach-toolbar>: that one toolbar, one controller, and window.Reachable drives it", async () => {
    const { page, problems } = await open('/test-pages/own-toolbar.html');
    await page.waitForFunction(() => window.Reachable);
    expect(await page.locator('reach-toolbar').count()).toBe(1);
    expect(await page.evaluate(() => (document as unknown as Record<symbol, unknown[]>)[Symbol.for('reachable.controllers')]!.length)).toBe(1);
    await page.evaluate(() => {
      window.Reachable!.preferences.set({ fontScale: 1.5 });
      window.Reachable!.open();
    });
    const toolbar = page.locator('reach-toolbar');
    await expect.poll(() => toolbar.getByRole('dialog').isVisible()).toBe(true);
    expect(await toolbar.getByRole('group', { name: '字体大小' }).textContent()).toContain('150%');
    expect(await toolbar.getAttribute('position')).toBe('bottom-left');
    expect(await problems()).toEqual(['warning: [Reachable R112] The page already has a <reach-toolbar>; the script tag did not add another.']);
  });

  it("under a CSP that names its Trusted Types policies: works when lit-html is allowed, says what to add when not", async () => {
    const allowed = await open('/test-pages/trusted-types-allowed.html');
    await allowed.page.waitForFunction(() => window.Reachable && customElements.get('reach-captions'));
    await allowed.page.getByRole('button', { name: '无障碍工具', exact: true }).click();
    await allowed.page.getByRole('button', { name: '增大字体大小' }).click();
    expect(await allowed.problems()).toEqual([]);
    const refused = await open('/test-pages/trusted-types-refused.html');
    await refused.page.waitForFunction(() => window.Reachable);
    await refused.page.waitForLoadState('load'); // the captions tag has run
    // The first file needs no policy: the aids and window.Reachable work.
    await refused.page.evaluate(() => window.Reachable!.preferences.set({ fontScale: 1.5 }));
    await expect.poll(() => refused.page.evaluate(() => document.documentElement.getAttribute('data-reach-font-scale'))).toBe('1.5');
    // The panel (lit) cannot start: the launcher says so, and each attempt says what to allow.
    // A click is three attempts at once (the pointer entering, focus, the click), which join the load
    // still in flight or fail one by one as the engine's timing has it (one warning in Chromium and
    // Firefox, three in WebKit and the one-file build). Here each attempt is made alone: focus (the
    // visitor's intent), then Enter once it has failed, so the number of warnings is exact everywhere.
    const launcher = refused.page.getByRole('button', { name: '无障碍工具', exact: true });
    const panelWarnings = async () => (await refused.problems()).filter((p) => p.includes('[Reachable R104]')).length;
    await launcher.evaluate((el) => (el as HTMLElement).focus());
    await expect.poll(panelWarnings).toBe(1);
    await refused.page.keyboard.press('Enter');
    await expect
      .poll(() => refused.page.evaluate(() => document.querySelector('reach-toolbar')!.shadowRoot!.querySelector('[role="status"]')?.textContent))
      .toContain('无障碍工具暂时无法打开');
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');
    const problems = await refused.problems();
    expect(problems.filter((p) => p.startsWith('exception'))).toEqual([]);
    const messages = problems.filter((p) => p.includes('[Reachable'));
    // The one-file captions tag carries lit: it cannot start at all.
    expect(messages[0]).toContain("error: [Reachable] could not start: the page's Content-Security-Policy must allow the Trusted Types policy lit-html");
    expect(messages).toHaveLength(3);
    for (const message of messages.slice(1)) {
      expect(message).toContain("warning: [Reachable R104] <reach-toolbar> could not load its panel: the page's Content-Security-Policy must allow the Trusted Types policy lit-html");
    }
  });

  it("a colour scheme chosen in the panel gives every text 7:1 contrast over the page's !important colours; the panel keeps its own", async () => {
    const { page, problems } = await open('/test-pages/low-contrast.html');
    // The page itself fails 7:1, so the check below can fail.
    expect(await page.axeViolations({ runOnly: ['color-contrast-enhanced'] })).toEqual([expect.stringMatching(/^color-contrast-enhanced: .*\.text-muted/)]);
    await page.getByRole('button', { name: '无障碍工具', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '无障碍工具', exact: true });
    const panelColour = () => dialog.evaluate((el) => getComputedStyle(el).backgroundColor);
    const before = await panelColour();
    await dialog.getByRole('group', { name: '配色', exact: true }).getByRole('radio', { name: '黄字黑底', exact: true }).check();
    await expect.poll(() => page.locator('.text-muted').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(255, 255, 0)');
    expect(await panelColour()).toBe(before);
    await page.expectNoAxeViolations({ runOnly: ['color-contrast-enhanced'] });
    expect(await problems()).toEqual([]);
  });

  it('after the page has loaded (a tag manager inserting it later)', async () => {
    const { page, problems } = await open('/test-pages/body-end.html');
    await page.evaluate(() => window.Reachable!.destroy());
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          const { trustedTypes } = window as unknown as {
            trustedTypes: { createPolicy(n: string, r: { createScriptURL(u: string): string }): { createScriptURL(u: string): string } };
          };
          const policy = trustedTypes.createPolicy('tag-manager', { createScriptURL: (url) => url });
          const script = document.createElement('script');
          script.src = policy.createScriptURL('/packages/embed/dist/reachable.js');
          script.onload = resolve;
          document.body.append(script);
        }),
    );
    expect(await page.locator('reach-toolbar').count()).toBe(1);
    expect(await problems()).toEqual([]);
  });

  it('bad configuration: one warning per bad attribute, naming it and what is accepted; defaults otherwise', async () => {
    const { page, problems } = await open('/test-pages/bad-config.html');
    await page.waitForFunction(() => window.Reachable);
    const seen = await problems();
    expect(seen).toHaveLength(4);
    expect(seen).toContainEqual(expect.stringContaining('data-layout="sidebar" is not valid (accepted: launcher, bar)'));
    expect(seen).toContainEqual(expect.stringContaining('data-position="middle" is not valid'));
    expect(seen).toContainEqual(expect.stringContaining('data-features="fontScale,teleport" is not valid'));
    expect(seen).toContainEqual(expect.stringContaining('data-colour is not an option'));
    expect(await page.locator('reach-toolbar').getAttribute('layout')).toBe('launcher');
    expect(await page.locator('reach-toolbar').getAttribute('position')).toBe('bottom-right');
  });

  it('window.ReachableConfig and data-* together: language, features, storage key, shortcuts, texts', async () => {
    const { page, problems } = await open('/test-pages/configured.html');
    await page.getByRole('button', { name: '無障礙工具', exact: true }).waitFor();
    expect(await page.locator('reach-toolbar').getAttribute('position')).toBe('bottom-left');
    await page.keyboard.press('Alt+Shift+KeyA');
    await expect.poll(() => page.locator('reach-toolbar').evaluate((el) => (el as HTMLElement & { open: boolean }).open)).toBe(true);
    expect(await page.getByRole('dialog').getAttribute('aria-labelledby')).toBe('title');
    expect(await page.getByRole('heading', { name: '閱讀助手' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: '放大頁面縮放' }).count()).toBe(0);
    await page.getByRole('button', { name: '放大字體大小' }).click();
    expect(await page.evaluate(() => localStorage.getItem('test-site'))).toContain('"fontScale":1.25');
    expect(await problems()).toEqual([]);
  });

  it('the bar layout pushes the page down, passes axe-core, and restores the page when closed', async () => {
    const { page, problems } = await open('/test-pages/bar.html');
    // A desktop window (an earlier test narrows it to a phone's, where the bar is a sheet at the bottom).
    await page.resize(1280, 800);
    const top = () => page.locator('main').evaluate((el) => el.getBoundingClientRect().top);
    const before = await top();
    await page.getByRole('button', { name: 'Accessibility tools', exact: true }).click();
    await expect.poll(top).toBeGreaterThan(before + 20);
    await expectNoAxeViolations(page);
    // A choice's menu, placed by the positioning file the bar loads under the strict CSP: by keyboard.
    const bar = page.locator('reach-toolbar').getByRole('toolbar');
    const colours = bar.getByRole('button', { name: 'Colours Site colours', exact: true });
    await colours.evaluate((el) => (el as HTMLElement).focus());
    await page.keyboard.press('ArrowDown');
    const menu = bar.getByRole('menu', { name: 'Colours' });
    await expect.poll(() => page.focused((el) => el?.getAttribute('role'))).toBe('menuitemradio');
    const [button, popover] = await Promise.all([colours.boundingBox(), menu.boundingBox()]);
    expect(Math.abs(popover!.y - (button!.y + button!.height) - 4)).toBeLessThan(1.5);
    await expectNoAxeViolations(page);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.Reachable!.preferences.get().colorScheme)).toBe('white-on-black');
    expect(await page.focused((el) => el?.getAttribute('aria-label'))).toBe('Colours White on black');
    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(top).toBe(before);
    expect(await problems()).toEqual([]);
  });
});
