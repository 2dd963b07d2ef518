import { describe, expect, it, vi } from 'vitest';
import { renderCueText } from './cue-text.js';
import { parseSrt } from './srt.js';

const html = (text: string) => {
  const div = document.createElement('div');
  div.append(renderCueText(text));
  return div.innerHTML;
};

describe('parseSrt', () => {
  it('reads cues with counters, CRLF, a BOM and SRT markup', () => {
    const srt = '\uFEFF1\r\n00:00:01,000 --> 00:00:02,500\r\n<i>你好</i>，世界\r\n\r\n2\r\n00:00:03,000 --> 00:01:04,07\r\nSecond <font color="red">line</font>\r\ntwo lines\r\n';
    expect(parseSrt(srt)).toEqual([
      { start: 1, end: 2.5, text: '<i>你好</i>，世界' },
      { start: 3, end: 64.07, text: 'Second line\ntwo lines' },
    ]);
  });

  it('keeps every good cue of a malformed file and warns once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const srt = ['1\nnot a timing\ntext', '2\n00:00:05,000 --> 00:00:04,000\nbackwards', '3\n00:00:06,000 --> 00:00:07,000\n', '00:00:08,000 --> 00:00:09,000\nno counter', 'garbage'].join('\n\n');
    expect(parseSrt(srt)).toEqual([{ start: 8, end: 9, text: 'no counter' }]);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toMatch(/^\[Reachable R030\] 4 malformed/);
    warn.mockRestore();
  });

  it('escapes what is not allowed markup, so nothing becomes HTML', () => {
    const [cue] = parseSrt('1\n00:00:01,000 --> 00:00:02,000\n<script>alert(1)</script> a < b & <img src=x onerror=alert(1)>');
    expect(cue!.text).toBe('alert(1) a &lt; b &amp; ');
  });

  it('reads 10,000 cues', () => {
    const blocks = Array.from({ length: 10_000 }, (_, i) => `${i + 1}\n00:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')},000 --> 00:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')},900\nCue ${i}`);
    const cues = parseSrt(blocks.join('\n\n'));
    expect(cues).toHaveLength(10_000);
    expect(cues.at(-1)!.text).toBe('Cue 9999');
  });

  it('never throws on input that is not text', () => {
    expect(parseSrt(undefined as never)).toEqual([]);
    expect(parseSrt(42 as never)).toEqual([]);
  });
});

describe('renderCueText', () => {
  it.each([
    ['plain 文字', 'plain 文字'],
    ['<b>bold</b> <i>italic</i> <u>under</u>', '<b>bold</b> <i>italic</i> <u>under</u>'],
    ['<c.yellow.bg_blue>warning</c>', '<span data-color="yellow">warning</span>'],
    ['<v Bob>Hello</v>', '<span data-voice="">Hello</span>'],
    ['<lang zh-Hans>你好</lang>', '<span lang="zh-Hans">你好</span>'],
    ['<ruby>漢<rt>かん</rt></ruby>', '<ruby>漢<rt>かん</rt></ruby>'],
    ['a &amp; b &lt;c&gt;&nbsp;d', 'a &amp; b &lt;c&gt;&nbsp;d'],
    ['karaoke <00:00:01.000>word', 'karaoke word'],
  ])('renders %j', (text, expected) => {
    expect(html(text)).toBe(expected);
  });

  it.each([
    ['<img src=x onerror=alert(1)>', ''],
    ['<script>alert(1)</script>', 'alert(1)'],
    ['<v javascript:alert(1)>x</v>', '<span data-voice="">x</span>'],
    ['<c.onclick.red>x</c>', '<span data-color="red">x</span>'],
    ['<c.evil"onmouseover=alert(1)>x</c>', '&lt;c.evil"onmouseover=alert(1)&gt;x'],
    ['<lang javascript:alert(1)>x</lang>', '<span>x</span>'],
    ['<a href="javascript:alert(1)">link</a>', 'link'],
    ['&lt;img src=x onerror=alert(1)&gt;', '&lt;img src=x onerror=alert(1)&gt;'],
    ['<b>unterminated <i>tags', '<b>unterminated <i>tags</i></b>'],
    ['stray </b> end', 'stray  end'],
  ])('hostile %j becomes text, never markup or attributes', (text, expected) => {
    expect(html(text)).toBe(expected);
  });

  it('limits nesting depth', () => {
    const deep = '<b>'.repeat(1000) + 'x';
    const div = document.createElement('div');
    div.append(renderCueText(deep));
    expect(div.querySelectorAll('b').length).toBeLessThanOrEqual(16);
    expect(div.textContent).toBe('x');
  });
});
