import { afterEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { engine as browser } from '../../../../test/engine.js';
import { useFixturePages } from '../../../../test/fixture.js';
import { createColorScheme } from '../color-scheme/color-scheme.js';
import { createHighlightFocus } from './highlight-focus.js';

const page = useFixturePages();
const engine = createHighlightFocus();
afterEach(() => engine.apply(false));

const SITE = `*:focus { outline: none !important; } body { margin: 0; } .sticky { position: sticky; top: 0; height: 120px; background: #036; color: #fff; z-index: 1; } .spacer { height: 2000px; }`;

it('rings the focused element in black between white, thick enough to see on light and dark, over the page’s outline: none', async () => {
  const root = page(SITE, '<button id="first">第一 First</button><div style="background:#111;padding:20px"><a href="#x" id="dark">深色上的链接 On dark</a></div>');
  engine.apply(true);
  await userEvent.tab();
  let style = getComputedStyle(root.querySelector('#first')!);
  expect(style.outlineStyle).toBe('solid');
  expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(4);
  expect(style.outlineColor).toBe('rgb(0, 0, 0)');
  // WebKit draws no box-shadow on a natively styled button: there the black ring stands alone (docs/reading-aids.md).
  if (browser === 'webkit') expect(style.boxShadow).toBe('none');
  else expect(style.boxShadow).toContain('rgb(255, 255, 255)');
  await userEvent.tab();
  style = getComputedStyle(root.querySelector('#dark')!);
  // On a dark background the white rings are what shows: still drawn.
  expect(style.boxShadow.match(/rgb\(255, 255, 255\)/g)).toHaveLength(2);
});

it.each(['scheme first', 'ring first'])('the ring shows over a colour scheme’s own focus outline, whichever was turned on first (%s)', async (order) => {
  const root = page(SITE, '<button id="first">第一 First</button>');
  const scheme = createColorScheme();
  try {
    if (order === 'scheme first') scheme.apply('black-on-yellow');
    engine.apply(true);
    scheme.apply('black-on-yellow');
    await userEvent.tab();
    const style = getComputedStyle(root.querySelector('#first')!);
    expect(style.outlineColor).toBe('rgb(0, 0, 0)');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(4);
  } finally {
    scheme.destroy();
  }
});

it('keeps what is focused out from under a sticky header', async () => {
  const root = page(SITE, '<header class="sticky">网站导航 Site header</header><div class="spacer"></div><button id="low">下方的按钮 Far below</button><div class="spacer"></div>');
  engine.apply(true);
  const button = root.querySelector<HTMLElement>('#low')!;
  window.scrollTo(0, document.documentElement.scrollHeight);
  button.focus({ preventScroll: false });
  button.scrollIntoView({ block: 'start' });
  await new Promise((resolve) => requestAnimationFrame(resolve));
  expect(button.getBoundingClientRect().top).toBeGreaterThanOrEqual(root.querySelector('header')!.getBoundingClientRect().bottom);
  window.scrollTo(0, 0);
});

it('off leaves the page exactly as it was', () => {
  page(SITE, '<button>b</button>');
  const html = document.documentElement.outerHTML;
  const sheets = document.adoptedStyleSheets.length;
  engine.apply(true);
  engine.apply(false);
  expect(document.documentElement.outerHTML).toBe(html);
  expect(document.adoptedStyleSheets.length).toBe(sheets);
});
