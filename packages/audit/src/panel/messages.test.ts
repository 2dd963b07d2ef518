import { describe, expect, it } from 'vitest';
import { PANEL_MESSAGES, panelLocale } from './messages.js';

describe('panelLocale', () => {
  it.each([
    ['zh-TW', 'zh-TW'],
    ['zh_TW', 'zh-TW'],
    ['ZH-tw', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-MO', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh-Hant-HK', 'zh-TW'],
    ['zh-Hans-HK', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['yue', 'zh-TW'],
    ['cmn', 'zh-CN'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['fr', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('reads %s as %s', (tag, locale) => {
    expect(panelLocale(tag)).toBe(locale);
  });
});

describe('the aid a finding was seen with, in Chinese', () => {
  it.each([
    ['fontScale 2', '（字体放大 2 倍时）', '（字體放大 2 倍時）'],
    ['pageZoom 2', '（页面缩放 2 倍时）', '（頁面縮放 2 倍時）'],
    ['textSpacing (WCAG 1.4.12)', '（使用 WCAG 文字间距时）', '（使用 WCAG 文字間距時）'],
    ['viewport 320×256 (WCAG 1.4.10)', '（视口为 320×256（WCAG 1.4.10）时）', '（檢視區為 320×256（WCAG 1.4.10）時）'],
    ['colorScheme yellow-on-black', '（使用黄字黑底配色时）', '（使用黃字黑底配色時）'],
    ['colorScheme sepia', '（colorScheme sepia时）', '（colorScheme sepia時）'],
  ])('%s', (label, cn, tw) => {
    expect(PANEL_MESSAGES['zh-CN'].withAid(label)).toBe(cn);
    expect(PANEL_MESSAGES['zh-TW'].withAid(label)).toBe(tw);
    expect(PANEL_MESSAGES.en.withAid(label)).toBe(` (with ${label})`);
  });
});
