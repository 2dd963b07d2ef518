// While a modal <dialog> is open, the rest of the page is hidden from the
// screen reader; the announcer writes inside the dialog so Orca still speaks.
import { describe, expect, it } from 'vitest';
import { expectSpoken, useScreenReader } from './screen-reader.js';

const sr = useScreenReader();

describe('announcement in a modal dialog', () => {
  it('Orca speaks a message announced while a modal dialog is open', async () => {
    const page = await sr.open('/announcer/');
    await page.getByRole('button', { name: '确认后再捐 Confirm first' }).click();
    await expect.poll(() => page.evaluate(() => document.querySelector('dialog')?.matches(':modal'))).toBe(true);
    const heard = sr.listen();
    // The example page's own button: it announces "已确认，请在下一步完成支付。Confirmed: complete payment in the next step."
    await page.getByRole('button', { name: '确认 Confirm', exact: true }).click();
    await expectSpoken(heard, '已确认');
    await expectSpoken(heard, 'complete payment in the next step');
    expect(await page.locator('dialog[open] reach-live-region').count()).toBe(1);
  });
});
