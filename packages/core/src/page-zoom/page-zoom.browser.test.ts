import { afterEach, expect, it } from 'vitest';
import { useFixturePages } from '../../../../test/fixture.js';
import { visualRect } from '../../../../test/geometry.js';
import { createFontScale } from '../font-scale/font-scale.js';
import { createPageZoom } from './page-zoom.js';

const engine = createPageZoom();
const page = useFixturePages();

afterEach(() => {
  engine.apply(1);
  scrollTo(0, 0);
});

const SITE = `
  body { margin: 0; }
  .header { position: fixed; top: 0; left: 0; right: 0; height: 40px; background: #036; color: #fff; }
  .content { padding-top: 48px; }
  .wide { width: 100%; }
  .tall { height: 3000px; }
  p { font-size: 16px; line-height: 24px; margin: 0; }
`;

it('magnifies the layout: boxes, images and text grow by the factor', () => {
  const root = page(SITE, '<div class="header">机构 Charity</div><div class="content"><p>正文 text</p><img width="100" height="50" alt=""></div>');
  const img = root.querySelector('img')!;
  const [width, fontSize] = [visualRect(img).width, visualRect(root.querySelector('p')!).height];
  engine.apply(2);
  expect(visualRect(img).width).toBeCloseTo(width * 2, 0);
  expect(visualRect(root.querySelector('p')!).height).toBeCloseTo(fontSize * 2, 0);
});

it('reflows into the viewport: nothing is cut off at the left or top', () => {
  const root = page(SITE, '<div class="header">Header</div><div class="content"><p class="wide">A paragraph as wide as the page, 与页面同宽的段落。</p></div>');
  engine.apply(2);
  for (const el of root.querySelectorAll('*')) {
    const rect = visualRect(el);
    expect(rect.left + scrollX).toBeGreaterThanOrEqual(0);
    expect(rect.top + scrollY).toBeGreaterThanOrEqual(0);
  }
  // Reflowed, not merely scaled: the full-width paragraph still fits the viewport.
  expect(visualRect(root.querySelector('.wide')!).right).toBeLessThanOrEqual(document.documentElement.clientWidth + 1);
});

it('keeps a fixed header fixed at the top while the page scrolls', () => {
  const root = page(SITE, '<div class="header">Header</div><div class="content tall">long page</div>');
  engine.apply(1.5);
  scrollTo(0, 600);
  expect(scrollY).toBeGreaterThan(0);
  // What is drawn at the top of the viewport: the header, 40 px × 1.5 tall (WebKit's legacy zoom
  // misplaces a fixed element's box when the page is scrolled, so the drawing is asked, not the box).
  const header = root.querySelector('.header')!;
  expect(document.elementFromPoint(5, 1)).toBe(header);
  expect(document.elementFromPoint(5, 59)).toBe(header);
  expect(document.elementFromPoint(5, 61)).not.toBe(header);
  expect(visualRect(header).height).toBeCloseTo(60, 0);
});

it('composes with font scaling', () => {
  const root = page('.t { font-size: 10px; line-height: 20px; margin: 0; }', '<p class="t">文字 text</p>');
  const fontScale = createFontScale();
  const p = root.querySelector('p')!;
  const height = visualRect(p).height;
  fontScale.apply(2);
  engine.apply(1.5);
  expect(visualRect(p).height).toBeCloseTo(height * 3, 0);
  fontScale.destroy();
});

it('returns the page to exactly its state when off', () => {
  const root = page(SITE, '<p>text</p>');
  const [html, sheets, rect] = [document.documentElement.outerHTML, document.adoptedStyleSheets.length, root.getBoundingClientRect().height];
  engine.apply(2);
  engine.apply(1.25);
  engine.apply(1);
  expect(document.documentElement.outerHTML).toBe(html);
  expect(document.adoptedStyleSheets.length).toBe(sheets);
  expect(root.getBoundingClientRect().height).toBe(rect);
});
