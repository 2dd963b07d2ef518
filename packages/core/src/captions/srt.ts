import { warn } from '../internal/warn.js';

/** A caption cue: times in seconds, text in WebVTT cue-text syntax. */
export interface Cue {
  start: number;
  end: number;
  text: string;
}

// 00:01:02,345 --> 00:01:04,000 (SRT uses a comma; tolerate a dot and 1–3 digit fractions)
const TIMING = /^\s*(\d+):(\d{1,2}):(\d{1,2})[,.](\d{1,3})\s*-->\s*(\d+):(\d{1,2}):(\d{1,2})[,.](\d{1,3})/;

const seconds = (h: string, m: string, s: string, f: string) => +h * 3600 + +m * 60 + +s + +f.padEnd(3, '0') / 1000;

/**
 * Parses SubRip (.srt) text into cues. Malformed blocks are skipped with one
 * development warning for the file; everything that can be read is kept. SRT's
 * HTML-like tags (<b>, <i>, <u>, <font>) become WebVTT cue text, where only
 * <b>, <i> and <u> survive; the rest is plain text.
 */
export function parseSrt(source: string): Cue[] {
  const cues: Cue[] = [];
  let skipped = 0;
  const text = typeof source === 'string' ? source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') : '';
  for (const block of text.split(/\n{2,}/)) {
    const lines = block.split('\n').filter((line, i) => i > 0 || line.trim());
    if (!lines.length) continue;
    // The counter line is optional in the wild.
    const timingIndex = TIMING.test(lines[0]!) ? 0 : 1;
    const match = TIMING.exec(lines[timingIndex] ?? '');
    if (!match) {
      skipped += 1;
      continue;
    }
    const start = seconds(match[1]!, match[2]!, match[3]!, match[4]!);
    const end = seconds(match[5]!, match[6]!, match[7]!, match[8]!);
    const body = lines.slice(timingIndex + 1).join('\n').trimEnd();
    if (!(end > start) || !body.trim()) {
      skipped += 1;
      continue;
    }
    cues.push({ start, end, text: srtToCueText(body) });
  }
  if (skipped && __DEV__) warn('R030', `${skipped} malformed SRT block(s) were skipped; ${cues.length} cue(s) were read.`);
  return cues;
}

/** SRT's HTML-ish markup to WebVTT cue text: <b>, <i>, <u> kept, every other tag dropped, `<` and `&` escaped. */
function srtToCueText(body: string): string {
  return body
    .replace(/&(?!(amp|lt|gt|nbsp|lrm|rlm);)/g, '&amp;')
    .replace(/<(\/?)([a-z]+)[^>]*>/gi, (_, slash: string, tag: string) => (/^[biu]$/i.test(tag) ? `<${slash}${tag.toLowerCase()}>` : ''))
    .replace(/<(?!\/?[biu]>)/g, '&lt;');
}
