import { afterEach, describe, expect, it } from 'vitest';
import { useFixturePages } from '../../../../test/fixture.js';
import { countObservers } from '../../../../test/observers.mjs';
import { createFontScale, FONT_SIZE_ATTRIBUTE } from './font-scale.js';

const added: Element[] = [];
const page = useFixturePages();
let engine = createFontScale();

afterEach(() => {
  engine.destroy();
  engine = createFontScale();
  for (const el of added.splice(0)) el.remove();
  document.documentElement.removeAttribute('style');
});

const px = (el: Element, property: 'fontSize' | 'lineHeight' | 'width' | 'height' = 'fontSize') =>
  parseFloat(getComputedStyle(el)[property]);

/** Elements that hold text of their own. */
const textElements = (root: Element) =>
  [...root.querySelectorAll('*')].filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()));

function sizes(root: Element) {
  return new Map(textElements(root).map((el) => [el, px(el)]));
}

function expectScaled(before: Map<Element, number>, scale: number) {
  for (const [el, size] of before) {
    const label = `${el.localName}${el.className ? `.${el.className}` : ''} "${el.textContent!.trim().slice(0, 20)}"`;
    expect(px(el), label).toBeCloseTo(size * scale, 0);
    expect(Math.abs(px(el) - size * scale), label).toBeLessThanOrEqual(0.5);
  }
}

/** Lines of text inside `el` never overlap vertically. */
function expectNoOverlappingLines(el: Element) {
  const range = document.createRange();
  range.selectNodeContents(el);
  const lines = [...range.getClientRects()].filter((r) => r.width > 0).sort((a, b) => a.top - b.top);
  const tops = [...new Set(lines.map((r) => Math.round(r.top)))];
  expect(tops.length, 'the paragraph wraps onto several lines').toBeGreaterThan(2);
  for (let i = 1; i < lines.length; i++) {
    const [previous, line] = [lines[i - 1]!, lines[i]!];
    if (Math.round(line.top) !== Math.round(previous.top)) expect(line.top).toBeGreaterThanOrEqual(previous.bottom - 1);
  }
}

const PX_SITE = `
  body { font-family: "Noto Sans CJK SC", sans-serif; }
  #fixture .nav a { font-size: 14px; line-height: 20px; }
  #fixture h1 { font-size: 28px; line-height: 36px; }
  #fixture p { font-size: 15px; line-height: 22px; width: 320px; }
  #fixture .small { font-size: 12px; }
  #fixture .box { width: 200px; height: 40px; }
  #fixture .em { font-size: 1.2em; }
  #fixture .pct { font-size: 80%; }
  #fixture .kw { font-size: small; }
  #fixture .clamp { font-size: clamp(12px, 2vw, 18px); }
`;
const PX_HTML = `
  <nav class="nav"><a href="#">首页 Home</a> <a href="#">捐赠 Donate</a></nav>
  <h1>乡村图书角项目 Rural libraries</h1>
  <p>我们为偏远地区的学校建立图书角，让每个孩子都能读到好书。We build reading corners in rural schools so that every child can read good books. 每一笔捐款都会公开。</p>
  <p class="small">注：本项目由志愿者运营。 <span class="em">Volunteer run.</span> <strong class="pct">Transparent.</strong></p>
  <div class="box">Box</div>
  <span class="kw">small keyword</span> <span class="clamp">clamped</span>
  <img alt="" width="120" height="80" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
`;

describe('fontScale on a px-authored page', () => {
  it('scales every text element by the factor, and px line heights with it', () => {
    const root = page(PX_SITE, PX_HTML);
    const before = sizes(root);
    const lineHeight = px(root.querySelector('p')!, 'lineHeight');
    engine.apply(1.5);
    expectScaled(before, 1.5);
    expect(px(root.querySelector('p')!, 'lineHeight')).toBeCloseTo(lineHeight * 1.5, 0);
    expectNoOverlappingLines(root.querySelector('p')!);
  });

  it('keeps boxes and images at their size', () => {
    const root = page(PX_SITE, PX_HTML);
    const img = root.querySelector('img')!;
    const [boxWidth, imgWidth, imgHeight] = [px(root.querySelector('.box')!, 'width'), img.getBoundingClientRect().width, img.getBoundingClientRect().height];
    engine.apply(2);
    expect(px(root.querySelector('.box')!, 'width')).toBe(boxWidth);
    expect(img.getBoundingClientRect().width).toBe(imgWidth);
    expect(img.getBoundingClientRect().height).toBe(imgHeight);
  });

  it('never compounds: any sequence of scales gives scale × original', () => {
    const root = page(PX_SITE, PX_HTML);
    const before = sizes(root);
    for (const scale of [1.25, 2, 1.5, 3, 1.1]) engine.apply(scale);
    expectScaled(before, 1.1);
  });

  it('changes scale without touching any element but the root: one custom property drives every size', async () => {
    const root = page(PX_SITE, PX_HTML);
    engine.apply(1.25);
    const records: MutationRecord[] = [];
    const watcher = new MutationObserver((r) => records.push(...r));
    watcher.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const before = sizes(root);
    engine.apply(2);
    await Promise.resolve();
    watcher.disconnect();
    expect(records.map((r) => [r.type, r.target, r.attributeName])).toEqual([['attributes', document.documentElement, 'data-reach-font-scale']]);
    expectScaled(before, 2 / 1.25);
  });

  it('returns the page to exactly its state when turned off', () => {
    const root = page(PX_SITE, PX_HTML);
    const html = document.body.outerHTML;
    const before = sizes(root);
    const sheets = document.adoptedStyleSheets.length;
    engine.apply(2);
    engine.apply(1);
    expect(document.body.outerHTML).toBe(html);
    expect(document.adoptedStyleSheets.length).toBe(sheets);
    expectScaled(before, 1);
    expect(document.styleSheets[document.styleSheets.length - 1]!.cssRules[1]!.cssText).toContain('font-size: 14px');
  });
});

describe('fontScale on other kinds of sites', () => {
  it.each(['62.5%', '10px'])('rem-authored (html at %s): text scales, the root size and rem boxes do not', (rootSize) => {
    const root = page(
      `html { font-size: ${rootSize}; } #fixture { font-size: 1.6rem; } #fixture h2 { font-size: 2.4rem; } #fixture .card { width: 30rem; padding: 1rem; }`,
      `<h2>Title 标题</h2><div class="card"><p>Body text 正文</p></div>`,
    );
    const before = sizes(root);
    const [rootPx, cardWidth] = [px(document.documentElement), px(root.querySelector('.card')!, 'width')];
    engine.apply(1.5);
    expectScaled(before, 1.5);
    expect(px(document.documentElement)).toBe(rootPx);
    expect(px(root.querySelector('.card')!, 'width')).toBe(cardWidth);
  });

  it('mixed units, !important and inline styles', () => {
    const root = page(
      `#fixture .imp { font-size: 13px !important; } #fixture .imp { font-size: 30px; } #fixture .font { font: bold 14px/18px serif; }`,
      `<p class="imp">important 重要</p><p class="font">shorthand 简写</p><p style="font-size: 17px; color: rgb(0, 0, 0)">inline 行内</p><p style="font-size: 11px !important">inline important</p>`,
    );
    const html = root.innerHTML;
    const before = sizes(root);
    engine.apply(2);
    expectScaled(before, 2);
    expect(px(root.querySelector('.font')!, 'lineHeight')).toBe(36);
    engine.apply(1);
    expect(root.innerHTML).toBe(html);
  });

  it('scales the text of open shadow roots', () => {
    const root = page('', '<div id="host"></div>');
    const shadow = root.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<style>p { font-size: 14px; }</style><p>影子 Shadow text</p>';
    const p = shadow.querySelector('p')!;
    const size = px(p);
    engine.apply(2);
    expect(px(p)).toBe(size * 2);
    engine.apply(1);
    expect(px(p)).toBe(size);
  });

  it('leaves icon fonts at their size', () => {
    const root = page(`#fixture .iconfont { font-family: "iconfont"; font-size: 16px; }`, '<i class="iconfont">&#xe600;</i> <span style="font-size: 16px">text</span>');
    engine.apply(2);
    expect(px(root.querySelector('.iconfont')!)).toBe(16);
    expect(px(root.querySelector('span')!)).toBe(32);
  });

  it('scales content a single-page app adds later, including inline styles and CSS-in-JS rules', async () => {
    const root = page(PX_SITE, '<main id="app"><p>old</p></main>');
    engine.apply(2);
    const app = root.querySelector('#app')!;
    // The app swaps its view: a new route's classes, an inline style, and a rule added the CSS-in-JS way.
    const style = document.createElement('style');
    document.head.append(style);
    added.push(style);
    style.sheet!.insertRule('.css-in-js-1a2b { font-size: 18px; }');
    app.innerHTML = '<h1>新页面 New page</h1><p style="font-size: 10px">inline</p><span class="css-in-js-1a2b">emotion</span>';
    await new Promise((resolve) => setTimeout(resolve));
    expect(px(app.querySelector('h1')!)).toBe(56);
    expect(px(app.querySelector('p')!)).toBe(20);
    expect(px(app.querySelector('span')!)).toBe(36);
  });

  it('tags elements styled by a stylesheet of another origin, and untags them when off', async () => {
    const root = page('', '<p class="from-cdn">来自 CDN 的样式 styled from a CDN</p>');
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    const crossOrigin = new URL(location.href);
    crossOrigin.hostname = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    link.href = new URL('/packages/core/src/font-scale/fixtures/cross-origin.css', crossOrigin).href;
    document.head.append(link);
    added.push(link);
    await new Promise((resolve) => (link.onload = resolve));
    expect(() => link.sheet!.cssRules).toThrow();
    const p = root.querySelector('p')!;
    expect([px(p), px(p, 'lineHeight')]).toEqual([13, 18]);
    engine.apply(2);
    expect([px(p), px(p, 'lineHeight')]).toEqual([26, 36]);
    expect(p.getAttribute(FONT_SIZE_ATTRIBUTE)).toBe('13');
    engine.apply(1.5);
    expect(px(p)).toBe(19.5);
    engine.apply(1);
    expect(p.hasAttribute(FONT_SIZE_ATTRIBUTE)).toBe(false);
    expect(px(p)).toBe(13);
  });

  it('holds no observer while off', () => {
    const observers = countObservers();
    try {
      const counted = createFontScale();
      page(PX_SITE, PX_HTML);
      expect(observers.live()).toBe(0);
      counted.apply(1.5);
      expect(observers.live()).toBeGreaterThan(0);
      counted.apply(1);
      expect(observers.live()).toBe(0);
      counted.destroy();
    } finally {
      observers.restore();
    }
  });
});
