// Negative control: text added outside any live region is not spoken, so the
// tier cannot pass by hearing everything. A live message right after proves
// Orca was listening all along.
import { describe, it } from 'vitest';
import { announce, expectNotSpoken, expectSpoken, uniqueToken, useScreenReader } from './screen-reader.js';

const sr = useScreenReader();

describe('negative control', () => {
  it('Orca does not speak a change outside live regions', async () => {
    const page = await sr.open('/announcer/');
    const quiet = `Quiet paragraph ${uniqueToken()}`;
    const heard = sr.listen();
    await page.evaluate((text) => {
      const paragraph = document.createElement('p');
      paragraph.textContent = text;
      document.querySelector('main')?.append(paragraph);
    }, quiet);
    await expectNotSpoken(heard, quiet, { within: 3000 });

    const live = `Live control ${uniqueToken()}`;
    await announce(page, live);
    await expectSpoken(heard, live);
  });
});
