import { describe, expect, it } from 'vitest';
import { capacity, cut } from './cut.js';

describe('the caption bar cuts long text at a sentence', () => {
  it('keeps text that fits as it is', () => {
    expect(cut('欢迎访问阳光助学。', 20)).toBe('欢迎访问阳光助学。');
  });

  it('cuts after the last whole sentence that fits, in Chinese and English', () => {
    expect(cut('第一句话。第二句话！第三句话很长很长很长。', 12)).toBe('第一句话。第二句话！');
    expect(cut('First sentence. Second one here. Third is longer than the rest.', 40)).toBe('First sentence. Second one here.');
    // A decimal point is not the end of a sentence.
    expect(cut('The price is 3.5 yuan today. More text follows here.', 35)).toBe('The price is 3.5 yuan today.');
  });

  it('cuts a first sentence too long for the bar where it must, with an ellipsis', () => {
    const cutText = cut('这是一句没有标点而且非常非常非常长的话', 10);
    expect(cutText).toBe('这是一句没有标点而…');
    expect(cutText.length).toBe(10);
  });

  it('counts Chinese characters as wide and Latin letters as narrow', () => {
    // Three lines of 1000 px at 40 px: 75 Chinese characters, about twice as many Latin ones.
    expect(capacity('中文文字', 1000, 40)).toBe(75);
    expect(capacity('latin text', 1000, 40)).toBe(136);
    expect(capacity('', 1000, 40)).toBe(75);
  });
});
