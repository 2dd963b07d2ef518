// Real speech, once: read-aloud's 指读 through Chromium's speechSynthesis reaches Speech Dispatcher,
// the same service Orca speaks through, with a voice of the text's language.
import { describe, expect, it } from 'vitest';
import { expectSpoken, uniqueToken, useScreenReader } from './screen-reader.js';

const sr = useScreenReader();

describe('read aloud', () => {
  it('指读: resting the pointer on a paragraph sends its text to Speech Dispatcher', async () => {
    const page = await sr.open('/charity/');
    const token = uniqueToken('spoken');
    // Chromium lists Speech Dispatcher's voices, Chinese among them.
    await expect.poll(() => page.evaluate(() => speechSynthesis.getVoices().map((voice) => voice.lang.toLowerCase())), { timeout: 10_000 }).toContain('zh-cn');
    await page.evaluate((token) => {
      const p = document.createElement('p');
      p.id = 'read-me';
      p.lang = 'zh-CN';
      p.textContent = `请朗读这一段 ${token}。`;
      document.querySelector('main')!.prepend(p);
      window.Reachable!.preferences.set({ speech: 'hover' });
    }, token);
    const heard = sr.listen();
    await page.hover('#read-me');
    await expectSpoken(heard, token);
    expect(heard.text()).toContain('请朗读这一段');
    await page.evaluate(() => window.Reachable!.preferences.set({ speech: 'off' }));
  });
});
