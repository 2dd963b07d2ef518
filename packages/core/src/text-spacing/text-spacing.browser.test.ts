import { afterEach, expect, it } from 'vitest';
import { useFixturePages } from '../../../../test/fixture.js';
import { createFontScale } from '../font-scale/font-scale.js';
import { createTextSpacing } from './text-spacing.js';

const engine = createTextSpacing();
const page = useFixturePages();

afterEach(() => {
  engine.apply(false);
});

const computed = (el: Element) => {
  const style = getComputedStyle(el);
  const size = parseFloat(style.fontSize);
  return {
    lineHeight: parseFloat(style.lineHeight) / size,
    letterSpacing: parseFloat(style.letterSpacing) / size,
    wordSpacing: parseFloat(style.wordSpacing) / size,
    paragraphSpacing: parseFloat(style.marginBottom) / size,
  };
};

const SITE = `
  .tight { line-height: 1 !important; letter-spacing: -0.02em !important; }
  p { margin: 0 0 4px; line-height: 18px; }
  h2 { font-size: 22px; line-height: 1.1; }
  .clamped { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 1; overflow: hidden; width: 120px; }
`;

it("applies the WCAG 1.4.12 spacing to all text, over the page's own !important rules", () => {
  const root = page(
    SITE,
    '<h2>标题 Heading</h2><p>段落 paragraph one</p><p class="tight">紧凑 tight <a href="#">link</a> <span style="letter-spacing: 0">inline</span></p><ul><li>列表 item</li></ul>',
  );
  engine.apply(true);
  for (const el of root.querySelectorAll('h2, p, a, span, li')) {
    const { lineHeight, letterSpacing, wordSpacing } = computed(el);
    expect(lineHeight, el.localName).toBeCloseTo(1.5, 2);
    expect(letterSpacing, el.localName).toBeCloseTo(0.12, 2);
    expect(wordSpacing, el.localName).toBeCloseTo(0.16, 2);
  }
  for (const p of root.querySelectorAll('p')) expect(computed(p).paragraphSpacing).toBeCloseTo(2, 2);
});

it('lifts line clamps, so no text is cut off', () => {
  const root = page(SITE, '<p class="clamped">一段很长的文字被截断成一行 a long text that the page clamps to one line</p>');
  const p = root.querySelector('p')!;
  const clamped = p.getBoundingClientRect().height;
  engine.apply(true);
  expect(p.scrollHeight).toBeLessThanOrEqual(p.clientHeight + 1);
  expect(p.getBoundingClientRect().height).toBeGreaterThan(clamped * 2);
});

it('follows font scaling (the spacing is relative to the scaled text)', () => {
  const root = page('p { font-size: 10px; }', '<p>text 文字</p>');
  const fontScale = createFontScale();
  fontScale.apply(2);
  engine.apply(true);
  expect(parseFloat(getComputedStyle(root.querySelector('p')!).lineHeight)).toBeCloseTo(30, 1);
  fontScale.destroy();
});

it('returns the page to exactly its state when off', () => {
  const root = page(SITE, '<p>text</p>');
  const [html, before] = [document.documentElement.outerHTML, computed(root.querySelector('p')!)];
  engine.apply(true);
  engine.apply(false);
  expect(document.documentElement.outerHTML).toBe(html);
  expect(computed(root.querySelector('p')!)).toEqual(before);
});
