import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page as browser, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../../test/axe.js';
import { emulateForcedColors, skipIn } from '../../../../test/engine.js';
import { useFixturePages } from '../../../../test/fixture.js';
import { countObservers } from '../../../../test/observers.mjs';
import { createReachable, type Reachable } from '../controller/controller.js';
import type { EngineContext } from '../engine.js';
import { createPreferenceStore } from '../preferences/store.js';
import { memoryStorage } from '../preferences/storage.js';
import { createReadingMode } from './reading-mode.js';

// ——— pages resembling real ones: what a visitor should read in the view, in order, is `expected` (see outline()) ———

const PHOTO = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='40' height='20'/%3E";
/** An image a reading view may show: http(s), from the test server. */
const IMAGE = new URL('/examples/shared/book.svg', location.href).href;

/**
 * A Chinese news article: the site's header with navigation and search, an
 * advert, `main` holding the article, a sidebar, comments (named only in
 * pinyin, so only the article's boundary keeps them out), and the footer.
 */
const NEWS = {
  css: `.layout { display: flex; gap: 16px; } article { flex: 3; } .sidebar { flex: 1; } .site-header nav li { display: inline; }
    .meta { color: #888; font-size: 12px; } .ad-inline, .ad-top { background: #fee; }`,
  html: `
  <header class="site-header"><a href="/" class="logo">新华网 Xinhua</a>
    <nav aria-label="栏目"><ul><li><a href="/politics">时政 Politics</a></li><li><a href="/world">国际 World</a></li></ul></nav>
    <form role="search"><input aria-label="搜索 Search"><button>搜索 Search</button></form></header>
  <div class="ad-top"><a href="https://ads.example.com/"><img src="${PHOTO}" alt="广告 Advert" width="40" height="20"></a></div>
  <main class="layout">
    <article>
      <header><h1>长江流域首次全流域生态补水 Water for the whole Yangtze basin</h1>
        <p class="meta"><time datetime="2024-05-01">2024-05-01 09:30</time> 来源：新华社 Source: Xinhua</p></header>
      <p>记者从水利部获悉，长江流域今年首次开展全流域生态补水。The ministry says water is released across the basin for the first time.</p>
      <figure><img src="${IMAGE}" alt="丹江口水库 The Danjiangkou reservoir" width="40" height="20"><figcaption>丹江口水库开闸放水 Sluices open</figcaption></figure>
      <h3>补水范围 Where</h3>
      <p>补水覆盖六省，详见<a href="https://www.mwr.gov.cn/sj/">水利部数据 the ministry's figures</a>。Six provinces take part.</p>
      <div class="ad-inline">推广 Sponsored: 学区房 Flats for sale</div>
      <ul><li>湖北 Hubei</li><li>湖南 Hunan</li></ul>
      <h4>数据 Figures</h4>
      <table><caption>补水量 Water released</caption><thead><tr><th>省份 Province</th><th>亿立方米 100 million m³</th></tr></thead>
        <tbody><tr><td>湖北 Hubei</td><td>3.2</td></tr></tbody></table>
      <p>专家表示，<strong>生态补水</strong>将<em>持续</em>开展。Experts expect more releases.</p>
      <div class="share"><button>微信 WeChat</button><a href="https://weibo.com/share">微博 Weibo</a></div>
      <footer><p>责任编辑：张三 Editor: Zhang San</p><p>原文 Source: https://www.news.cn/politics/20240501/0f1e2d3c4b5a69788796a5b4c3d2e1f0/c.html</p></footer>
    </article>
    <aside class="sidebar"><h2>相关新闻 Related</h2><ul><li><a href="/a">长江禁渔 Fishing ban</a></li></ul><div class="ad">广告位 Advert</div></aside>
    <section id="pinglun"><h2>网友评论 Comments</h2><article class="comment"><p>评论一 First comment</p></article>
      <form><textarea aria-label="评论 Comment"></textarea><button>发表 Post</button></form></section>
  </main>
  <footer class="site-footer"><p>版权所有 © 新华网 Copyright Xinhua</p><p>京ICP备12345号</p></footer>`,
  title: '长江流域首次全流域生态补水 Water for the whole Yangtze basin',
  expected: [
    'p 2024-05-01 09:30 来源：新华社 Source: Xinhua',
    'p 记者从水利部获悉，长江流域今年首次开展全流域生态补水。The ministry says water is released across the basin for the first time.',
    'img 丹江口水库 The Danjiangkou reservoir',
    'figcaption 丹江口水库开闸放水 Sluices open',
    'h2 补水范围 Where',
    "p 补水覆盖六省，详见水利部数据 the ministry's figures。Six provinces take part.",
    "a 水利部数据 the ministry's figures → https://www.mwr.gov.cn/sj/",
    'li 湖北 Hubei',
    'li 湖南 Hunan',
    'h3 数据 Figures',
    'caption 补水量 Water released',
    'th 省份 Province',
    'th 亿立方米 100 million m³',
    'td 湖北 Hubei',
    'td 3.2',
    'p 专家表示，生态补水将持续开展。Experts expect more releases.',
    'p 责任编辑：张三 Editor: Zhang San',
    'p 原文 Source: https://www.news.cn/politics/20240501/0f1e2d3c4b5a69788796a5b4c3d2e1f0/c.html',
  ],
  gone: ['时政', '搜索', '广告', 'Sponsored', 'WeChat', 'Weibo', 'Related', 'Comments', 'First comment', 'Copyright', 'ICP'],
};

/**
 * A city government's notice on an older site without `<main>` or
 * `<article>`: divs named header, nav, left, right and footer, a breadcrumb,
 * the title outside the text, links that run script: the largest block of
 * text wins.
 */
const NOTICE = {
  css: `.container { display: flex; } .left { width: 200px; } .right { flex: 1; } .footer { font-size: 12px; }`,
  html: `
  <div id="header"><div class="logo"><img src="${PHOTO}" alt="某市人民政府 City government" width="40" height="20"></div>
    <div class="nav"><a href="/">首页 Home</a> <a href="/zwgk">政务公开 Open government</a> <a href="/bsfw">办事服务 Services</a></div></div>
  <div class="container">
    <div class="left"><h3>栏目导航 Sections</h3><ul><li><a href="/tzgg">通知公告 Notices</a></li><li><a href="/zcwj">政策文件 Policies</a></li></ul>
      <p>咨询电话 Enquiries: 12345</p></div>
    <div class="right">
      <div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/tzgg">通知公告</a></div>
      <h1>关于2024年春节放假安排的通知 Spring Festival holiday notice</h1>
      <div class="info">发布时间：2024-01-10 来源：市政府办公室</div>
      <div class="text">
        <p>各区人民政府，市政府各委、办、局：经市政府同意，现将2024年春节放假安排通知如下。To all districts and departments: the holiday is as follows.</p>
        <p>一、放假时间：2月10日至17日放假调休，共8天。Closed from 10 to 17 February, eight days in all.</p>
        <table><tr><th>日期 Date</th><th>安排 Arrangement</th></tr><tr><td>2月4日 4 Feb</td><td>上班 Working day</td></tr></table>
        <p>二、节假日期间，各单位要妥善安排值班和安全保卫等工作。Every office keeps a duty roster over the holiday.</p>
        <p>某市人民政府办公室 City Government Office<br>2024年1月10日 10 January 2024</p>
        <div class="attach">附件：<a href="/files/holiday.pdf">放假安排表 Timetable (PDF)</a></div>
      </div>
      <div class="print"><a href="javascript:window.print()">打印本页 Print</a> <a href="javascript:window.close()">关闭窗口 Close window</a></div>
    </div>
  </div>
  <div class="footer">主办：某市人民政府办公室 Run by the City Government Office 地址：人民路1号 电话：12345 备案号：ICP 000000</div>`,
  title: '关于2024年春节放假安排的通知 Spring Festival holiday notice',
  expected: [
    'p 各区人民政府，市政府各委、办、局：经市政府同意，现将2024年春节放假安排通知如下。To all districts and departments: the holiday is as follows.',
    'p 一、放假时间：2月10日至17日放假调休，共8天。Closed from 10 to 17 February, eight days in all.',
    'th 日期 Date',
    'th 安排 Arrangement',
    'td 2月4日 4 Feb',
    'td 上班 Working day',
    'p 二、节假日期间，各单位要妥善安排值班和安全保卫等工作。Every office keeps a duty roster over the holiday.',
    'p 某市人民政府办公室 City Government Office2024年1月10日 10 January 2024',
    `a 放假安排表 Timetable (PDF) → ${new URL('/files/holiday.pdf', location.href).href}`,
  ],
  gone: ['首页', '栏目导航', '12345', '当前位置', 'Print', 'Close window', 'Run by'],
};

/**
 * Everything a page could try to run or slip in: handlers, scripts (HTML and
 * SVG), `javascript:` and `data:` links however written, frames, objects,
 * styles, forms, and markup written as text. Each handler records itself in
 * `window.__ran`.
 */
const HOSTILE = `
  <main>
    <h1 onclick="__ran.push('h1 onclick')">恶意页面 A hostile page</h1>
    <p onclick="__ran.push('p onclick')" onmouseover="__ran.push('onmouseover')" style="color: red" class="x" id="p1" data-x="1">正文 Body text.</p>
    <img src="does-not-exist.png" onerror="__ran.push('img onerror')" alt="坏图 Broken image">
    <img src="javascript:__ran.push('img src')" alt="脚本图 Script image">
    <script>__ran.push('script')</script>
    <svg onload="__ran.push('svg onload')"><script>__ran.push('svg script')</script><a href="javascript:__ran.push('svg link')"><text>SVG</text></a></svg>
    <p><a href="javascript:__ran.push('javascript link')">脚本链接 Script link</a>,
      <a href=" JaVaScRiPt:__ran.push('mixed case')">大小写 Mixed case</a>,
      <a href="java&#x09;script:__ran.push('tab')">制表符 Tab</a>,
      <a href="data:text/html,<script>parent.__ran.push('data link')</script>">数据 Data link</a>,
      <a href="https://example.com/" onclick="__ran.push('a onclick')" target="_blank" rel="opener" ping="https://example.com/ping">安全 Safe link</a>,
      <a href="#" onclick="__ran.push('hash onclick')">空链接 Empty hash</a>, <a href="#p1">本页 This page</a>.</p>
    <iframe srcdoc="<script>parent.__ran.push('iframe')</script>" title="frame"></iframe>
    <object data="data:text/html,<script>parent.__ran.push('object')</script>"></object>
    <embed src="data:text/html,x">
    <style>p { color: red; }</style>
    <link rel="stylesheet" href="data:text/css,p{}">
    <form action="javascript:__ran.push('form')"><label>订阅邮箱 Newsletter email <input name="email"></label><button formaction="javascript:__ran.push('button')">提交 Submit</button></form>
    <details open ontoggle="__ran.push('ontoggle')"><summary>摘要 Summary</summary><p>详情 Details</p></details>
    <p>&lt;img src=x onerror="__ran.push('text')"&gt;</p>
    <math><maction actiontype="statusline" xlink:href="javascript:__ran.push('math')">数学 Math</maction></math>
  </main>`;

/** Text a visitor does not see, or that is not the page's reading matter, each way pages hide it. */
const HIDDEN = `
  <main>
    <h1>可见标题 Visible title</h1>
    <p>可见 Visible one.</p>
    <p hidden>隐藏1 hidden attribute</p>
    <p aria-hidden="true">隐藏2 aria-hidden</p>
    <p style="display: none">隐藏3 display none</p>
    <p inert>隐藏4 inert</p>
    <p class="gone">隐藏5 display none from a stylesheet</p>
    <p style="visibility: hidden">隐藏6 visibility hidden</p>
    <details><summary>可见摘要 Visible summary</summary><p>隐藏7 closed details</p></details>
    <template><p>隐藏8 template</p></template>
    <div style="display: none"><p>隐藏9 inside a hidden block</p></div>
    <p>可见 Visible two.</p>
  </main>`;


// ——— helpers ———

const page = useFixturePages();
let controller: Reachable | undefined;
afterEach(() => {
  controller?.destroy();
  controller = undefined;
});

const host = () => document.querySelector('reach-reading-mode');
const view = () => host()?.shadowRoot?.querySelector('dialog') ?? null;
const inView = <E extends Element = HTMLElement>(selector: string) => view()!.querySelector<E>(selector)!;
const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();
/** The view's content as a reader meets it: each heading, block, cell, image (its text) and link (its address), in order. */
const outline = () =>
  [...view()!.querySelectorAll('article > h1 ~ * :is(h2,h3,h4,h5,h6,p,li,figcaption,caption,th,td,img,a), article > h1 ~ :is(h2,h3,h4,h5,h6,p)')].map((el) =>
    el instanceof HTMLImageElement ? `img ${el.alt}` : el instanceof HTMLAnchorElement ? `a ${text(el)} → ${el.href}` : `${el.localName} ${text(el)}`,
  );
/** Starts a controller with reading mode (and the colour scheme and text size it follows), and turns it on. */
async function open(features: ('readingMode' | 'colorScheme' | 'fontScale')[] = ['readingMode']) {
  controller = createReachable({ storage: memoryStorage(), features });
  controller.preferences.set({ readingMode: true });
  await controller.ready;
  expect(view()?.matches(':modal')).toBe(true);
  return controller;
}

/** Opens reading mode on a fixture page: its title, its content in order, and none of the furniture's words. */
async function expectRead(fixture: { css: string; html: string; title: string; expected: string[]; gone: string[] }) {
  page(fixture.css, fixture.html);
  await open();
  expect(text(inView('h1'))).toBe(fixture.title);
  expect(outline()).toEqual(fixture.expected);
  const all = text(view()!);
  for (const gone of fixture.gone) expect(all).not.toContain(gone);
}

describe('reading mode: the content', () => {
  it('holds a news article in order: no navigation, search, adverts, sidebar, sharing, comments or site footer', async () => {
    await expectRead(NEWS);
    // The text keeps its emphasis; headings go down from the view's own h1 without skipping a level.
    expect(inView('strong').textContent).toBe('生态补水');
    expect(inView('em').textContent).toBe('持续');
    expect(view()!.querySelectorAll('h1')).toHaveLength(1);
  });

  it('finds the largest block of text on a page without <main>: a government notice', async () => {
    await expectRead(NOTICE);
  });

  it('leaves out what the page hides, each way it hides it', async () => {
    page('.gone { display: none; }', HIDDEN);
    await open();
    const all = text(view()!);
    expect(all).toContain('可见 Visible one.');
    expect(all).toContain('可见 Visible two.');
    expect(all).toContain('可见摘要 Visible summary');
    expect(all).not.toContain('隐藏');
  });

  it('runs nothing of the page, and copies no handler, script, frame, style or unsafe address', async () => {
    const ran: string[] = ((window as unknown as { __ran: string[] }).__ran = []);
    const root = page('', HOSTILE);
    // What the page runs itself (its broken image, its frame, its <details>) runs before the view opens.
    await expect.poll(() => ['img onerror', 'iframe', 'ontoggle'].every((name) => ran.includes(name))).toBe(true);
    const script = document.createElement('script');
    script.textContent = "__ran.push('live script')";
    root.querySelector('main')!.append(script);
    ran.length = 0;

    await open();
    const content = view()!.querySelector('article')!;
    // Every image the view holds has finished loading or failing, so a copied onerror would have run.
    await expect.poll(() => [...content.querySelectorAll('img')].every((img) => img.complete)).toBe(true);
    // Clicking and pointing at everything runs no copied handler (links are not followed).
    content.addEventListener('click', (event) => event.preventDefault());
    for (const el of content.querySelectorAll('*')) {
      el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ran).toEqual([]);

    const names = new Set([...content.querySelectorAll('*')].map((el) => el.localName));
    for (const name of ['script', 'iframe', 'object', 'embed', 'svg', 'math', 'style', 'link', 'form', 'button', 'details']) expect(names).not.toContain(name);
    const attributes = [...content.querySelectorAll('h1 ~ *, h1 ~ * *')].flatMap((el) => [...el.attributes].map((a) => `${el.localName}[${a.name}]`));
    expect(new Set(attributes)).toEqual(new Set(['img[alt]', 'img[src]', 'a[href]']));
    expect([...content.querySelectorAll('a')].map((a) => a.href)).toEqual(['https://example.com/']);
    expect([...content.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual([new URL('does-not-exist.png', location.href).href]);
    // Links that run script, open data or stay in the page are their text; an image with a script address is its text alternative; markup written as text stays text.
    const all = text(content);
    for (const kept of ['脚本链接 Script link', '大小写 Mixed case', '制表符 Tab', '数据 Data link', '空链接 Empty hash', '本页 This page', '脚本图 Script image', '<img src=x onerror="__ran.push(\'text\')">', '详情 Details']) {
      expect(all).toContain(kept);
    }
    // A form is a control, not reading matter: its labels go with it.
    expect(all).not.toContain('Newsletter');
  });

  it('is built without innerHTML, and leaves the page exactly as it was', async () => {
    page(NEWS.css, NEWS.html);
    const html = document.documentElement.outerHTML;
    const descriptor = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!;
    const setHTML = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'innerHTML')!;
    const writes: string[] = [];
    const spy = (d: PropertyDescriptor, where: string) => ({ ...d, set(this: Element, value: string) { writes.push(where); d.set!.call(this, value); } });
    Object.defineProperty(Element.prototype, 'innerHTML', spy(descriptor, 'element'));
    Object.defineProperty(ShadowRoot.prototype, 'innerHTML', spy(setHTML, 'shadow root'));
    try {
      await open();
    } finally {
      Object.defineProperty(Element.prototype, 'innerHTML', descriptor);
      Object.defineProperty(ShadowRoot.prototype, 'innerHTML', setHTML);
    }
    expect(writes).toEqual([]);
    controller!.preferences.set({ readingMode: false });
    expect(host()).toBeNull();
    expect(document.documentElement.outerHTML).toBe(html);
  });
});

describe('reading mode: the dialog', () => {
  let before: HTMLButtonElement;
  beforeEach(() => {
    page(NEWS.css, `${NEWS.html}<p><button id="before">开始阅读 Start reading</button></p>`);
    before = document.querySelector<HTMLButtonElement>('#before')!;
    before.focus();
  });

  it('passes axe-core, is named by its heading, and starts at it with focus', async () => {
    await open();
    await expectNoAxeViolations(host()!);
    expect(view()!.getAttribute('aria-labelledby')).toBe(inView('h1').id);
    expect(host()!.shadowRoot!.activeElement).toBe(inView('h1'));
    // The page beneath is inert: a modal dialog in the top layer.
    expect(document.elementFromPoint(5, 5)?.closest('reach-reading-mode')).toBe(host());
  });

  it('Esc closes it, gives focus back and turns the preference off', async () => {
    const reachable = await open();
    await userEvent.keyboard('{Escape}');
    await expect.poll(host).toBeNull();
    expect(document.activeElement).toBe(before);
    expect(reachable.preferences.get().readingMode).toBe(false);
  });

  it('the close button, named in the page’s language and at least 44 × 44 px, does the same', async () => {
    const lang = document.documentElement.lang;
    document.documentElement.lang = 'zh-CN';
    try {
      const reachable = await open();
      const close = inView<HTMLButtonElement>('button');
      expect(close.textContent).toBe('关闭');
      const { width, height } = close.getBoundingClientRect();
      expect(Math.min(width, height)).toBeGreaterThanOrEqual(44);
      await userEvent.click(close);
      await expect.poll(host).toBeNull();
      expect(document.activeElement).toBe(before);
      expect(reachable.preferences.get().readingMode).toBe(false);
    } finally {
      document.documentElement.lang = lang;
    }
  });

  it('gives focus back inside a shadow root, as to a control of the toolbar', async () => {
    const widget = document.createElement('div');
    widget.attachShadow({ mode: 'open' }).append(document.createElement('button'));
    document.body.append(widget);
    try {
      const inner = widget.shadowRoot!.querySelector('button')!;
      inner.focus();
      const reachable = await open();
      reachable.preferences.set({ readingMode: false });
      expect(widget.shadowRoot!.activeElement).toBe(inner);
    } finally {
      widget.remove();
    }
  });

  it('gives focus to the body when what had it is gone', async () => {
    await open();
    before.remove();
    await userEvent.keyboard('{Escape}');
    await expect.poll(host).toBeNull();
    expect(document.activeElement).toBe(document.body);
  });

  it('shows focus: a 3 px ring on the close button reached by keyboard', async () => {
    await open();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    const close = inView('button');
    expect(host()!.shadowRoot!.activeElement).toBe(close);
    const style = getComputedStyle(close);
    expect(style.outlineStyle).toBe('solid');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(3);
  });

  it('opens in the visitor’s colour scheme and text size, and follows a change while open; else in the system’s colours', async () => {
    controller = createReachable({ storage: memoryStorage(), features: ['readingMode', 'colorScheme', 'fontScale'] });
    const reachable = controller;
    reachable.preferences.set({ colorScheme: 'yellow-on-black', fontScale: 2, readingMode: true });
    await reachable.ready;
    const look = () => [getComputedStyle(view()!).color, getComputedStyle(view()!).backgroundColor, getComputedStyle(inView('a')).color];
    expect(look()).toEqual(['rgb(255, 255, 0)', 'rgb(0, 0, 0)', 'rgb(0, 255, 255)']);
    expect(parseFloat(getComputedStyle(inView('p')).fontSize)).toBe(40);
    reachable.preferences.set({ colorScheme: 'black-on-white' });
    expect(look()).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)', 'rgb(0, 0, 204)']);
    reachable.preferences.set({ colorScheme: 'default', fontScale: 1 });
    expect(parseFloat(getComputedStyle(inView('p')).fontSize)).toBe(20);
    // The system's colours: what CanvasText, Canvas and LinkText are here.
    const system = document.createElement('a');
    system.href = 'https://example.com/';
    system.style.cssText = 'color: CanvasText; background: Canvas';
    document.body.append(system);
    const colors = getComputedStyle(system);
    expect(look().slice(0, 2)).toEqual([colors.color, colors.backgroundColor]);
    system.style.color = 'LinkText';
    expect(look()[2]).toBe(getComputedStyle(system).color);
    system.remove();
  });

  it('keeps the system’s colours under forced colours', async () => {
    await emulateForcedColors(true);
    try {
      const reachable = await open(['readingMode', 'colorScheme']);
      reachable.preferences.set({ colorScheme: 'yellow-on-black' });
      const system = document.createElement('a');
      system.href = 'https://example.com/';
      system.style.cssText = 'color: CanvasText; background: Canvas';
      document.body.append(system);
      const colors = (el: Element) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor];
      expect(colors(view()!)).toEqual(colors(system));
      system.style.color = 'LinkText';
      expect(getComputedStyle(inView('a')).color).toBe(getComputedStyle(system).color);
      system.remove();
    } finally {
      await emulateForcedColors(false);
    }
  });

  it('nothing moves: no animation or transition', async () => {
    await open();
    expect(view()!.getAnimations({ subtree: true })).toEqual([]);
    for (const el of [view()!, inView('button')]) expect(getComputedStyle(el).transitionDuration).toBe('0s');
  });

  it('reflows at 320 px wide (400 % zoom): nothing scrolls sideways, from the top to the end', async () => {
    skipIn(['webkit'], 'WebKitWebDriver does not always resize the test frame (it stayed 1,056 px wide in CI runs): this reflow is checked in Chromium');
    await browser.viewport(320, 640);
    try {
      await open();
      const dialog = view()!;
      expect(dialog.getBoundingClientRect().width).toBe(320);
      expect(dialog.scrollWidth).toBeLessThanOrEqual(dialog.clientWidth);
      // Nor is any text cut off: each block, brought on screen (only then is it laid out), holds its text, a long address too.
      for (const block of dialog.querySelectorAll<HTMLElement>('p, li, h2, h3, figcaption, caption, th, td')) {
        block.scrollIntoView();
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        expect(block.scrollWidth, text(block)).toBeLessThanOrEqual(block.clientWidth);
      }
      expect(dialog.scrollWidth).toBeLessThanOrEqual(dialog.clientWidth);
    } finally {
      await browser.viewport(414, 896);
    }
  });

  it('turned off, or by another tab, leaves no dialog, listener, subscription or observer behind', async () => {
    const html = document.documentElement.outerHTML;
    const observers = countObservers();
    const store = createPreferenceStore({ storage: memoryStorage() });
    let subscribed = 0;
    const context: EngineContext = {
      preferences: { get: store.get, set: store.set, subscribe: (listener) => (subscribed++, ((stop) => () => (subscribed--, stop()))(store.subscribe(listener))) },
    };
    const added = new Map<EventTarget, number>();
    const count = (target: EventTarget, step: number) => added.set(target, (added.get(target) ?? 0) + step);
    const { addEventListener, removeEventListener } = EventTarget.prototype;
    EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['addEventListener']>) {
      count(this, 1);
      return addEventListener.apply(this, args);
    };
    EventTarget.prototype.removeEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['removeEventListener']>) {
      count(this, -1);
      return removeEventListener.apply(this, args);
    };
    try {
      observers.baseline();
      const engine = createReadingMode(document, context);
      engine.apply(true);
      expect(view()?.open).toBe(true);
      expect(subscribed).toBe(1);
      engine.apply(false);
      engine.apply(true);
      engine.destroy();
    } finally {
      EventTarget.prototype.addEventListener = addEventListener;
      EventTarget.prototype.removeEventListener = removeEventListener;
      observers.restore();
    }
    expect(host()).toBeNull();
    expect(document.documentElement.outerHTML).toBe(html);
    expect(subscribed).toBe(0);
    expect(observers.live()).toBe(0);
    // Listeners were added only to the view's own elements, which are gone.
    expect([...added].filter(([target, n]) => n > 0 && (!(target instanceof Node) || target.isConnected))).toEqual([]);
    expect(document.activeElement).toBe(before);
    store.destroy();
  });
});
