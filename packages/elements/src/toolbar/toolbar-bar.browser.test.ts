// The bar layout: one strip of buttons with every registered aid, a WAI-ARIA toolbar's keyboard,
// and choices in popovers anchored to their buttons that stay inside the viewport.
import { REGISTRY } from '@reachable/core/aids';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../../test/axe.js';
import { emulateForcedColors, skipIn } from '../../../../test/engine.js';
import { useToolbar } from '../../../../test/toolbar.js';

const t = useToolbar();
const { mount, shadow, settle } = t;

const FRAME_RESIZE = "WebKitGTK does not re-apply a shadow root's media queries and viewport units when the test frame is resized (a resized window works: test/e2e)";

/** The bar open on a page with a video (so caption styles are offered too): every registered aid. */
async function openBar(lang = 'zh-CN') {
  document.querySelector('main')!.insertAdjacentHTML('beforeend', '<video controls aria-label="视频"></video>');
  await mount({ layout: 'bar', lang });
  t.toolbar.show();
  await settle();
}

const active = () => t.toolbar.shadowRoot!.activeElement as HTMLElement | null;
const items = () => [...t.toolbar.shadowRoot!.querySelectorAll<HTMLElement>('[data-item]')];
const menuButtons = () => items().filter((item) => item.getAttribute('aria-haspopup') === 'menu');
const popoverOf = (button: HTMLElement) => shadow(`#${button.getAttribute('aria-controls')}`);
/** Whether the popover sits just below or just above its button (it flips where there is no room). */
function expectAttached(button: HTMLElement, popover: HTMLElement, what: string) {
  const [b, p] = [button.getBoundingClientRect(), popover.getBoundingClientRect()];
  expect(Math.min(Math.abs(p.top - b.bottom - 4), Math.abs(b.top - p.bottom - 4)), `${what}: 4 px from its button`).toBeLessThan(1.5);
  expect(p.left, `${what}: beside its button`).toBeLessThanOrEqual(b.right);
  expect(p.right, `${what}: beside its button`).toBeGreaterThanOrEqual(b.left);
}
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** The element's box, and whether it lies inside the viewport, to the pixel. */
function inside(element: HTMLElement): string {
  const { left, top, right, bottom, width } = element.getBoundingClientRect();
  const { clientWidth, clientHeight } = document.documentElement;
  const fits = width > 0 && left >= 0 && top >= 0 && right <= clientWidth + 0.5 && bottom <= clientHeight + 0.5;
  return `${fits ? 'inside' : 'outside'}: ${[left, top, right, bottom].map(Math.round).join(', ')} in ${clientWidth} × ${clientHeight}`;
}

/** Whether the rectangle lies inside the viewport, to the pixel. */
function expectInside(element: HTMLElement, what: string) {
  const rect = element.getBoundingClientRect();
  const { clientWidth, clientHeight } = document.documentElement;
  expect(rect.width, what).toBeGreaterThan(0);
  expect(rect.left, what).toBeGreaterThanOrEqual(0);
  expect(rect.top, what).toBeGreaterThanOrEqual(0);
  expect(rect.right, what).toBeLessThanOrEqual(clientWidth + 0.5);
  expect(rect.bottom, what).toBeLessThanOrEqual(clientHeight + 0.5);
}

describe('<reach-toolbar layout="bar">: one compact strip', () => {
  it('holds every registered aid in at most 72 px at 1280 px wide, in each language, icon above name (their settings folded away while off)', async () => {
    skipIn(['webkit'], FRAME_RESIZE);
    await page.viewport(1280, 800);
    for (const lang of ['zh-CN', 'zh-TW', 'en']) {
      await openBar(lang);
      // Every aid of the registry has its buttons (a stepper two), plus reset, shortcuts and close.
      const names = new Set(items().map((item) => item.dataset.item!.replace(/[+-]$/, '')));
      for (const aid of REGISTRY) for (const control of aid.controls.filter((control) => !('whenOn' in control))) expect(names.has((control as { name?: string }).name ?? control.key), `${lang}: ${control.key}`).toBe(true);
      expect(shadow('.panel').getBoundingClientRect().height, lang).toBeLessThanOrEqual(72);
      for (const item of items()) expectInside(item, `${lang}: ${item.dataset.item}`);
      // A picture for each aid, decorative: the name comes from text.
      for (const item of items().filter((item) => item.classList.contains('item'))) {
        const icon = item.querySelector('svg')!;
        expect(icon.getAttribute('aria-hidden'), item.dataset.item).toBe('true');
        expect(icon.getBoundingClientRect().bottom, item.dataset.item).toBeLessThanOrEqual(item.querySelector('span')!.getBoundingClientRect().top + 1);
        expect(item.textContent!.trim(), item.dataset.item).not.toBe('');
      }
      t.toolbar.remove();
      document.querySelector('video')!.remove();
    }
  });

  it('wraps to more rows on narrower screens, and becomes a sheet at the bottom on a phone', async () => {
    skipIn(['webkit'], FRAME_RESIZE);
    await page.viewport(800, 600);
    await openBar();
    await frame();
    const bar = shadow('.panel').getBoundingClientRect();
    expect(bar.top).toBe(0);
    expect(bar.height).toBeGreaterThan(72);
    expect(bar.height).toBeLessThanOrEqual(220);
    for (const item of items()) expectInside(item, `800: ${item.dataset.item}`);
    // The page is pushed below the taller bar (its room is written in the frame after the bar is measured).
    await expect.poll(() => document.querySelector('main')!.getBoundingClientRect().top).toBeGreaterThanOrEqual(bar.bottom - 1);

    await page.viewport(375, 667);
    await frame();
    const sheet = shadow('.panel').getBoundingClientRect();
    expect(sheet.left).toBe(0);
    expect(Math.round(sheet.right)).toBe(document.documentElement.clientWidth);
    expect(Math.round(sheet.bottom)).toBe(667);
    expect(sheet.top).toBeGreaterThan(0);
    for (const item of items()) expectInside(item, `375: ${item.dataset.item}`);
    // A sheet over the bottom takes no room at the top of the page.
    await expect.poll(() => getComputedStyle(document.documentElement).paddingTop).toBe('0px');
    for (const item of items()) {
      const { width, height } = item.getBoundingClientRect();
      expect(Math.min(width, height), item.dataset.item).toBeGreaterThanOrEqual(44);
    }
  });

  it('is one tab stop: arrow keys move along it (reversed right to left), Home and End go to its ends, Tab leaves', async () => {
    await openBar();
    const all = items();
    expect(active()).toBe(all[0]);
    expect(all.filter((item) => item.tabIndex === 0)).toEqual([all[0]]);
    await userEvent.keyboard('{ArrowRight}');
    expect(active()).toBe(all[1]);
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(active()).toBe(all[3]);
    expect(all.filter((item) => item.tabIndex === 0)).toEqual([all[3]]);
    await userEvent.keyboard('{ArrowLeft}');
    expect(active()).toBe(all[2]);
    await userEvent.keyboard('{End}');
    expect(active()).toBe(all.at(-1));
    await userEvent.keyboard('{ArrowRight}');
    expect(active(), 'wraps round').toBe(all[0]);
    await userEvent.keyboard('{Home}{ArrowLeft}');
    expect(active(), 'wraps back').toBe(all.at(-1));
    // Tab leaves the bar for the page; Shift+Tab comes back to the button last used.
    const after = document.body.appendChild(Object.assign(document.createElement('button'), { textContent: '页面按钮' }));
    await userEvent.tab();
    expect(document.activeElement).toBe(after);
    await userEvent.tab({ shift: true });
    expect(active()).toBe(all.at(-1));

    document.documentElement.dir = 'rtl';
    try {
      await userEvent.keyboard('{Home}{ArrowLeft}');
      expect(active(), 'right to left: left is forward').toBe(all[1]);
    } finally {
      document.documentElement.removeAttribute('dir');
    }
  });

  it('opens each choice as a menu from the keyboard: arrows choose, Enter sets it and returns, Esc returns without change', async () => {
    await openBar();
    const buttons = menuButtons();
    // Choices, and the ranges visited rarely (caption size) as menus of their steps; an aid's settings only while it is on.
    expect(buttons.map((b) => b.dataset.item)).toEqual(['colorScheme', 'colorFilter', 'cursor', 'readingGuide', 'speech', 'captionSize', 'captionColors']);
    for (const button of buttons) {
      const key = button.dataset.item!;
      button.focus();
      await userEvent.keyboard('{ArrowDown}');
      await settle();
      const menu = popoverOf(button);
      expect(menu.hidden, key).toBe(false);
      expect(button.getAttribute('aria-expanded'), key).toBe('true');
      expect(active()?.getAttribute('role'), key).toBe('menuitemradio');
      expect(active()?.getAttribute('aria-checked'), `${key}: focus starts on the checked option`).toBe('true');
      // Esc closes, focus back on its button, nothing changed.
      const before = JSON.stringify(t.controller.preferences.get());
      await userEvent.keyboard('{ArrowDown}{Escape}');
      await settle();
      expect(menu.hidden, key).toBe(true);
      expect(active(), key).toBe(button);
      expect(JSON.stringify(t.controller.preferences.get()), key).toBe(before);
      expect(t.toolbar.open, 'Esc in a menu closes the menu, not the bar').toBe(true);
      // Enter (or Space) opens; ↓ and Enter pick the next option.
      await userEvent.keyboard('{Enter}');
      await settle();
      const options = [...menu.querySelectorAll<HTMLElement>('[role="menuitemradio"]')];
      const next = options[(options.indexOf(active()!) + 1) % options.length]!;
      await userEvent.keyboard('{ArrowDown}');
      expect(active(), key).toBe(next);
      await userEvent.keyboard('{Enter}');
      await settle();
      expect(menu.hidden, key).toBe(true);
      expect(active(), key).toBe(button);
      expect(next.getAttribute('aria-checked'), key).toBe('true');
      expect(JSON.stringify(t.controller.preferences.get()), key).not.toBe(before);
      // The button's name carries the value it now has.
      expect(button.getAttribute('aria-label'), key).toContain(next.querySelector('span:last-child')!.textContent);
      t.controller.preferences.reset();
      await settle();
    }
  });

  it("shows an aid's settings while it is on: read-aloud's speed, the caption bar's display, size and position", async () => {
    await openBar();
    const shown = () => items().map((item) => item.dataset.item);
    expect(shown()).not.toContain('speechRate');
    expect(shown()).not.toContain('captionBarText');
    t.controller.preferences.set({ speech: 'hover', captionBar: true });
    await settle();
    expect(shown()).toEqual(expect.arrayContaining(['speechRate', 'captionBarText', 'captionBarSize', 'captionBarPosition']));
    expect(shown().indexOf('speechRate')).toBe(shown().indexOf('speech') + 1);
    // The bar may wrap then; everything stays on screen.
    for (const item of items()) expectInside(item, item.dataset.item!);
    t.controller.preferences.set({ speech: 'off', captionBar: false });
    await settle();
    expect(shown()).not.toContain('speechRate');
    expect(shown()).not.toContain('captionBarSize');
  });

  it("offers read-aloud's pause and stop while it reads the page, as buttons and shortcuts that send its engine the command", async () => {
    const commands: unknown[] = [];
    const record = (event: Event) => commands.push((event as CustomEvent).detail.command);
    document.addEventListener('reach-command', record);
    try {
      await openBar();
      expect(items().map((item) => item.dataset.item)).not.toContain('speechPause');
      t.controller.preferences.set({ speech: 'continuous' });
      await settle();
      const pause = items().find((item) => item.dataset.item === 'speechPause')!;
      const stop = items().find((item) => item.dataset.item === 'speechStop')!;
      expect(pause.getAttribute('aria-label')).toBe('暂停或继续朗读');
      expect(pause.textContent!.trim()).toBe('暂停');
      expect(stop.getAttribute('aria-label')).toBe('停止朗读');
      pause.click();
      stop.click();
      await userEvent.keyboard('{Alt>}{Shift>}7{/Shift}{/Alt}');
      await userEvent.keyboard('{Alt>}{Shift>}8{/Shift}{/Alt}');
      expect(commands).toEqual(['speechPause', 'speechStop', 'speechPause', 'speechStop']);
      // The launcher's panel has them too, named in full.
      t.toolbar.layout = 'launcher';
      await settle();
      const button = [...t.toolbar.shadowRoot!.querySelectorAll<HTMLElement>('.command')].find((b) => b.textContent!.trim() === '暂停或继续朗读')!;
      button.click();
      expect(commands.at(-1)).toBe('speechPause');
      await expectNoAxeViolations();
      t.controller.preferences.set({ speech: 'hover' });
      await settle();
      expect(t.toolbar.shadowRoot!.querySelector('.command')).toBeNull();
    } finally {
      document.removeEventListener('reach-command', record);
    }
  });

  it('keeps one popover open at a time, closes it on a click outside and on Tab', async () => {
    await openBar();
    const [scheme, filter] = menuButtons();
    scheme!.click();
    await settle();
    expect(popoverOf(scheme!).hidden).toBe(false);
    filter!.click();
    await settle();
    expect(popoverOf(scheme!).hidden).toBe(true);
    expect(popoverOf(filter!).hidden).toBe(false);
    const outside = document.body.appendChild(Object.assign(document.createElement('button'), { textContent: '页面按钮' }));
    await userEvent.click(outside);
    await settle();
    expect(popoverOf(filter!).hidden).toBe(true);
    expect(t.toolbar.open).toBe(true);

    filter!.focus();
    await userEvent.keyboard('{Enter}');
    await settle();
    await userEvent.tab();
    await settle();
    expect(popoverOf(filter!).hidden).toBe(true);
    expect(t.toolbar.shadowRoot!.activeElement).not.toBe(filter);
  });

  it('shows the shortcuts in a popover from its button', async () => {
    await openBar();
    const help = items().find((item) => item.dataset.item === 'help')!;
    help.focus();
    await userEvent.keyboard('{Enter}');
    await settle();
    const popover = shadow('#help');
    expect(popover.hidden).toBe(false);
    expect(active()).toBe(popover);
    expect(popover.textContent).toContain('Alt');
    expectInside(popover, 'help');
    await userEvent.keyboard('{Escape}');
    await settle();
    expect(popover.hidden).toBe(true);
    expect(active()).toBe(help);
  });

  it('keeps every popover inside the viewport: at the right edge, at 200 and 400 % zoom, with page zoom 2', async () => {
    skipIn(['webkit'], FRAME_RESIZE);
    const viewports: [number, number][] = [[1280, 600], [640, 400], [320, 240], [256, 192]];
    for (const zoom of [1, 2]) {
      for (const [width, height] of viewports) {
        await page.viewport(width, height);
        await openBar();
        t.controller.preferences.set({ pageZoom: zoom });
        await settle();
        // Right to left too: the first buttons are then at the right edge.
        for (const dir of ['ltr', 'rtl']) {
          document.documentElement.dir = dir;
          for (const button of [...menuButtons(), items().find((item) => item.dataset.item === 'help')!]) {
            button.scrollIntoView({ block: 'nearest' });
            button.click();
            await settle();
            // Placing is asynchronous (floating-ui measures, then places): it must get there.
            const what = `${width}×${height}, page zoom ${zoom}, ${dir}: ${button.dataset.item}`;
            await expect.poll(() => `${inside(popoverOf(button))} (${what})`).toMatch(/^inside/);
            button.click();
            await settle();
          }
        }
        document.documentElement.removeAttribute('dir');
        t.controller.preferences.set({ pageZoom: 1 });
        t.toolbar.remove();
        document.querySelector('video')!.remove();
      }
    }
  }, 30_000); // 144 popovers opened and measured

  it('keeps a popover by its button as the bar reflows and as the sheet scrolls', async () => {
    skipIn(['webkit'], FRAME_RESIZE);
    await page.viewport(1280, 600);
    await openBar();
    const button = menuButtons().at(-1)!;
    button.click();
    await settle();
    await frame();
    expectAttached(button, popoverOf(button), '1280');
    const x = button.getBoundingClientRect().left;
    // Narrower: the bar wraps and the button moves; the popover moves with it.
    await page.viewport(700, 600);
    await frame();
    expect(button.getBoundingClientRect().left).not.toBeCloseTo(x, 0);
    expectAttached(button, popoverOf(button), '700');

    // A phone sheet too short for its buttons scrolls, and the popover follows.
    await page.viewport(375, 300);
    await frame();
    const sheet = shadow('.panel');
    expect(sheet.scrollHeight).toBeGreaterThan(sheet.clientHeight);
    const first = menuButtons()[0]!;
    first.scrollIntoView({ block: 'nearest' });
    first.click();
    await settle();
    await frame();
    expectAttached(first, popoverOf(first), 'sheet');
    const top = first.getBoundingClientRect().top;
    sheet.scrollTop += sheet.scrollTop > 10 ? -10 : 10;
    await frame();
    expect(first.getBoundingClientRect().top).not.toBeCloseTo(top, 0);
    expectAttached(first, popoverOf(first), 'sheet, scrolled');
  });

  it('passes axe-core closed, open, with each popover open, and in each colour scheme', async () => {
    await openBar();
    await expectNoAxeViolations();
    for (const button of [...menuButtons(), items().find((item) => item.dataset.item === 'help')!]) {
      button.click();
      await settle();
      await expectNoAxeViolations();
    }
    for (const colorScheme of ['white-on-black', 'yellow-on-black', 'black-on-yellow', 'white-on-blue'] as const) {
      t.controller.preferences.set({ colorScheme, textSpacing: true, highlightLinks: true });
      await settle();
      await expectNoAxeViolations();
    }
    t.toolbar.hide();
    await settle();
    await expectNoAxeViolations();
  });

  it('keeps system colours in its popovers under forced colours', async () => {
    await openBar();
    await emulateForcedColors(true);
    try {
      const cursor = menuButtons().find((button) => button.dataset.item === 'cursor')!;
      cursor.click();
      await settle();
      const probe = document.body.appendChild(document.createElement('div'));
      probe.style.cssText = 'background: Canvas; color: CanvasText; border: 1px solid ButtonText';
      const popover = getComputedStyle(popoverOf(cursor));
      expect(popover.borderTopColor).toBe(getComputedStyle(probe).borderTopColor);
      expect(popover.boxShadow).toBe('none');
      expect(getComputedStyle(cursor).borderTopColor).toBe(getComputedStyle(probe).borderTopColor);
      probe.remove();
    } finally {
      await emulateForcedColors(false);
    }
  });
});
