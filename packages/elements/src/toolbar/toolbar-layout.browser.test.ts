import { createReachable, reachableFor, type Reachable } from '@reachable/core/controller';
import { memoryStorage } from '@reachable/core/preferences';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../../test/axe.js';
import { skipIn } from '../../../../test/engine.js';
import { visualRect } from '../../../../test/geometry.js';
import { useToolbar } from '../../../../test/toolbar.js';

const t = useToolbar();
const { mount, shadow, buttonNamed, settle } = t;

/** Why the viewport tests below cannot run in WebKit. */
const FRAME_RESIZE = "WebKitGTK does not re-apply a shadow root's media queries and viewport units when the test frame is resized (a resized window works: test/e2e)";

/** A switch of another toolbar, by its name. */
const toggleNamed = (toolbar: HTMLElement, name: string) =>
  [...toolbar.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toggle')].find((button) => button.textContent!.trim() === name)!;

describe('<reach-toolbar>: layout and isolation', () => {
  it('stays inside the viewport on a 375 px phone, as a full-width sheet', async () => {
    skipIn(['webkit'], FRAME_RESIZE);
    await page.viewport(375, 667);
    await mount();
    t.toolbar.show();
    await settle();
    const panel = shadow('.panel').getBoundingClientRect();
    expect(panel.left).toBe(0);
    expect(Math.round(panel.right)).toBe(document.documentElement.clientWidth);
    expect(panel.top).toBeGreaterThanOrEqual(0);
    expect(panel.bottom).toBeLessThanOrEqual(667);
  });

  it("stays on screen and unmagnified when Reachable's own page zoom is on, in both layouts", async () => {
    skipIn(['webkit'], FRAME_RESIZE);
    await page.viewport(1024, 600);
    for (const layout of ['launcher', 'bar']) {
      await mount({ layout });
      t.toolbar.show();
      await settle();
      const button = shadow('.panel button').getBoundingClientRect().height;
      const launcher = shadow('.launcher').getBoundingClientRect();
      t.controller.preferences.set({ pageZoom: 2 });
      await settle();
      const panel = shadow('.panel').getBoundingClientRect();
      expect(panel.top, layout).toBeGreaterThanOrEqual(0);
      expect(panel.bottom, layout).toBeLessThanOrEqual(600);
      expect(panel.right, layout).toBeLessThanOrEqual(1024);
      expect(shadow('.panel button').getBoundingClientRect().height).toBeCloseTo(button, 0);
      expect(shadow('.launcher').getBoundingClientRect().width).toBe(launcher.width);
      t.controller.preferences.set({ pageZoom: 1 });
      t.toolbar.hide();
      await settle();
    }
  });

  it('stays usable at 400 % zoom (a 256 × 192 px viewport): everything reachable by scrolling the panel', async () => {
    skipIn(['webkit'], FRAME_RESIZE);
    await page.viewport(256, 192);
    await mount();
    t.toolbar.show();
    await settle();
    const panel = shadow('.panel');
    const rect = panel.getBoundingClientRect();
    expect(rect.top).toBeGreaterThanOrEqual(0);
    expect(rect.bottom).toBeLessThanOrEqual(192);
    expect(getComputedStyle(panel).overflowY).toBe('auto');
    const last = [...panel.querySelectorAll('button')].at(-1)!;
    last.scrollIntoView();
    const lastRect = last.getBoundingClientRect();
    expect(lastRect.bottom).toBeLessThanOrEqual(192);
  });

  it('on a 1280 × 800 screen with every aid, shows switches as tiles two to a row, and the text, colour and reading groups within one screen of scrolling', async () => {
    skipIn(['webkit'], FRAME_RESIZE);
    await page.viewport(1280, 800);
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<video controls aria-label="视频"></video>');
    for (const lang of ['zh-CN', 'en']) {
      await mount({ lang });
      t.toolbar.show();
      await settle();
      const panel = shadow('.panel');
      const top = panel.getBoundingClientRect().top;
      const reading = shadow('#group-reading').closest('.group')!.getBoundingClientRect();
      expect(reading.bottom - top, lang).toBeLessThanOrEqual(2 * panel.clientHeight);
      const tiles = [...t.toolbar.shadowRoot!.querySelectorAll<HTMLElement>('.tile')];
      expect(tiles.length, lang).toBeGreaterThanOrEqual(5);
      const rows = new Set(tiles.map((tile) => Math.round(tile.getBoundingClientRect().top)));
      expect(rows.size, `${lang}: two tiles to a row`).toBeLessThanOrEqual(Math.ceil(tiles.length / 2) + 2);
      for (const tile of tiles) expect(tile.querySelector('svg[aria-hidden="true"]'), lang).not.toBeNull();
    }
  });

  it('in the bar layout, pushes the page down below the bar and restores it exactly', async () => {
    const main = document.querySelector('main')!;
    const top = main.getBoundingClientRect().top;
    const html = document.documentElement.outerHTML;
    await mount({ layout: 'bar' });
    t.toolbar.show();
    await settle();
    await expect.poll(() => main.getBoundingClientRect().top).toBeGreaterThan(top);
    const bar = shadow('.panel').getBoundingClientRect();
    expect(main.getBoundingClientRect().top).toBeGreaterThanOrEqual(bar.bottom - 1);
    t.toolbar.hide();
    await settle();
    expect(main.getBoundingClientRect().top).toBe(top);
    t.toolbar.remove();
    expect(document.documentElement.outerHTML.replace(/ lang="zh-CN"/, '')).toBe(html.replace(/ lang="zh-CN"/, ''));
  });

  it("in the bar layout, adds to the page's own padding, at any page zoom, and after a body swap", async () => {
    const style = document.createElement('style');
    style.textContent = 'html { padding-top: 10px; } body, main, h1 { margin: 0; }';
    document.head.append(style);
    t.hostile.push(style);
    await mount({ layout: 'bar' });
    t.toolbar.show();
    await settle();
    const gap = () => visualRect(document.querySelector('main')!).top - shadow('.panel').getBoundingClientRect().bottom;
    await expect.poll(gap).toBeCloseTo(10, 0);
    t.controller.preferences.set({ pageZoom: 2 });
    await settle();
    await expect.poll(gap).toBeCloseTo(20, 0); // the page's 10px, zoomed
    const next = document.createElement('body');
    next.innerHTML = '<main><h1>下一页 Next</h1></main>';
    document.body.replaceWith(next);
    await new Promise((resolve) => setTimeout(resolve));
    await expect.poll(gap).toBeCloseTo(20, 0);
    t.toolbar.hide();
    await settle();
    expect(visualRect(document.querySelector('main')!).top).toBeCloseTo(20, 0);
  });

  it("the host page's hostile CSS and Reachable's own aids do not restyle it", async () => {
    const style = document.createElement('style');
    style.textContent =
      '* { font-size: 40px !important; color: red !important; line-height: 0 !important; display: none !important; } html, body, main, h1, p, a { display: block !important; }';
    document.head.append(style);
    t.hostile.push(style);
    await mount();
    t.controller.preferences.set({ fontScale: 2, textSpacing: true });
    t.toolbar.show();
    await settle();
    const title = shadow('h2');
    expect(getComputedStyle(t.toolbar).display).toBe('block');
    expect(title.getBoundingClientRect().height).toBeGreaterThan(0);
    expect(getComputedStyle(title).fontSize).toBe('18px');
    expect(getComputedStyle(title).letterSpacing).toBe('normal');
    expect(getComputedStyle(title).color).toBe('rgb(27, 27, 31)');
  });

  it('on a right-to-left page, lays out from the right and stays on screen', async () => {
    document.documentElement.dir = 'rtl';
    try {
      await mount();
      t.controller.preferences.set({ textSpacing: true });
      t.toolbar.show();
      await settle();
      const panel = shadow('.panel').getBoundingClientRect();
      expect(panel.left).toBeGreaterThanOrEqual(0);
      expect(panel.right).toBeLessThanOrEqual(document.documentElement.clientWidth);
      // A switch that is on has its knob at the end of the line: the left, in right-to-left text.
      const spacing = buttonNamed('文字间距').querySelector('.switch')!;
      const track = spacing.getBoundingClientRect();
      const knob = getComputedStyle(spacing, '::after');
      expect(parseFloat(knob.left)).toBeLessThan(track.width / 2);
      const [decrease, increase] = [buttonNamed('减小字体大小'), buttonNamed('增大字体大小')].map((b) => b.getBoundingClientRect());
      expect(increase!.left).toBeLessThan(decrease!.left);
      await expectNoAxeViolations();
    } finally {
      document.documentElement.removeAttribute('dir');
    }
  });

  it('follows a page that swaps its <body> (Turbo and the like), and takes the place of a cached copy of itself', async () => {
    await mount();
    const swap = (body: HTMLElement) => {
      document.body.replaceWith(body);
      return settle().then(() => new Promise((resolve) => setTimeout(resolve)));
    };
    const next = document.createElement('body');
    next.innerHTML = '<main><h1>第二页 Next page</h1></main>';
    const cached = document.body.cloneNode(true) as HTMLElement; // what a navigation cache keeps
    await swap(next);
    expect(t.toolbar.parentNode).toBe(next);
    await userEvent.keyboard('{Alt>}{Shift>}{ArrowUp}{/Shift}{/Alt}');
    expect(t.controller.preferences.get().fontScale).toBe(1.25);
    // Back to the cached page: its copy of the toolbar shares the controller and gives way to the toolbar itself.
    await swap(cached);
    expect(document.querySelectorAll('reach-toolbar').length).toBe(1);
    expect(document.querySelector('reach-toolbar')).toBe(t.toolbar);
    await userEvent.keyboard('{Alt>}{Shift>}g{/Shift}{/Alt}');
    await settle();
    expect(t.toolbar.open).toBe(true);
    // Removed on purpose, it stays removed.
    t.toolbar.remove();
    await new Promise((resolve) => setTimeout(resolve));
    expect(document.querySelector('reach-toolbar')).toBeNull();
  });

  it('keeps the controller it made across a body swap, and only a toolbar placed right in <body> follows', async () => {
    t.controller.destroy();
    const own = document.createElement('reach-toolbar');
    document.body.append(own);
    await own.updateComplete;
    const made = reachableFor(document)!;
    made.preferences.set({ fontScale: 2 });
    const inApp = document.createElement('div');
    inApp.append(document.createElement('reach-toolbar'));
    document.querySelector('main')!.append(inApp);
    const next = document.createElement('body');
    next.innerHTML = '<main><h1>下一页 Next</h1></main>';
    document.body.replaceWith(next);
    await new Promise((resolve) => setTimeout(resolve));
    expect([...document.querySelectorAll('reach-toolbar')].length).toBe(1);
    expect(document.querySelector('reach-toolbar')).toBe(own);
    expect(reachableFor(document)).toBe(made); // not destroyed and made again: the aids did not restart
    expect(getComputedStyle(next.querySelector('h1')!).fontSize).toBe(`${2 * 32}px`);
    own.remove();
    await new Promise((resolve) => setTimeout(resolve));
    expect(reachableFor(document)).toBeUndefined(); // removed for good, it lets go of its controller
    t.controller = createReachable({ storage: memoryStorage() }); // for afterEach
  });

  it("finds another controller when the one it found is destroyed by its owner", async () => {
    const second = document.createElement('reach-toolbar');
    document.body.append(second);
    await second.updateComplete;
    t.controller.destroy(); // its owner lets go of it
    second.show();
    await second.updateComplete;
    const now = reachableFor(document)!;
    expect(now).toBeDefined();
    expect(now).not.toBe(t.controller);
    toggleNamed(second, '文字间距').click();
    expect(now.preferences.get().textSpacing).toBe(true);
    second.remove();
    await new Promise((resolve) => setTimeout(resolve));
    expect(reachableFor(document)).toBeUndefined();
    t.controller = createReachable({ storage: memoryStorage() }); // for afterEach
  });

  it('without a controller of its own, uses the one running for the page rather than starting a second', async () => {
    const second = document.createElement('reach-toolbar');
    document.body.append(second);
    await second.updateComplete;
    t.controller.preferences.set({ textSpacing: true });
    await second.updateComplete;
    second.show();
    await second.updateComplete;
    expect(toggleNamed(second, '文字间距').getAttribute('aria-pressed')).toBe('true');
    second.remove();
    // Not its controller to destroy: the page's aids keep working.
    const h1 = document.querySelector('h1')!;
    const size = parseFloat(getComputedStyle(h1).fontSize);
    t.controller.preferences.set({ fontScale: 2 });
    expect(parseFloat(getComputedStyle(h1).fontSize)).toBe(size * 2);
  });

  it('uses a moderate z-index by default, and the configured one', async () => {
    await mount();
    expect(getComputedStyle(shadow('.launcher')).zIndex).toBe('10000');
    await mount({ 'z-index': '50' });
    await settle();
    expect(getComputedStyle(shadow('.launcher')).zIndex).toBe('50');
  });

  it('speaks and shows the page language: zh-TW, en', async () => {
    await mount({ lang: 'zh-TW' });
    expect(shadow('.launcher').getAttribute('aria-label')).toBe('無障礙工具');
    await mount({ lang: 'en' });
    expect(shadow('.launcher').getAttribute('aria-label')).toBe('Accessibility tools');
    document.documentElement.lang = 'zh-HK';
    await mount();
    expect(shadow('.launcher').getAttribute('aria-label')).toBe('無障礙工具');
  });
});
