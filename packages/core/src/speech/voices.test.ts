import { describe, expect, it, vi } from 'vitest';
import { canonical, chooseVoice, loadVoices, type Voice } from './voices.js';

const voice = (name: string, lang: string, localService = true, isDefault = false): Voice => ({ name, lang, localService, default: isDefault });

/** Voice lists as each browser reports them (names shortened). */
const LISTS: Record<string, Voice[]> = {
  // Chrome on Windows with the Chinese language pack: the system's voices, then Google's network voices.
  chromeWindows: [
    // Listed network voices first: the order of the list must not decide.
    voice('Google US English', 'en-US', false),
    voice('Google UK English Female', 'en-GB', false),
    voice('Google 普通话（中国大陆）', 'zh-CN', false),
    voice('Google 粤語（香港）', 'zh-HK', false),
    voice('Google 國語（臺灣）', 'zh-TW', false),
    voice('Microsoft Huihui', 'zh-CN'),
    voice('Microsoft David', 'en-US'),
  ],
  // Chrome on Android: underscores, and Cantonese as yue.
  android: [voice('English United States', 'en_US', true, true), voice('中文 中国', 'zh_CN'), voice('中文 台湾', 'zh_TW'), voice('粤语 香港', 'yue_HK')],
  // Safari on macOS and iOS: every voice on the device.
  safari: [voice('Samantha', 'en-US', true, true), voice('Daniel', 'en-GB'), voice('Tingting', 'zh-CN'), voice('Meijia', 'zh-TW'), voice('Sinji', 'zh-HK')],
  // Firefox on Linux through Speech Dispatcher and eSpeak NG: bare languages, Mandarin as cmn.
  firefoxLinux: [voice('English (America)', 'en-US', true, true), voice('Chinese (Mandarin)', 'cmn'), voice('Chinese (Cantonese)', 'yue')],
  // An English system without Chinese voices, offline.
  englishOnly: [voice('Microsoft David', 'en-US', true, true), voice('Microsoft Zira', 'en-US')],
  empty: [],
};

const choose = (list: string, lang: string) => chooseVoice(LISTS[list]!, lang)?.name;

describe('canonical', () => {
  it('compares Android, Mandarin, script and Cantonese tags as one', () => {
    expect(['zh_CN', 'zh-CN', 'zh', 'ZH-cn', 'cmn', 'cmn-Hans-CN', 'zh-Hans'].map(canonical)).toEqual(Array(7).fill('zh-cn'));
    expect(['zh-TW', 'zh_TW', 'zh-Hant', 'zh-Hant-TW'].map(canonical)).toEqual(Array(4).fill('zh-tw'));
    expect(['zh-HK', 'yue', 'yue_HK', 'zh-Hant-HK'].map(canonical)).toEqual(Array(4).fill('zh-hk'));
    expect(['en_US', 'en-Latn-US', 'EN-us'].map(canonical)).toEqual(Array(3).fill('en-us'));
    expect(canonical('es-419')).toBe('es-419');
  });
});

describe('chooseVoice', () => {
  it('prefers a voice on the device to a network voice of the same language', () => {
    expect(choose('chromeWindows', 'zh-CN')).toBe('Microsoft Huihui');
    expect(choose('chromeWindows', 'en-US')).toBe('Microsoft David');
  });

  it('takes the region the text is written for, then another region of its language', () => {
    expect(choose('chromeWindows', 'zh-TW')).toBe('Google 國語（臺灣）');
    expect(choose('chromeWindows', 'zh-HK')).toBe('Google 粤語（香港）');
    expect(choose('chromeWindows', 'en-GB')).toBe('Google UK English Female');
    expect(choose('safari', 'en-AU')).toBe('Samantha');
    expect(choose('safari', 'en')).toBe('Samantha');
    expect(choose('safari', 'zh-Hant')).toBe('Meijia');
    expect(choose('safari', 'zh')).toBe('Tingting');
  });

  it('reads Android and Linux voice tags', () => {
    expect(choose('android', 'zh-CN')).toBe('中文 中国');
    expect(choose('android', 'zh-HK')).toBe('粤语 香港');
    expect(choose('android', 'en')).toBe('English United States');
    expect(choose('firefoxLinux', 'zh-CN')).toBe('Chinese (Mandarin)');
    expect(choose('firefoxLinux', 'zh-HK')).toBe('Chinese (Cantonese)');
    // Taiwanese text in Mandarin, which eSpeak offers only as cmn.
    expect(choose('firefoxLinux', 'zh-TW')).toBe('Chinese (Mandarin)');
  });

  it('never reads Mandarin with a Cantonese voice; Cantonese text may fall back to Mandarin', () => {
    const cantoneseOnly = [voice('Sinji', 'zh-HK'), voice('Samantha', 'en-US', true, true)];
    expect(chooseVoice(cantoneseOnly, 'zh-CN')).toBeUndefined();
    expect(chooseVoice(cantoneseOnly, 'zh-TW')).toBeUndefined();
    expect(chooseVoice([voice('Tingting', 'zh-CN')], 'zh-HK')?.name).toBe('Tingting');
  });

  it('finds nothing for Chinese on an English system, or on a list not yet loaded: never an English voice', () => {
    expect(choose('englishOnly', 'zh-CN')).toBeUndefined();
    expect(choose('empty', 'zh-CN')).toBeUndefined();
    expect(choose('empty', 'en')).toBeUndefined();
    expect(choose('safari', 'fr')).toBeUndefined();
  });
});

describe('loadVoices', () => {
  const synth = (lists: Voice[][]) => {
    const target = new EventTarget();
    let call = 0;
    return Object.assign(target, { getVoices: () => lists[Math.min(call++, lists.length - 1)]! }) as unknown as SpeechSynthesis;
  };

  it('answers at once when the voices are there', async () => {
    expect(await loadVoices(synth([LISTS.safari!]))).toBe(LISTS.safari);
  });

  it('waits for voiceschanged', async () => {
    vi.useFakeTimers();
    try {
      const s = synth([[], LISTS.android!]);
      const loaded = loadVoices(s);
      // No time passes: the event alone must answer.
      s.dispatchEvent(new Event('voiceschanged'));
      expect(await loaded).toBe(LISTS.android);
    } finally {
      vi.useRealTimers();
    }
  });

  it('polls where voiceschanged never comes, and gives up with an empty list after the time-out', async () => {
    vi.useFakeTimers();
    try {
      const late = loadVoices(synth([[], [], [], LISTS.firefoxLinux!]));
      await vi.advanceTimersByTimeAsync(300);
      expect(await late).toBe(LISTS.firefoxLinux);
      const never = loadVoices(synth([[]]), 1000);
      let done = false;
      void never.then(() => (done = true));
      await vi.advanceTimersByTimeAsync(900);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(200);
      expect(await never).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});
