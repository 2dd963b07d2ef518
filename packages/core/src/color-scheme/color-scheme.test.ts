import { expect, it } from 'vitest';
import { COLOR_SCHEMES } from '../preferences/schema.js';
import { colorSchemeCss, colorsForced, SCHEME_COLORS } from './color-scheme.js';
import { contrast, luminance } from './contrast.js';

it('computes WCAG 2 luminance and contrast', () => {
  expect(luminance('#000')).toBe(0);
  expect(luminance('#ffffff')).toBeCloseTo(1, 10);
  expect(contrast('#fff', '#000')).toBeCloseTo(21, 10);
  expect(contrast('#000', '#fff')).toBeCloseTo(21, 10);
  expect(contrast('#777', '#777')).toBe(1);
  // Reference values: #767676 is the lightest grey with 4.5:1 on white, #595959 the lightest with 7:1.
  expect(contrast('#767676', '#fff')).toBeCloseTo(4.54, 2);
  expect(contrast('#595959', '#ffffff')).toBeCloseTo(7, 0);
  expect(contrast('#ff0', '#000')).toBeCloseTo(19.56, 2);
});

it.each(Object.entries(SCHEME_COLORS))('%s: text, links and visited links 7:1 or more (the focus outline too, drawn in the link colour)', (_, colors) => {
  const [text, background, link, visited] = colors;
  expect(contrast(text, background)).toBeGreaterThanOrEqual(7);
  expect(contrast(link, background)).toBeGreaterThanOrEqual(7);
  expect(contrast(visited, background)).toBeGreaterThanOrEqual(7);
  // Links differ from body text in colour as well as by their underline.
  expect(new Set([text, link, visited]).size).toBe(3);
});

it('has colours for every scheme but the default, which is off', () => {
  expect(Object.keys(SCHEME_COLORS).sort()).toEqual(COLOR_SCHEMES.filter((s) => s !== 'default').sort());
  expect(colorSchemeCss('default')).toBe('');
  expect(colorSchemeCss('neon' as never)).toBe('');
  expect(colorSchemeCss('white-on-blue')).toMatch(/^@media \(forced-colors:none\)\{@layer reach-color-scheme\{/);
});

it('colorsForced() asks the window whether the OS forces its colours', () => {
  const win = (matches: boolean) => ({ matchMedia: (query: string) => ({ matches: query === '(forced-colors: active)' && matches }) }) as unknown as Window;
  expect(colorsForced(win(true))).toBe(true);
  expect(colorsForced(win(false))).toBe(false);
  expect(colorsForced({} as Window)).toBe(false);
});
