// Choosing a colour scheme in the toolbar: the radio and the confirmation are spoken.
import { describe, it } from 'vitest';
import { expectSpoken, useScreenReader } from './screen-reader.js';

const sr = useScreenReader();

describe('colour scheme', () => {
  it('arrowing through the schemes speaks each choice and confirms it', async () => {
    const page = await sr.open('/charity/');
    await page.evaluate(() => window.Reachable?.open());
    await page.locator('reach-toolbar').evaluate(async (toolbar) => {
      // The panel loads when first opened: wait for it to render.
      await (toolbar as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      (toolbar.shadowRoot!.querySelector('input[name="colorScheme"]') as HTMLInputElement).focus();
    });
    const heard = sr.listen();
    await page.keyboard.press('ArrowDown');
    // Once as the radio reached, once in the confirmation.
    await expectSpoken(heard, '白字黑底', { times: 2 });
    await expectSpoken(heard, '配色 白字黑底');
  });
});
