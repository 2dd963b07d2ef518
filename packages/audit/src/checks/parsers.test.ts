import { describe, expect, it } from 'vitest';
import { trackProblem } from './media.js';
import { meaningless } from './names.js';

describe('meaningless()', () => {
  it.each([
    ['IMG_2034.jpg', 'a file name'],
    ['banner-2x.png', 'a file name'],
    ['DSC01234', 'a file name'],
    ['微信图片_20240101', 'a file name'],
    ['https://example.org/a', 'an address'],
    ['图片', 'says nothing'],
    ['image', 'says nothing'],
  ])('"%s" is read aloud as %s', (name, what) => {
    expect(meaningless(name)).toContain(what.replace('says nothing', 'which says nothing'));
  });

  it.each(['志愿者为老人读报', 'Donate', 'Photo of our 2024 team', 'logo of the city library', 'v2.0 release notes', ''])('"%s" may mean something', (name) => {
    expect(meaningless(name)).toBeUndefined();
  });
});

describe('trackProblem()', () => {
  const vtt = 'WEBVTT\n\n00:00.000 --> 00:02.000\nHello\n';
  it('accepts WebVTT with cues (with a byte order mark, and hours left out)', () => {
    expect(trackProblem(vtt, { srtAllowed: false })).toBeUndefined();
    expect(trackProblem(`\uFEFF${vtt}`, { srtAllowed: false })).toBeUndefined();
  });
  it('refuses WebVTT without cues, other text, and SRT outside <reach-captions>', () => {
    expect(trackProblem('WEBVTT\n\nNOTE later\n', { srtAllowed: false })).toBe('is WebVTT but has no cues');
    expect(trackProblem('<!doctype html><title>x</title>', { srtAllowed: false })).toMatch(/^is not WebVTT/);
    const srt = '1\n00:00:00,000 --> 00:00:02,000\nHello\n';
    expect(trackProblem(srt, { srtAllowed: false })).toMatch(/^is SRT/);
    expect(trackProblem(srt, { srtAllowed: true })).toBeUndefined();
  });
});
