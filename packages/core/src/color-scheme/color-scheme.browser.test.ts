import type { ElementContext, RunOptions } from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../../test/axe.js';
import { useFixturePages } from '../../../../test/fixture.js';
import { COLOR_SCHEMES, type ColorScheme } from '../preferences/schema.js';
import { colorsForced, createColorScheme, SCHEME_COLORS } from './color-scheme.js';
import { contrast } from './contrast.js';

const engine = createColorScheme();
const page = useFixturePages();
const SCHEMES = COLOR_SCHEMES.filter((s): s is Exclude<ColorScheme, 'default'> => s !== 'default');

afterEach(() => engine.apply('default'));

// A charity page with the colours real sites ship: framework !important utilities, inline
// colours, text over a background image, a fixed header, a page that removes focus outlines.
const SITE = `
  body { margin: 0; font: 16px/1.5 sans-serif; color: #333; background: #fafafa; }
  .site-header { position: fixed; top: 0; left: 0; right: 0; height: 48px; background: #fff; color: #555; box-shadow: 0 1px 4px #0003; z-index: 10; }
  main { padding-top: 56px; }
  a { color: #1a73e8; }
  a:visited { color: #7b1fa2; }
  .hero { padding: 32px; color: #fff; text-shadow: 0 1px 2px #000;
    background: linear-gradient(#0006, #0006), url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='8' height='8'%3E%3Crect width='8' height='8' fill='%23e8a33d'/%3E%3C/svg%3E"); }
  .text-muted { color: #6c757d !important; }
  .bg-primary { background-color: #0d6efd !important; }
  .btn { display: inline-block; padding: 8px 16px; border: 1px solid transparent; border-radius: 4px; color: #fff; text-decoration: none; }
  .tag::after { content: ' 新 New'; color: #fff; background: #e53935; }
  .gradient { background: linear-gradient(90deg, #f06, #48f); -webkit-background-clip: text; background-clip: text; -webkit-text-fill-color: transparent; }
  .sprite { display: inline-block; width: 8px; height: 8px; background: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E"); }
  input, textarea, select { border: 1px solid #ddd; background: #fff; color: #333; }
  ::placeholder { color: #bbb; }
  th { background: #eee; color: #777; }
  tr.alt { background: #f2f2f2; }
  .icon-btn { background: #e8f0fe; color: #1967d2; border: 0; }
  .icon { width: 16px; height: 16px; }
  .photo, .clip, .chart { filter: saturate(1.2); }
  *:focus { outline: none !important; }
`;

const IMAGE = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='10' height='10'%3E%3Crect width='10' height='10' fill='%23c00'/%3E%3C/svg%3E";

const HTML = `
  <header class="site-header"><a href="#top">希望之光 Light of Hope</a> <a href="${location.href}">本页 This page</a></header>
  <main>
    <section class="hero"><h1>帮助山区儿童上学 Help children go to school</h1><p>每一份捐赠都有意义 Every gift matters.</p>
      <a class="btn bg-primary" href="#donate">立即捐赠 Donate now</a></section>
    <h2 class="gradient">我们的故事 Our story</h2>
    <p class="text-muted"><i class="sprite"></i>注册慈善组织 Registered charity 12345</p>
    <p class="inline" style="color: #999">已筹集 ¥123,456 raised <span class="tag">进展 Progress</span></p>
    <button type="button" class="icon-btn"><svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path class="glyph" fill="currentColor" d="M0 0h16v16H0z"/></svg>分享 Share</button>
    <svg class="art" role="img" aria-label="山与太阳 Mountains and sun" viewBox="0 0 100 50" width="100" height="50">
      <circle class="sun" cx="80" cy="15" r="10" fill="#f5a623"/><path class="hill" d="M0 50 40 10 80 50Z" fill="#2e7d32"/>
      <g style="color: #8e24aa"><rect class="cloud" width="10" height="10" fill="currentColor"/></g></svg>
    <img class="photo" alt="志愿者 Volunteers" src="${IMAGE}" width="40" height="40">
    <video class="clip" muted width="40" height="20"></video>
    <canvas class="chart" width="40" height="20"></canvas>
    <form id="donate"><label>姓名 Name <input name="name" placeholder="请输入姓名 Your name"></label>
      <label>金额 Amount <select name="amount"><option>¥50</option><option>¥100</option></select></label>
      <label>留言 Message <textarea name="message" placeholder="写下你的祝福 Your message"></textarea></label>
      <button type="submit" class="btn bg-primary">捐赠 Donate</button></form>
    <table><caption>2024 年度报告 Annual report</caption>
      <tr><th>项目 Project</th><th>金额 Amount</th></tr>
      <tr><td>助学 Education</td><td>¥80,000</td></tr><tr class="alt"><td>医疗 Health</td><td>¥43,456</td></tr></table>
    <charity-card></charity-card>
    <div class="ours" data-reach-ui><span style="color: #777">Reachable UI</span></div>
  </main>`;

/** A web component of the page, with its own styles in an open shadow root. */
class CharityCard extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = `<style>p { color: #999; background: #f5f5f5; } a { color: #4af; }</style>
      <p>月捐计划 Monthly giving <a href="#monthly">了解更多 Learn more</a></p>`;
  }
}
customElements.define('charity-card', CharityCard);

/** A `reach-*` element: its shadow root is Reachable's own UI, never themed. */
class ReachTestWidget extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<style>p { color: #777; }</style><p>Reachable</p>';
  }
}
customElements.define('reach-test-widget', ReachTestWidget);

/** `#rgb` / `#rrggbb` as getComputedStyle() gives it. */
const rgb = (hex: string) => {
  const digits = hex.length === 4 ? hex.replace(/\w/g, '$&$&') : hex;
  return `rgb(${[1, 3, 5].map((i) => parseInt(digits.slice(i, i + 2), 16)).join(', ')})`;
};
const hex = (color: string) => `#${color.match(/\d+/g)!.slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;

const PROPERTIES = ['color', 'backgroundColor', 'backgroundImage', 'borderTopColor', 'textShadow', 'outlineStyle', 'filter', 'fill'] as const;
// What artwork draws with; `color` is left out, as icons are meant to inherit it.
const ART = ['backgroundColor', 'backgroundImage', 'filter', 'fill', 'stroke', 'opacity', 'mixBlendMode'] as const;
const styles = (elements: Element[], properties: readonly (typeof PROPERTIES | typeof ART)[number][] = PROPERTIES) =>
  elements.map((el) => {
    const style = getComputedStyle(el);
    return Object.fromEntries(properties.map((p) => [p, style[p]]));
  });
// Reachable's own UI keeps its own colours, checked apart.
const AXE_CONTEXT: ElementContext = { exclude: [['[data-reach-ui]']] };
const ENHANCED: RunOptions = { runOnly: { type: 'rule', values: ['color-contrast-enhanced'] } };

const everything = (root: HTMLElement) => [
  ...root.querySelectorAll('*'),
  ...root.querySelector('charity-card')!.shadowRoot!.querySelectorAll('*'),
];

it('the fixture page fails enhanced contrast without a scheme (so the checks below can fail)', async () => {
  page(SITE, HTML);
  await expect(expectNoAxeViolations(AXE_CONTEXT, ENHANCED)).rejects.toThrow();
});

describe.each(SCHEMES)('%s', (scheme) => {
  const [text, background, link, visited] = SCHEME_COLORS[scheme];

  it("gives all text 7:1 or more (axe color-contrast-enhanced), over the page's !important colours", async () => {
    const root = page(SITE, HTML);
    engine.apply(scheme);
    await expectNoAxeViolations(AXE_CONTEXT, ENHANCED);
    for (const selector of ['.text-muted', '.inline', 'h1', 'th', 'td', 'input', 'select', 'textarea', '.icon-btn', 'caption']) {
      expect(getComputedStyle(root.querySelector(selector)!).color, selector).toBe(rgb(text));
    }
    for (const selector of ['.bg-primary', '.hero', 'tr.alt', 'input', '.site-header', 'body']) {
      expect(getComputedStyle(document.querySelector(selector)!).backgroundColor, selector).toBe(rgb(background));
    }
  });

  it('removes background images and shadows under text, underlines links in their own colour', () => {
    const root = page(SITE, HTML);
    engine.apply(scheme);
    const hero = getComputedStyle(root.querySelector('.hero')!);
    expect([hero.backgroundImage, hero.textShadow]).toEqual(['none', 'none']);
    const gradient = getComputedStyle(root.querySelector('.gradient')!);
    expect([gradient.backgroundImage, gradient.webkitTextFillColor]).toEqual(['none', rgb(text)]);
    // An empty element's background image is an icon, not something under text: kept.
    expect(getComputedStyle(root.querySelector('.sprite')!).backgroundImage).toMatch(/^url\(/);
    const tag = getComputedStyle(root.querySelector('.tag')!, '::after');
    expect([tag.color, tag.backgroundColor]).toEqual([rgb(text), 'rgba(0, 0, 0, 0)']);
    const a = root.querySelector<HTMLAnchorElement>('a[href="#top"]')!;
    expect(getComputedStyle(a).color).toBe(rgb(link));
    expect(getComputedStyle(a).textDecorationLine).toBe('underline');
    expect(contrast(link, background)).toBeGreaterThanOrEqual(7);
    expect(contrast(visited, background)).toBeGreaterThanOrEqual(7);
    expect(link).not.toBe(text);
    // Placeholders and selected text.
    expect(getComputedStyle(root.querySelector('input')!, '::placeholder').color).toBe(rgb(text));
    const selection = getComputedStyle(root.querySelector('p')!, '::selection');
    expect([selection.color, selection.backgroundColor]).toEqual([rgb(background), rgb(text)]);
  });

  it('keeps a visible focus outline, 3:1 or more against the background', () => {
    const root = page(SITE, HTML);
    engine.apply(scheme);
    const input = root.querySelector('input')!;
    input.focus();
    const style = getComputedStyle(input);
    expect(style.outlineStyle).toBe('solid');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
    expect(contrast(hex(style.outlineColor), background)).toBeGreaterThanOrEqual(3);
  });

  it("leaves images, video, canvas and SVG artwork alone; icons follow the text colour", () => {
    const root = page(SITE, HTML);
    const art = [...root.querySelectorAll('.photo, .clip, .chart, .art, .art *')];
    const before = styles(art, ART);
    engine.apply(scheme);
    expect(styles(art, ART)).toEqual(before);
    expect(getComputedStyle(root.querySelector('.photo')!).filter).toBe('saturate(1.2)');
    expect(getComputedStyle(root.querySelector('.cloud')!).fill).toBe(rgb('#8e24aa'));
    expect(getComputedStyle(root.querySelector('.glyph')!).fill).toBe(rgb(text));
  });

  it("themes the page's open shadow roots, not Reachable's own UI", async () => {
    const root = page(SITE, `${HTML}<reach-test-widget></reach-test-widget>`);
    const widget = root.querySelector('reach-test-widget')!.shadowRoot!.querySelector('p')!;
    const ours = root.querySelector('.ours span')!;
    const before = styles([widget, ours]);
    engine.apply(scheme);
    const card = root.querySelector('charity-card')!.shadowRoot!;
    expect(getComputedStyle(card.querySelector('p')!).color).toBe(rgb(text));
    expect(getComputedStyle(card.querySelector('p')!).backgroundColor).toBe(rgb(background));
    expect(getComputedStyle(card.querySelector('a')!).color).toBe(rgb(link));
    expect(styles([widget, ours])).toEqual(before);
    // A component added while the scheme is on is themed too.
    const late = root.appendChild(document.createElement('charity-card'));
    await new Promise((resolve) => setTimeout(resolve));
    expect(getComputedStyle(late.shadowRoot!.querySelector('p')!).color).toBe(rgb(text));
  });
});

it('switches schemes by replacing one sheet, shared by the document and shadow roots', () => {
  const root = page(SITE, HTML);
  const card = root.querySelector('charity-card')!.shadowRoot!;
  const [documentSheets, cardSheets] = [document.adoptedStyleSheets.length, card.adoptedStyleSheets.length];
  engine.apply('white-on-black');
  const sheet = document.adoptedStyleSheets.at(-1);
  engine.apply('black-on-yellow');
  expect(document.adoptedStyleSheets).toHaveLength(documentSheets + 1);
  expect(document.adoptedStyleSheets.at(-1)).toBe(sheet);
  expect(card.adoptedStyleSheets).toEqual([sheet]);
  expect(cardSheets).toBe(0);
  expect(getComputedStyle(root.querySelector('p')!).color).toBe(rgb('#000'));
});

it('returns the page to exactly its state when off', async () => {
  const root = page(SITE, HTML);
  const html = document.documentElement.outerHTML;
  const elements = [document.documentElement, document.body, ...everything(root)];
  const before = styles(elements);
  for (const scheme of SCHEMES) engine.apply(scheme);
  const late = root.appendChild(document.createElement('charity-card'));
  await new Promise((resolve) => setTimeout(resolve));
  engine.apply('default');
  expect(late.shadowRoot!.adoptedStyleSheets).toHaveLength(0);
  late.remove();
  // No observer is left: a component added while off is not touched.
  const after = root.appendChild(document.createElement('charity-card'));
  await new Promise((resolve) => setTimeout(resolve));
  expect(after.shadowRoot!.adoptedStyleSheets).toHaveLength(0);
  after.remove();
  expect(styles(elements)).toEqual(before);
  expect(document.documentElement.outerHTML).toBe(html);
  expect(document.adoptedStyleSheets).toHaveLength(0);
  expect(root.querySelector('charity-card')!.shadowRoot!.adoptedStyleSheets).toHaveLength(0);
});

describe('under forced colours (the OS chose the colours)', () => {
  afterEach(() => cdp().send('Emulation.setEmulatedMedia', { features: [] }));

  it('changes nothing, and colorsForced() says so', async () => {
    const root = page(SITE, HTML);
    expect(colorsForced()).toBe(false);
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    expect(colorsForced()).toBe(true);
    const elements = [document.body, ...everything(root)];
    const before = styles(elements);
    engine.apply('yellow-on-black');
    expect(styles(elements)).toEqual(before);
  });
});
