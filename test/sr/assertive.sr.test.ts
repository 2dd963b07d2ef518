// An assertive announcement is spoken, and goes before a polite one queued at the same time.
import { describe, expect, it } from 'vitest';
import { announce, expectSpoken, uniqueToken, useScreenReader } from './screen-reader.js';

const sr = useScreenReader();

describe('assertive announcement', () => {
  it('Orca speaks an assertive message', async () => {
    const page = await sr.open('/announcer/');
    const message = `Payment failed, error ${uniqueToken()}`;
    const heard = sr.listen();
    await announce(page, message, { politeness: 'assertive' });
    await expectSpoken(heard, message);
    expect(await page.textContent('reach-live-region > [aria-live="assertive"]')).toBe(message);
  });

  it('Orca speaks an assertive message before a polite one announced first', async () => {
    const page = await sr.open('/announcer/');
    const polite = `Saved draft ${uniqueToken()}`;
    const assertive = `Session expiring ${uniqueToken()}`;
    const heard = sr.listen();
    await Promise.all([announce(page, polite), announce(page, assertive, { politeness: 'assertive' })]);
    await expectSpoken(heard, polite);
    await expectSpoken(heard, assertive);
    const text = heard.text();
    expect(text.indexOf(assertive), `Orca said:\n${heard.raw()}`).toBeLessThan(text.indexOf(polite));
  });
});
