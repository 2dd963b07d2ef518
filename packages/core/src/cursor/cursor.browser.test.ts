import { afterEach, expect, it } from 'vitest';
import { useFixturePages } from '../../../../test/fixture.js';
import { createCursor } from './cursor.js';

const page = useFixturePages();
const engine = createCursor();
afterEach(() => engine.apply('default'));

const MARKUP = '<main><p>正文 Text</p><a href="#x">链接 Link</a> <button>按钮 Button</button> <input aria-label="姓名 Name"> <div aria-busy="true"><span>加载中 Loading</span></div></main>';
const cursorOf = (el: Element) => getComputedStyle(el).cursor;
/** The fill colour of a cursor image. */
const fill = (cursor: string) => /fill='(%23|#)(\w+)'/.exec(decodeURIComponent(cursor))?.[2];

it.each([
  ['large-black', '000'],
  ['large-white', 'fff'],
] as const)('%s: a 48 px arrow everywhere, a hand on what can be clicked, an I-beam in fields, an hourglass where busy', (cursor, color) => {
  const root = page('a, button { cursor: crosshair !important; }', MARKUP);
  engine.apply(cursor);
  const shapes = ['p', 'a', 'button', 'input', '[aria-busy] span'].map((selector) => cursorOf(root.querySelector(selector)!));
  for (const shape of shapes) {
    expect(shape).toMatch(/^url\("data:image\/svg\+xml,/);
    expect(decodeURIComponent(shape)).toContain("width='48' height='48'");
    expect(fill(shape)).toBe(color);
  }
  // Four different shapes, each with its own fallback keyword for when an image cannot be shown.
  expect(new Set(shapes.map((shape) => /d='([^']+)'/.exec(decodeURIComponent(shape))![1])).size).toBe(4);
  expect(shapes.map((shape) => shape.split(',').pop()!.trim())).toEqual(['default', 'pointer', 'pointer', 'text', 'wait']);
});

it('turned off, the page’s own cursors are back and nothing of the aid is left', () => {
  const root = page('a { cursor: crosshair; }', MARKUP);
  const html = document.documentElement.outerHTML;
  const sheets = document.adoptedStyleSheets.length;
  engine.apply('large-black');
  engine.apply('default');
  expect(cursorOf(root.querySelector('a')!)).toBe('crosshair');
  expect(document.documentElement.outerHTML).toBe(html);
  expect(document.adoptedStyleSheets.length).toBe(sheets);
});
