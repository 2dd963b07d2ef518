import { afterEach, expect, it } from 'vitest';
import { useFixturePages } from '../../../../test/fixture.js';
import { COLOR_SCHEMES } from '../preferences/schema.js';
import { createColorScheme } from '../color-scheme/color-scheme.js';
import { contrast } from '../color-scheme/contrast.js';
import { createHighlightLinks } from './highlight-links.js';

const page = useFixturePages();
const engine = createHighlightLinks();
const scheme = createColorScheme();
afterEach(() => {
  engine.apply(false);
  scheme.apply('default');
});

const hex = (color: string) => `#${color.match(/\d+/g)!.slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
/** The colour a link is drawn over: the nearest opaque background around it (a transparent one is not black), else the canvas's white. */
const backdrop = (el: Element): string => {
  for (let node: Element | null = el.parentElement; node; node = node.parentElement) {
    const color = getComputedStyle(node).backgroundColor;
    if (!/^rgba\(.*, 0\)$|^transparent$/.test(color)) return hex(color);
  }
  return '#ffffff';
};
const SITE = `a { text-decoration: none !important; color: #6b8; outline: none !important; } .plain { color: #333; } main { background: #f4f4f4; }`;
const MARKUP = '<main><p class="plain">捐款 <a href="#give">立即捐赠 Give now</a> or <span role="link" tabindex="0">了解更多 Learn more</span>.</p><p>Not a link.</p></main>';

it('underlines and rings every link, over the page’s own !important rules; other text is untouched', () => {
  const root = page(SITE, MARKUP);
  const before = getComputedStyle(root.querySelector('p:last-child')!).outlineStyle;
  engine.apply(true);
  const links = [...root.querySelectorAll<HTMLElement>('a, [role=link]')];
  expect(links).toHaveLength(2);
  for (const link of links) {
    const style = getComputedStyle(link);
    expect(style.textDecorationLine, link.textContent!).toBe('underline');
    expect(style.outlineStyle).toBe('solid');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
    expect(style.boxShadow).toContain('rgb(255, 255, 255)');
  }
  expect(getComputedStyle(root.querySelector('p:last-child')!).outlineStyle).toBe(before);
});

it.each(COLOR_SCHEMES)('in the %s scheme, one ring of each link stands out at 4.5:1 or more (3:1 is the rule) from what surrounds it', (name) => {
  const root = page(SITE, MARKUP);
  scheme.apply(name);
  engine.apply(true);
  for (const link of root.querySelectorAll<HTMLElement>('a, [role=link]')) {
    const style = getComputedStyle(link);
    const around = backdrop(link);
    const rings = [hex(style.outlineColor), hex(/rgb\([^)]*\)/.exec(style.boxShadow)![0])];
    expect(Math.max(...rings.map((ring) => contrast(ring, around))), `${name}: ${link.textContent} on ${around}`).toBeGreaterThanOrEqual(3);
    expect(Math.max(...rings.map((ring) => contrast(ring, around))), `${name}: ${link.textContent} on ${around}`).toBeGreaterThanOrEqual(4.5);
  }
});

it('off leaves the page exactly as it was', () => {
  const root = page(SITE, MARKUP);
  const html = document.documentElement.outerHTML;
  const sheets = document.adoptedStyleSheets.length;
  const styles = [...root.querySelectorAll('a, [role=link]')].map((el) => getComputedStyle(el).cssText || getComputedStyle(el).outline);
  engine.apply(true);
  engine.apply(false);
  expect(document.documentElement.outerHTML).toBe(html);
  expect(document.adoptedStyleSheets.length).toBe(sheets);
  expect([...root.querySelectorAll('a, [role=link]')].map((el) => getComputedStyle(el).cssText || getComputedStyle(el).outline)).toEqual(styles);
});
