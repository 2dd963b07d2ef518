import type { ReactiveController } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { page as browser } from 'vitest/browser';
import { useFixturePages } from '../../../../test/fixture.js';
import { BarLayoutController } from './bar-layout.js';

const page = useFixturePages();
const controllers: ReactiveController[] = [];
afterEach(() => {
  for (const controller of controllers.splice(0)) controller.hostDisconnected?.();
});

/** The controller on a bare host: the toolbar's bar is stood in for by a fixed block of text. */
function barLayout(bar: HTMLElement) {
  const host = Object.assign(document.createElement('div'), {
    addController: (controller: ReactiveController) => controllers.push(controller),
    removeController() {},
    requestUpdate() {},
    updateComplete: Promise.resolve(true),
  });
  return new BarLayoutController(host, () => bar);
}

const paddingTop = () => parseFloat(getComputedStyle(document.documentElement).paddingTop);

describe('the bar layout: room at the top of the page', () => {
  it('follows the bar when its room brings a scrollbar that wraps it to another row, without a resize loop', async () => {
    await browser.viewport(1024, 768);
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      // A bar of 30 px rows, standing in for the toolbar's; a page that fits the window beside one row only.
      const root = page(
        'html, body { height: auto; min-height: 0; } html::-webkit-scrollbar { width: 60px; background: #ccc; } #bar { position: fixed; top: 0; left: 0; right: 0; margin: 0; font: 20px/30px monospace; overflow-wrap: anywhere; }',
        '<p id="bar">x</p><div id="filler"></div>',
      );
      const bar = root.querySelector<HTMLElement>('#bar')!;
      root.querySelector<HTMLElement>('#filler')!.style.height = `${innerHeight - 45}px`;
      const layout = barLayout(bar);
      layout.show(true);
      await expect.poll(paddingTop).toBe(30);
      expect(document.documentElement.scrollHeight).toBeLessThanOrEqual(innerHeight);
      // Text that takes two rows across the window and three beside the scrollbar (a longer label, a larger text size).
      const range = document.createRange();
      range.selectNodeContents(bar);
      const perChar = range.getBoundingClientRect().width;
      const [wide, narrow] = [Math.floor(bar.clientWidth / perChar), Math.floor((bar.clientWidth - 60) / perChar)];
      expect(2 * wide - 2).toBeGreaterThan(2 * narrow);
      bar.textContent = 'x'.repeat(2 * wide - 2);
      layout.hostUpdated?.(); // as the toolbar's render would
      await expect.poll(paddingTop).toBeGreaterThanOrEqual(60);
      expect(document.documentElement.scrollHeight).toBeGreaterThan(innerHeight);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      // The room is the bar's, three rows where the scrollbar took room (WebKit), two where scrollbars are hidden.
      expect(paddingTop()).toBe(Math.ceil(bar.getBoundingClientRect().height));
      expect(errors).toEqual([]);
      // Closed: the page as it was.
      layout.show(false);
      expect(paddingTop()).toBe(0);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
