// Text too small or too tight for older readers: body text under 16 px (18 px in the
// main content as aging-friendly advice), line height under 1.3 (1.5 as WCAG 1.4.8 advice).
import { describe, isForeign, style, textNodes } from '../dom.js';
import { Collector, type Check } from './check.js';

/** A block counts as body text from this many characters (a Chinese sentence, a short English one). */
export const BODY_TEXT_MIN_CHARS = 30;
export const MIN_BODY_PX = 16;
export const MIN_MAIN_PX = 18;
export const MIN_LINE_HEIGHT = 1.3;
export const ENHANCED_LINE_HEIGHT = 1.5;
/** Rounding of computed sizes and measured line pitch. */
const TOLERANCE = 0.02;

const NOT_BODY = new Set(['sup', 'sub', 'button', 'label', 'select', 'option', 'input', 'textarea', 'code', 'pre', 'kbd', 'samp', 'figcaption', 'caption', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The element's nearest block container: where its text wraps into lines. */
function blockOf(el: Element, cache: Map<Element, Element>): Element {
  let node: Element | null = el;
  const path: Element[] = [];
  while (node) {
    const hit = cache.get(node);
    if (hit) {
      for (const p of path) cache.set(p, hit);
      return hit;
    }
    path.push(node);
    const display = style(node).display;
    if (!display.startsWith('inline') && display !== 'contents') break;
    node = node.parentElement;
  }
  const block = node ?? el;
  for (const p of path) cache.set(p, block);
  return block;
}

export const checkText: Check = ({ root, excluded, maxElements }) => {
  const found = new Collector(describe, maxElements);
  const blocks = new Map<Element, { texts: Text[]; chars: number }>();
  const blockCache = new Map<Element, Element>();
  for (const text of textNodes(root, excluded)) {
    const parent = text.parentElement;
    if (!parent || parent.closest('a,button,label,h1,h2,h3,h4,h5,h6,nav,header,footer,[role="navigation"]') && !parent.closest('p,li,td,dd,blockquote')) continue;
    const block = blockOf(parent, blockCache);
    let entry = blocks.get(block);
    if (!entry) blocks.set(block, (entry = { texts: [], chars: 0 }));
    entry.texts.push(text);
    entry.chars += (text.nodeValue ?? '').replace(/\s+/g, '').length;
  }

  const hasMain = !!root.ownerDocument.querySelector('main,[role="main"]');
  let bodyBlocks = 0;
  let multiline = 0;
  let mainBlocks = 0;
  for (const [block, { texts, chars }] of blocks) {
    if (chars < BODY_TEXT_MIN_CHARS || isForeign(block) || NOT_BODY.has(block.localName)) continue;
    const blockStyle = style(block);
    if (blockStyle.visibility === 'hidden') continue;
    bodyBlocks++;

    // Font size: the smallest size carrying a real share of the block's characters.
    const sizes = new Map<number, number>();
    for (const text of texts) {
      const parent = text.parentElement!;
      if (NOT_BODY.has(parent.localName) || parent.closest('sup,sub')) continue;
      const px = parseFloat(style(parent).fontSize);
      sizes.set(px, (sizes.get(px) ?? 0) + (text.nodeValue ?? '').replace(/\s+/g, '').length);
    }
    const main = [...sizes].filter(([, n]) => n >= Math.min(BODY_TEXT_MIN_CHARS, chars * 0.5)).map(([px]) => px);
    const smallest = main.length ? Math.min(...main) : parseFloat(blockStyle.fontSize);
    if (smallest < MIN_BODY_PX - TOLERANCE) found.add('text-size', block, `${round1(smallest)} px`);
    const inMain = hasMain && !!block.closest('main,[role="main"]');
    if (inMain) mainBlocks++;
    if (inMain && smallest >= MIN_BODY_PX - TOLERANCE && smallest < MIN_MAIN_PX - TOLERANCE) found.add('text-size-main', block, `${round1(smallest)} px`);

    // Line height: the measured distance between lines, over the block's font size.
    const pitch = linePitch(texts, parseFloat(blockStyle.fontSize));
    if (pitch === undefined) continue;
    multiline++;
    const ratio = pitch / parseFloat(blockStyle.fontSize);
    const detail = `line height ${round2(ratio)} (${round1(pitch)} px lines, ${blockStyle.fontSize} text)`;
    if (ratio < MIN_LINE_HEIGHT - TOLERANCE) found.add('line-height', block, detail);
    else if (ratio < ENHANCED_LINE_HEIGHT - TOLERANCE) found.add('line-height-enhanced', block, detail);
  }
  return {
    findings: found.findings,
    runs: [
      { rule: 'text-size', applicable: bodyBlocks > 0 },
      hasMain
        ? { rule: 'text-size-main', applicable: mainBlocks > 0 }
        : { rule: 'text-size-main', applicable: false, notRun: 'the page has no <main> landmark, so its main content is unknown' },
      { rule: 'line-height', applicable: multiline > 0 },
      { rule: 'line-height-enhanced', applicable: multiline > 0 },
    ],
  };
};

/** The median distance between successive lines (their vertical centres), or undefined for one line. */
export function linePitch(texts: readonly Text[], fontSize: number): number | undefined {
  const centres: number[] = [];
  const doc = texts[0]?.ownerDocument;
  if (!doc) return undefined;
  const range = doc.createRange();
  for (const text of texts) {
    range.selectNodeContents(text);
    for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) centres.push(r.top + r.height / 2);
  }
  centres.sort((a, b) => a - b);
  // Text of another size on the same line moves its centre a little; a new line moves it by a line.
  const lines = centres.filter((c, i) => i === 0 || c - centres[i - 1]! > fontSize / 2);
  if (lines.length < 2) return undefined;
  const gaps = lines.slice(1).map((c, i) => c - lines[i]!).sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)];
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;
