// A polite announcement is spoken.
import { describe, expect, it } from 'vitest';
import { announce, expectSpoken, uniqueToken, useScreenReader } from './screen-reader.js';

const sr = useScreenReader();

describe('polite announcement', () => {
  it('Orca speaks a polite message', async () => {
    const page = await sr.open('/announcer/');
    const message = `Your gift was received, receipt ${uniqueToken()}`;
    const heard = sr.listen();
    await announce(page, message);
    await expectSpoken(heard, message);
    expect(await page.textContent('reach-live-region > [aria-live="polite"]')).toBe(message);
  });
});
