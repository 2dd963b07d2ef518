// The bar layout as a screen-reader user meets it: the toolbar is announced, each button
// reached with the arrow keys says its name and state, and a choice's menu opens and closes.
import { describe, expect, it } from 'vitest';
import { expectSpoken, useScreenReader } from './screen-reader.js';

const sr = useScreenReader();

describe('toolbar, bar layout', () => {
  it('moving along the bar with the arrow keys speaks each button, its state, and a menu', async () => {
    const page = await sr.open('/charity/');
    // The charity page's toolbar, switched to the bar (as `data-layout="bar"` would start it).
    await page.locator('reach-toolbar').evaluate(async (toolbar) => {
      (toolbar as HTMLElement & { layout: string }).layout = 'bar';
      await (toolbar as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    });
    let heard = sr.listen();
    await page.evaluate(() => window.Reachable?.open());
    // Focus lands on the bar's first button, 关怀模式: its name and state.
    await expectSpoken(heard, '关怀模式 toggle button not pressed');

    // Then text size: Orca names the stepper's group ("panel") around its buttons.
    heard = sr.listen();
    await page.keyboard.press('ArrowRight');
    await expectSpoken(heard, '字体大小');
    await expectSpoken(heard, '减小字体大小 push button');

    heard = sr.listen();
    await page.keyboard.press('ArrowRight');
    await expectSpoken(heard, '增大字体大小');

    // Page zoom's two buttons, then the text-spacing toggle: its name and state.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    heard = sr.listen();
    await page.keyboard.press('ArrowRight');
    await expectSpoken(heard, '文字间距 toggle button not pressed');
    heard = sr.listen();
    await page.keyboard.press('Space');
    await expectSpoken(heard, '文字间距已开启');
    expect(heard.count('pressed')).toBeGreaterThan(heard.count('not pressed'));

    // The colour-scheme menu button: its name with the value in force, then its menu.
    heard = sr.listen();
    await page.keyboard.press('ArrowRight');
    await expectSpoken(heard, '配色 网站原色');
    heard = sr.listen();
    await page.keyboard.press('ArrowDown');
    await expectSpoken(heard, '网站原色');
    heard = sr.listen();
    await page.keyboard.press('ArrowDown');
    await expectSpoken(heard, '白字黑底');
    heard = sr.listen();
    await page.keyboard.press('Escape');
    await expectSpoken(heard, '配色 网站原色');
  });
});
