import { describe, expect, it } from 'vitest';
import { chunk, MAX_BYTES } from './chunk.js';

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('chunk', () => {
  it('gives one utterance per sentence, in Chinese and in English', () => {
    expect(chunk('今天天气很好。我们去公园吧！你去吗？好；走吧')).toEqual(['今天天气很好。', '我们去公园吧！', '你去吗？', '好；', '走吧']);
    expect(chunk('It rains. Take an umbrella! Why? Because; well.')).toEqual(['It rains.', 'Take an umbrella!', 'Why?', 'Because;', 'well.']);
  });

  it('keeps closing quotes and brackets with their sentence, and numbers and abbreviations whole', () => {
    expect(chunk('他说：“好的。”然后走了。（完。）')).toEqual(['他说：“好的。”', '然后走了。', '（完。）']);
    expect(chunk('Pi is 3.14 today.Really.')).toEqual(['Pi is 3.14 today.Really.']);
  });

  it('joins the lines of a block and drops empty text', () => {
    expect(chunk('第一行\n  第二行。\n\n')).toEqual(['第一行 第二行。']);
    expect(chunk('  \n ')).toEqual([]);
    expect(chunk('')).toEqual([]);
  });

  it('cuts a long Chinese run without punctuation under the limit, never inside a character', () => {
    const run = '长'.repeat(200);
    const pieces = chunk(run);
    for (const piece of pieces) expect(bytes(piece)).toBeLessThanOrEqual(MAX_BYTES);
    expect(pieces.join('')).toBe(run);
    expect(pieces).toHaveLength(Math.ceil((200 * 3) / MAX_BYTES));
    // Characters outside the basic plane are two UTF-16 units: a cut never splits one.
    const rare = '𠀀'.repeat(100);
    expect(chunk(rare).join('')).toBe(rare);
    for (const piece of chunk(rare)) expect(piece).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
  });

  it('cuts a long sentence at its last comma or space that fits', () => {
    const clause = '这是一个比较长的分句，';
    const pieces = chunk(clause.repeat(10) + '结束。');
    for (const piece of pieces) {
      expect(bytes(piece)).toBeLessThanOrEqual(MAX_BYTES);
      expect(piece).toMatch(/，$|。$/);
    }
    const words = chunk(`${'word '.repeat(100)}end.`, 50);
    for (const piece of words) expect(piece).toMatch(/^(word )*(word|end\.)$/);
    // As many words as fit in 50 bytes: ten (49 bytes with their spaces), not fewer.
    expect(words[0]).toBe('word '.repeat(10).trim());
  });

  it('stays under a byte limit of 4 KB whatever the text', () => {
    const text = 'Ω'.repeat(5000);
    for (const piece of chunk(text, 4096)) expect(bytes(piece)).toBeLessThanOrEqual(4096);
  });
});
