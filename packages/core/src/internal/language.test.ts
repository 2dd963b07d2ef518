import { expect, it } from 'vitest';
import { chineseScript } from './language.js';

it('tells Traditional from Simplified Chinese, in every way a page or a voice writes it', () => {
  expect(['zh', 'zh-CN', 'zh-Hans', 'zh-Hans-CN', 'zh-SG', 'cmn', 'cmn-Hans-CN', 'ZH-cn', 'zh-Hans-HK', 'zh-Hans-TW'].map(chineseScript)).toEqual(Array(10).fill('hans'));
  expect(['zh-TW', 'zh_TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-HK', 'yue', 'yue-HK', 'ZH-tw'].map(chineseScript)).toEqual(Array(9).fill('hant'));
  // Other languages, Zhuang (za) and a tag that only starts like Chinese.
  expect(['en', 'fr', 'za', 'zha', '', null, undefined].map(chineseScript)).toEqual(Array(7).fill(undefined));
});
