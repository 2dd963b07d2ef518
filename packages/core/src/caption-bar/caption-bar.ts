import { mountOwnUi } from '../dom/mount.js';
import type { Engine } from '../engine.js';
import { adoptSheet, type OwnedSheet } from '../internal/owned-sheet.js';
import { warn } from '../internal/warn.js';
import type { CaptionBarText, Preferences } from '../preferences/schema.js';
import { describe, langOf, shown, speakable } from '../speech/describe.js';
import { capacity, cut } from './cut.js';

export type CaptionBarValue = Pick<Preferences, 'captionBar' | 'captionBarText' | 'captionBarSize' | 'captionBarPosition'>;

/** The bar's text size at `captionBarSize` 1. */
export const BASE_SIZE = 32;

type Converted = string | readonly (readonly [text: string, pinyin?: string])[];
/**
 * Each display but the text as written, loaded when a visitor first picks it:
 * the libraries and their tables are large, so they live in `tables/`, which
 * the script tag's one-file build leaves out.
 */
const CONVERTERS: Record<Exclude<CaptionBarText, 'original'>, () => Promise<{ convert: (text: string) => Converted }>> = {
  simplified: () => import('./tables/to-simplified.js'),
  traditional: () => import('./tables/to-traditional.js'),
  pinyin: () => import('./tables/pinyin.js'),
};
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

// A dark bar with white text (about 17:1), whatever the page's colours; the system's under forced colours.
const CSS = `:host{all:initial!important;zoom:var(--reach-unzoom,1)!important}
.bar{position:fixed;left:0;right:0;z-index:9999;box-sizing:border-box;min-height:calc(1.5em + 16px);margin:0;padding:8px max(16px,env(safe-area-inset-left));background:#111;color:#fff;border:0 solid #fff;font:400 var(--size,40px)/1.4 system-ui,-apple-system,'PingFang SC','Noto Sans CJK SC','Microsoft YaHei',sans-serif;letter-spacing:normal;text-align:center;pointer-events:none;overflow:hidden;display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:3;overflow-wrap:anywhere}
.bottom{bottom:0;border-top-width:2px}.top{top:0;border-bottom-width:2px}
.pinyin{line-height:2.1}rt{font-size:.45em;line-height:1}
@media (forced-colors:active){.bar{background:Canvas;color:CanvasText;border-color:CanvasText}}`;

/**
 * The 大字幕 caption bar: a large bar fixed at the bottom (or top) of the
 * window showing the text of what the pointer is over or what has focus —
 * the same text read-aloud's 指读 says (its accessible name, role and text;
 * over nothing to read, the last text stays) — as written, in Simplified or
 * Traditional characters, or with pinyin above each character; while read-aloud reads, the sentence it is saying (its
 * `reach-speaking` events). Long text is cut at a sentence to fit three lines.
 *
 * It is a visual aid: `aria-hidden` (screen readers already read the page),
 * ignores the pointer, and never covers the page: the page gets room below
 * (or above) it, restored exactly when it is turned off, and a focused
 * element it would cover is scrolled clear of it.
 */
export function createCaptionBar(doc: Document = document): Engine<CaptionBarValue> {
  const win = doc.defaultView!;
  let value: CaptionBarValue | undefined;
  let host: HTMLElement | undefined;
  let bar: HTMLElement | undefined;
  let room: OwnedSheet | undefined;
  let listening: AbortController | undefined;
  /** The page's own padding and scroll padding on the bar's side, which the bar adds to. */
  let pagePadding: [string, string] = ['0px', '0px'];
  /** The element whose text is shown, and what the pointer was over when the frame last looked. */
  let current: Element | undefined;
  let path: readonly EventTarget[] | undefined;
  let frame = 0;
  /** The frame that measures the bar, after what may have changed its height. */
  let measureFrame = 0;
  /** The tallest the bar has been, in px: the room it takes. */
  let tallest = 0;
  /** Each text shown starts a new turn: a conversion finished for an older one is dropped. */
  let turn = 0;
  let warned = false;

  /** Shows `el`'s text (nothing when undefined). */
  const show = (el: Element | undefined) => {
    if (!bar || el === current) return;
    current = el;
    display(el ? describe(el) : '', el ? langOf(el) : '');
  };

  /** Shows text, cut to fit and converted as the visitor chose. */
  const display = (text: string, lang: string) => {
    if (!bar || !value) return;
    const mine = ++turn;
    const size = BASE_SIZE * value.captionBarSize;
    const fitted = cut(text, capacity(text, bar.clientWidth - 32, size));
    const script = value.captionBarText;
    bar.lang = lang;
    if (script === 'original' || !HAN.test(fitted)) return write(fitted);
    CONVERTERS[script]().then(
      ({ convert }) => mine === turn && write(convert(fitted)),
      // Offline, blocked, or a build without the tables: the text as written is better than none.
      (error: unknown) => {
        if (!warned) warn('R108', `The caption bar could not load what it needs to show text as ${script}: it shows the text as written.`, error);
        warned = true;
        if (mine === turn) write(fitted);
      },
    );
  };

  /** Puts text (or characters with their pinyin, as ruby) in the bar, with the DOM alone. */
  const write = (text: Converted) => {
    if (!bar) return;
    measure();
    bar.classList.toggle('pinyin', typeof text !== 'string');
    if (typeof text === 'string') return void (bar.textContent = text);
    bar.replaceChildren(
      ...text.map(([han, sound]) => {
        if (!sound) return doc.createTextNode(han);
        const ruby = doc.createElement('ruby');
        ruby.append(han, Object.assign(doc.createElement('rt'), { textContent: sound }));
        return ruby;
      }),
    );
  };

  // The pointer: what it is over is worked out once a frame at most, only when it moves to another element.
  // Over nothing to read (a margin, an image without a name) the last text stays: the bar does not flicker empty.
  const onOver = (event: PointerEvent) => {
    path = event.composedPath();
    frame ||= win.requestAnimationFrame(() => {
      frame = 0;
      const el = path && speakable(path);
      if (el) show(el);
    });
  };
  // Read-aloud says what it reads, piece by piece: while it reads (连读 above all), the bar shows that sentence.
  const onSpeaking = (event: Event) => {
    const { text, lang } = ((event as CustomEvent).detail ?? {}) as { text?: unknown; lang?: unknown };
    if (typeof text !== 'string') return;
    current = undefined;
    display(text, typeof lang === 'string' ? lang : '');
  };
  const onFocus = (event: FocusEvent) => {
    const el = event.composedPath()[0] as Element;
    if (el?.nodeType !== 1 || !shown(el)) return;
    show(el);
    clear(el);
  };

  /** Scrolls a focused element out from under the bar. */
  const clear = (el: Element) => {
    if (!bar) return;
    const [box, own] = [el.getBoundingClientRect(), bar.getBoundingClientRect()];
    const overlap = value?.captionBarPosition === 'top' ? own.bottom - box.top : box.bottom - own.top;
    if (overlap > 0 && box.bottom > own.top && box.top < own.bottom) win.scrollBy({ top: value?.captionBarPosition === 'top' ? -overlap - 8 : overlap + 8, behavior: 'instant' });
  };

  /**
   * Room for the bar on its side of the page; scroll padding keeps what is scrolled to clear of it. The room
   * is that of the tallest text the bar has shown (until its size, display or side changes): room that shrank
   * and grew with each text would move what sits on it, the launcher among them, under the pointer. (The bar
   * itself is not held at that height.)
   *
   * The bar is measured in the frame after whatever may change its height (its text, its size or side, the
   * window's width, and the room itself, which may bring a scrollbar that narrows it), before that frame's
   * changes, so the read finds the layout already done. Not with a ResizeObserver: WebKit lays a page out
   * again for a scrollbar the room brought in, between an observer's callbacks and its next look, and the
   * page then hears "ResizeObserver loop completed with undelivered notifications" whatever the callback does.
   */
  const measure = () => (measureFrame ||= win.requestAnimationFrame(size));
  const size = () => {
    measureFrame = 0;
    if (!bar || !room || !value) return;
    const px = Math.ceil(bar.getBoundingClientRect().height);
    if (px <= tallest) return;
    tallest = px;
    const side = value.captionBarPosition;
    const height = `${px}px * var(--reach-unzoom, 1)`;
    const [padding, scrollPadding] = pagePadding;
    // --reach-caption-bar-<side>: the room it takes, for what is fixed to that edge (the toolbar's launcher, a site's own).
    room.replace(`html{padding-${side}:calc(${padding} + ${height})!important;scroll-padding-${side}:calc(${scrollPadding} + ${height})!important;--reach-caption-bar-${side}:calc(${height})}`);
    measure();
  };

  const on = (next: CaptionBarValue) => {
    const moved = value?.captionBarPosition !== next.captionBarPosition;
    const restyled = !value || moved || value.captionBarText !== next.captionBarText || value.captionBarSize !== next.captionBarSize;
    if (moved) off();
    value = next;
    if (!host) {
      const mounted = mountOwnUi(doc, 'reach-caption-bar', CSS);
      host = mounted.host;
      bar = mounted.root.appendChild(doc.createElement('p'));
      bar.setAttribute('aria-hidden', 'true');
      const side = next.captionBarPosition;
      const style = getComputedStyle(doc.documentElement);
      const scrollPadding = style.getPropertyValue(`scroll-padding-${side}`);
      pagePadding = [style.getPropertyValue(`padding-${side}`), scrollPadding === 'auto' ? '0px' : scrollPadding];
      room = adoptSheet(doc);
      listening = new AbortController();
      const options = { capture: true, passive: true, signal: listening.signal };
      win.addEventListener('resize', measure, options);
      doc.addEventListener('pointerover', onOver, options);
      doc.addEventListener('focusin', onFocus, options);
      doc.addEventListener('reach-speaking', onSpeaking, options);
    }
    bar!.className = `bar ${next.captionBarPosition}`;
    bar!.style.setProperty('--size', `${BASE_SIZE * next.captionBarSize}px`);
    // A new display or size: the same element's text again, converted and cut anew, with room as tall as it needs.
    if (restyled) {
      tallest = 0;
      const shownEl = current;
      current = undefined;
      show(shownEl);
    }
    measure();
  };

  const off = () => {
    win.cancelAnimationFrame(frame);
    win.cancelAnimationFrame(measureFrame);
    frame = measureFrame = turn = 0;
    listening?.abort();
    room?.remove();
    host?.remove();
    host = bar = room = listening = current = path = value = undefined;
    tallest = 0;
  };

  return {
    apply(next) {
      if (next.captionBar) on(next);
      else off();
    },
    destroy: off,
  };
}
