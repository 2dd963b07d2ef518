// The toolbar as a screen-reader user meets it on the charity example:
// names and states are spoken, a change is confirmed, Esc returns focus.
import { describe, expect, it } from 'vitest';
import { expectSpoken, useScreenReader } from './screen-reader.js';

const sr = useScreenReader();

describe('toolbar', () => {
  it('Tab reaches the launcher; open, a toggle, a stepper and Esc are all spoken', async () => {
    const page = await sr.open('/charity/');
    // Start from the page's last link, so one Tab lands on the launcher.
    await page.evaluate(() => ([...document.querySelectorAll('a')].at(-1) as HTMLElement).focus());
    let heard = sr.listen();
    await page.keyboard.press('Tab');
    await expectSpoken(heard, '无障碍工具');
    await expectSpoken(heard, 'collapsed');

    heard = sr.listen();
    await page.keyboard.press('Enter');
    // Focus moves into the dialog: Orca says its name and reads what is in it.
    await expectSpoken(heard, '无障碍工具');

    // Close, the presets' heading, then 关怀模式: its name and state.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    heard = sr.listen();
    await page.keyboard.press('Tab');
    await expectSpoken(heard, '关怀模式 toggle button not pressed');

    // The text group's heading, then text size's decrease and increase.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    heard = sr.listen();
    await page.keyboard.press('Space');
    await expectSpoken(heard, '字体大小 125%');

    // Page zoom's two buttons, then the text-spacing switch.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    heard = sr.listen();
    await page.keyboard.press('Tab');
    await expectSpoken(heard, '文字间距 toggle button not pressed');
    heard = sr.listen();
    await page.keyboard.press('Space');
    await expectSpoken(heard, 'pressed');
    await expectSpoken(heard, '文字间距已开启');
    // "pressed" on its own, not only inside "not pressed".
    expect(heard.count('pressed')).toBeGreaterThan(heard.count('not pressed'));

    // Focus goes back to the launcher, which Orca reports by its new state.
    heard = sr.listen();
    await page.keyboard.press('Escape');
    await expectSpoken(heard, 'collapsed');
  });
});
