// <reach-announcer> speaks its message when it changes: on the example page,
// the project filter sets the result count 400 ms after typing stops.
import { describe, it } from 'vitest';
import { expectSpoken, useScreenReader } from './screen-reader.js';

const sr = useScreenReader();

describe('<reach-announcer>', () => {
  it('Orca speaks the message set on <reach-announcer>', async () => {
    const page = await sr.open('/announcer/');
    const heard = sr.listen();
    await page.getByRole('searchbox', { name: '筛选 Filter' }).fill('盲文');
    // The message is "显示 1 个项目 · 1 project shown"; Orca may name the "·".
    await expectSpoken(heard, '显示 1 个项目');
    await expectSpoken(heard, '1 project shown');
  });
});
