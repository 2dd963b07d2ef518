// Chinese text reaches the speech synthesiser intact (UTF-8 all the way).
import { describe, it } from 'vitest';
import { announce, expectSpoken, useScreenReader } from './screen-reader.js';

const sr = useScreenReader();
const DIGITS = '零一二三四五六七八九';

describe('Chinese announcement', () => {
  it('Orca speaks a Chinese message', async () => {
    const page = await sr.open('/announcer/');
    // A receipt number in Chinese numerals keeps the whole message Chinese and unique.
    const number = Array.from({ length: 6 }, () => DIGITS[Math.floor(Math.random() * 10)]).join('');
    const message = `感谢您的捐款，收据编号${number}。`;
    const heard = sr.listen();
    await announce(page, message);
    await expectSpoken(heard, message);
  });
});
