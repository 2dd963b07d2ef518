// Reading mode opened by its shortcut: focus lands on the view's heading, and Orca says it;
// Esc closes it and focus goes back to where the visitor was.
import { describe, expect, it } from 'vitest';
import { expectSpoken, uniqueToken, useScreenReader } from './screen-reader.js';

const sr = useScreenReader();

describe('reading mode', () => {
  it('Alt+Shift+4 opens the view and Orca reads its heading; Esc closes it and focus goes back', async () => {
    const page = await sr.open('/charity/');
    // A word in the page's main heading that Orca has not said: only the view's heading can say it.
    const token = uniqueToken('heading');
    await page.evaluate((token) => document.querySelector('h1')!.append(` ${token}`), token);
    // The visitor is on a link of the page's navigation when they open the view.
    const link = 'nav a[href="#donate"]';
    await page.evaluate((link) => document.querySelector<HTMLElement>(link)!.focus(), link);
    const heard = sr.listen();
    await page.keyboard.press('Alt+Shift+Digit4');
    await expect.poll(() => page.evaluate(() => !!document.querySelector('reach-reading-mode')?.shadowRoot?.querySelector('dialog:modal'))).toBe(true);
    await expectSpoken(heard, token);
    expect(heard.text()).toMatch(/heading level 1/i);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.querySelector('reach-reading-mode'))).toBeNull();
    expect(await page.evaluate(() => window.Reachable?.preferences.get().readingMode)).toBe(false);
    expect(await page.evaluate((link) => document.activeElement === document.querySelector(link), link)).toBe(true);
  });
});
