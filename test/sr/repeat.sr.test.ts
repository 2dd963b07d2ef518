// The same message announced twice in a row is spoken twice (Orca drops a live
// region change whose text equals the last one, so the announcer varies it).
import { describe, it } from 'vitest';
import { announce, expectSpoken, uniqueToken, useScreenReader } from './screen-reader.js';

const sr = useScreenReader();

describe('repeated announcement', () => {
  it('Orca speaks an identical message twice', async () => {
    const page = await sr.open('/announcer/');
    const message = `Item added to cart ${uniqueToken()}`;
    const heard = sr.listen();
    await announce(page, message);
    await expectSpoken(heard, message);
    await announce(page, message);
    await expectSpoken(heard, message, { times: 2 });
  });
});
