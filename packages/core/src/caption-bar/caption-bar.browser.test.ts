import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page as browser } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../../test/axe.js';
import { emulateForcedColors } from '../../../../test/engine.js';
import { useFixturePages } from '../../../../test/fixture.js';
import { withoutRealPointer } from '../../../../test/real-pointer.js';
import { countObservers } from '../../../../test/observers.mjs';
import { installFakeSpeech, voice } from '../../../../test/speech-fake.js';
import { createSpeech } from '../speech/speech.js';
import { DEFAULT_PREFERENCES } from '../preferences/schema.js';
import { BASE_SIZE, createCaptionBar, type CaptionBarValue } from './caption-bar.js';

const page = useFixturePages();
withoutRealPointer();
let engine: ReturnType<typeof createCaptionBar>;
beforeEach(async () => {
  document.documentElement.lang = 'zh-CN';
  await browser.viewport(1024, 768);
  engine = createCaptionBar();
});
afterEach(() => engine.destroy());

const OFF: CaptionBarValue = {
  captionBar: false,
  captionBarText: DEFAULT_PREFERENCES.captionBarText,
  captionBarSize: DEFAULT_PREFERENCES.captionBarSize,
  captionBarPosition: DEFAULT_PREFERENCES.captionBarPosition,
};
const on = (value: Partial<CaptionBarValue> = {}) => engine.apply({ ...OFF, captionBar: true, ...value });
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const bar = () => document.querySelector('reach-caption-bar')?.shadowRoot!.querySelector<HTMLElement>('.bar') ?? null;
const shownText = () => bar()?.textContent ?? '';
const pointer = (el: Element) => el.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));

/** The fixtures refuse the real pointer too (see withoutRealPointer). */
const NO_REAL_POINTER = '#fixture { pointer-events: none; }';
const ARTICLE = `
  <main>
    <h1 id="title">头发与发展</h1>
    <p id="first">记者从水利部获悉，长江流域今年首次开展全流域生态补水。</p>
    <p id="traditional" lang="zh-TW">頭髮與發展</p>
    <p>详见<a href="#data" id="link" aria-label="水利部数据">数据</a>。</p>
    <p hidden id="hidden">隐藏的段落</p>
    <p aria-hidden="true" id="decor">装饰文字</p>
    <p lang="en" id="english">Experts expect more releases.</p>
    <button id="button">搜索</button>
    <h2 id="two-lines">让每个孩子都能读到好书<br>Good books for every child</h2>
  </main>`;

/** The room the bar publishes for an edge (`--reach-caption-bar-<side>`), in px, as a page's own element reads it. */
const room = (side: 'bottom' | 'top') => {
  const el = document.body.appendChild(document.createElement('div'));
  el.style.height = `var(--reach-caption-bar-${side}, 0px)`;
  const px = el.getBoundingClientRect().height;
  el.remove();
  return px;
};

describe('the caption bar (大字幕)', () => {
  it('shows what the pointer is over, large, at the bottom: a block of text, a link by its name and role; never what is hidden', async () => {
    const root = page(NO_REAL_POINTER, ARTICLE);
    on();
    pointer(root.querySelector('#first')!);
    await expect.poll(shownText).toBe('记者从水利部获悉，长江流域今年首次开展全流域生态补水。');
    const el = bar()!;
    expect(parseFloat(getComputedStyle(el).fontSize)).toBe(BASE_SIZE * 1.25);
    expect(Math.round(el.getBoundingClientRect().bottom)).toBe(document.documentElement.clientHeight);
    expect(el.getAttribute('aria-hidden')).toBe('true');
    expect(getComputedStyle(el).pointerEvents).toBe('none');
    pointer(root.querySelector('#link')!);
    // Named by aria-label, which holds its text: the name and role alone.
    await expect.poll(shownText).toBe('水利部数据 链接');
    // Over what is hidden, or nothing to read, the last text stays.
    for (const id of ['#hidden', '#decor', 'main']) {
      pointer(root.querySelector(id)!);
      await frame();
      expect(shownText(), id).toBe('水利部数据 链接');
    }
    pointer(root.querySelector('#english')!);
    await expect.poll(shownText).toBe('Experts expect more releases.');
    expect(el.lang).toBe('en');
    // A heading split by a line break: once, with the break as a space (the name alone joins the two halves).
    pointer(root.querySelector('#two-lines')!);
    await expect.poll(shownText).toBe('让每个孩子都能读到好书 Good books for every child 标题');
  });

  it('shows what gets keyboard focus, and scrolls it out from under the bar', async () => {
    const root = page(NO_REAL_POINTER, `<div style="height: 2000px"></div>${ARTICLE}<div style="height: 2000px"></div>`);
    on();
    await frame();
    const button = root.querySelector<HTMLElement>('#button')!;
    // The button just above the bottom of the window: behind the bar.
    window.scrollTo(0, button.getBoundingClientRect().bottom + window.scrollY - window.innerHeight + 10);
    await frame();
    const barTop = bar()!.getBoundingClientRect().top;
    expect(button.getBoundingClientRect().bottom).toBeGreaterThan(barTop);
    button.focus({ preventScroll: true });
    await expect.poll(shownText).toBe('搜索 按钮');
    expect(button.getBoundingClientRect().bottom).toBeLessThanOrEqual(bar()!.getBoundingClientRect().top);
  });

  it('gives the page room for it, on top of its own padding, and restores it exactly when off', async () => {
    page('html { padding-bottom: 7px; scroll-padding-bottom: 3px; }', ARTICLE);
    const before = [getComputedStyle(document.documentElement).paddingBottom, getComputedStyle(document.documentElement).scrollPaddingBottom, document.adoptedStyleSheets.length];
    on();
    // The room is written in the frame after the bar is measured.
    await expect.poll(() => room('bottom')).toBeGreaterThan(0);
    const height = Math.ceil(bar()!.getBoundingClientRect().height);
    expect(height).toBeGreaterThanOrEqual(BASE_SIZE * 1.25);
    expect(getComputedStyle(document.documentElement).paddingBottom).toBe(`${7 + height}px`);
    expect(getComputedStyle(document.documentElement).scrollPaddingBottom).toBe(`${3 + height}px`);
    // The room it takes, for what the page fixes to that edge: --reach-caption-bar-bottom.
    expect([room('bottom'), room('top')]).toEqual([height, 0]);
    // At the top, the room moves there.
    on({ captionBarPosition: 'top' });
    await expect.poll(() => room('top')).toBeGreaterThan(0);
    expect(Math.round(bar()!.getBoundingClientRect().top)).toBe(0);
    expect(getComputedStyle(document.documentElement).paddingBottom).toBe('7px');
    expect(parseFloat(getComputedStyle(document.documentElement).paddingTop)).toBeGreaterThanOrEqual(height);
    expect(room('bottom')).toBe(0);
    expect(room('top')).toBe(Math.ceil(bar()!.getBoundingClientRect().height));
    engine.apply(OFF);
    expect([room('bottom'), room('top')]).toEqual([0, 0]);
    expect(document.querySelector('reach-caption-bar')).toBeNull();
    expect([getComputedStyle(document.documentElement).paddingBottom, getComputedStyle(document.documentElement).scrollPaddingBottom, document.adoptedStyleSheets.length]).toEqual(before);
    expect(getComputedStyle(document.documentElement).paddingTop).toBe('0px');
  });

  it('keeps the room of its tallest text, so what sits on it does not move, without a resize loop', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const root = page(NO_REAL_POINTER, `<p id="long">${'一段很长的说明文字，讲述了我们的工作。'.repeat(12)}</p><p id="short">短</p>`);
      // At twice the size, whose line height is a fraction of a px.
      on({ captionBarSize: 2 });
      pointer(root.querySelector('#long')!);
      await expect.poll(() => shownText().length).toBeGreaterThan(20);
      await frame();
      const tall = Math.ceil(bar()!.getBoundingClientRect().height);
      expect(room('bottom')).toBe(tall);
      pointer(root.querySelector('#short')!);
      await expect.poll(shownText).toBe('短');
      await frame();
      await frame();
      // The bar fits its text; the room stays.
      expect(bar()!.getBoundingClientRect().height).toBeLessThan(tall);
      expect(room('bottom')).toBe(tall);
      // A new text size starts again from the text shown.
      on({ captionBarSize: 1 });
      await frame();
      await frame();
      expect(room('bottom')).toBe(Math.ceil(bar()!.getBoundingClientRect().height));
      expect(room('bottom')).toBeLessThan(tall);
      expect(errors).toEqual([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('gives the page room that brings a scrollbar, which narrows the bar and wraps its text, without a resize loop', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const root = page(
        `${NO_REAL_POINTER} html, body { height: auto; min-height: 0; } html::-webkit-scrollbar { width: 60px; background: #ccc; }`,
        // 47 characters: two lines in the bar across the whole window (24 a line at 40 px), three beside the scrollbar (23).
        `<p id="text" style="margin: 0; font-size: 8px">${'长江流域今年首次开展全流域生态补水'.repeat(3).slice(0, 47)}</p><div id="filler"></div>`,
      );
      // A page that fits the window beside a one-line bar (76 px), not beside a two-line one (130 px).
      const spare = innerHeight - root.getBoundingClientRect().bottom;
      root.querySelector<HTMLElement>('#filler')!.style.height = `${spare - 96}px`;
      on();
      await expect.poll(() => room('bottom')).toBeGreaterThan(0);
      const wide = bar()!.getBoundingClientRect().width;
      expect(document.documentElement.scrollHeight).toBeLessThanOrEqual(innerHeight);
      pointer(root.querySelector('#text')!);
      await expect.poll(() => room('bottom')).toBeGreaterThan(100);
      await frame();
      await frame();
      // The room for two lines made the page scroll; where the scrollbar takes room, the bar narrowed and grew a third line.
      expect(document.documentElement.scrollHeight).toBeGreaterThan(innerHeight);
      const narrowed = bar()!.getBoundingClientRect().width < wide;
      if (narrowed) expect(room('bottom')).toBe(Math.ceil(bar()!.getBoundingClientRect().height));
      expect(errors).toEqual([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('cuts long text at a sentence, to three lines at most', async () => {
    const long = '第一句话说明了背景情况。'.repeat(30);
    const root = page(NO_REAL_POINTER, `<p id="long">${long}</p>`);
    on({ captionBarSize: 2 });
    pointer(root.querySelector('#long')!);
    await expect.poll(() => shownText().length).toBeGreaterThan(0);
    const text = shownText();
    expect(text.length).toBeLessThan(long.length);
    expect(text.endsWith('。')).toBe(true);
    const style = getComputedStyle(bar()!);
    const lines = (bar()!.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)) / parseFloat(style.lineHeight);
    expect(Math.round(lines)).toBeLessThanOrEqual(3);
    expect(bar()!.scrollHeight).toBeLessThanOrEqual(bar()!.clientHeight + 1);
  });

  it('shows the text in Traditional or Simplified characters, phrase by phrase', async () => {
    const root = page(NO_REAL_POINTER, ARTICLE);
    on({ captionBarText: 'traditional' });
    pointer(root.querySelector('#title')!);
    await expect.poll(shownText, { timeout: 10_000 }).toBe('頭髮與發展 標題');
    on({ captionBarText: 'simplified' });
    pointer(root.querySelector('#traditional')!);
    await expect.poll(shownText, { timeout: 10_000 }).toBe('头发与发展');
    // Text without Chinese characters is shown as it is.
    pointer(root.querySelector('#english')!);
    await expect.poll(shownText).toBe('Experts expect more releases.');
  });

  it('shows pinyin with tone marks above each character, chosen word by word', async () => {
    const root = page(NO_REAL_POINTER, '<p id="bank">银行行长说：OK</p>');
    on({ captionBarText: 'pinyin' });
    pointer(root.querySelector('#bank')!);
    await expect.poll(() => bar()!.querySelectorAll('ruby').length, { timeout: 10_000 }).toBe(5);
    const rubies = [...bar()!.querySelectorAll('ruby')];
    expect(rubies.map((ruby) => ruby.firstChild!.textContent)).toEqual(['银', '行', '行', '长', '说']);
    expect(rubies.map((ruby) => ruby.querySelector('rt')!.textContent)).toEqual(['yín', 'háng', 'háng', 'zhǎng', 'shuō']);
    expect(bar()!.textContent).toContain('：OK');
    // The pinyin is drawn above its character.
    const [han, rt] = [rubies[0]!.getBoundingClientRect(), rubies[0]!.querySelector('rt')!.getBoundingClientRect()];
    expect(rt.bottom).toBeLessThanOrEqual(han.bottom - han.height / 3);
    // Back to the text as written: the same element's text again.
    on({ captionBarText: 'original' });
    await expect.poll(shownText).toBe('银行行长说：OK');
    expect(bar()!.querySelector('ruby')).toBeNull();
  });

  it('passes axe-core, keeps its own colours in a colour scheme, and takes the system colours under forced colours', async () => {
    const root = page(NO_REAL_POINTER, ARTICLE);
    document.documentElement.setAttribute('data-reach-scheme', 'yellow-on-black');
    try {
      on();
      pointer(root.querySelector('#first')!);
      await expect.poll(shownText).not.toBe('');
      await expectNoAxeViolations();
      expect(getComputedStyle(bar()!).color).toBe('rgb(255, 255, 255)');
      expect(getComputedStyle(bar()!).backgroundColor).toBe('rgb(17, 17, 17)');
    } finally {
      document.documentElement.removeAttribute('data-reach-scheme');
    }
    await emulateForcedColors(true);
    try {
      const probe = document.body.appendChild(document.createElement('span'));
      probe.style.cssText = 'color: CanvasText; background: Canvas';
      expect(getComputedStyle(bar()!).color).toBe(getComputedStyle(probe).color);
      expect(getComputedStyle(bar()!).backgroundColor).toBe(getComputedStyle(probe).backgroundColor);
      probe.remove();
    } finally {
      await emulateForcedColors(false);
    }
  });

  it('while read-aloud reads the page (连读), shows the sentence it is saying', async () => {
    const fake = installFakeSpeech([voice('Tingting', 'zh-CN')]);
    const speech = createSpeech();
    try {
      page(NO_REAL_POINTER, '<main><p>第一段的第一句。第一段的第二句。</p><p>第二段。</p></main>');
      on();
      // Every text the bar shows, in order.
      const seen: string[] = [];
      const observer = new MutationObserver(() => seen.at(-1) !== shownText() && seen.push(shownText()));
      observer.observe(bar()!, { childList: true, characterData: true, subtree: true });
      speech.apply({ speech: 'continuous', speechRate: 1 });
      await expect.poll(() => fake.synth.finished.length).toBe(3);
      await frame();
      observer.disconnect();
      expect(seen).toEqual(['第一段的第一句。', '第一段的第二句。', '第二段。']);
      expect(bar()!.lang).toBe('zh-CN');
    } finally {
      speech.destroy();
      fake.restore();
    }
  });

  it('turned off, leaves nothing: no element, no listener, no observer', async () => {
    const root = page(NO_REAL_POINTER, ARTICLE);
    // Every listener the bar adds to the document and the window, and whether it is gone again.
    const added: { type: string; signal?: AbortSignal }[] = [];
    const targets: EventTarget[] = [document, window];
    for (const target of targets) {
      const original = target.addEventListener;
      target.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
        added.push({ type, signal: typeof options === 'object' ? options.signal : undefined });
        return original.call(this, type, listener, options);
      } as typeof target.addEventListener;
    }
    const observers = countObservers();
    try {
      on();
    } finally {
      // The patches are own properties over EventTarget.prototype's method.
      for (const target of targets) delete (target as Partial<EventTarget>).addEventListener;
    }
    expect(added.map((listener) => listener.type).sort()).toEqual(['focusin', 'pointerover', 'reach-speaking', 'resize']);
    // It measures itself in the frame after a change, not with a ResizeObserver (see createCaptionBar).
    expect(observers.live()).toBe(0);
    engine.apply(OFF);
    expect(added.every((listener) => listener.signal?.aborted)).toBe(true);
    expect(observers.live()).toBe(0);
    observers.restore();
    pointer(root.querySelector('#first')!);
    root.querySelector<HTMLElement>('#button')!.focus();
    await frame();
    expect(document.querySelector('reach-caption-bar')).toBeNull();
  });
});
