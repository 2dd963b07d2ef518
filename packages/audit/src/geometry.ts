// Where things are and whether a visitor can see and reach them: the clip of
// overflow: hidden ancestors, fixed and sticky elements that cover the viewport, and
// whether scrolling can bring a point clear of them. Rectangles are in viewport
// coordinates; callers measure with the page scrolled to its start.
import { isForeign, selectorFor, style, win } from './dom.js';
import type { Rect } from './types.js';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const boxOf = (r: DOMRectReadOnly | Rect): Box =>
  'left' in r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : { left: r.x, top: r.y, right: r.x + r.width, bottom: r.y + r.height };
export const area = (b: Box) => Math.max(0, b.right - b.left) * Math.max(0, b.bottom - b.top);
export function intersect(a: Box, b: Box | null): Box {
  if (!b) return a;
  return { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
}

const CLIPS = /^(hidden|clip)$/;
const SCROLLS = /^(auto|scroll)$/;

/**
 * The clip that overflow: hidden/clip ancestors put on an element's box, per state of
 * the page. Absolutely positioned boxes escape the clips below their containing
 * block; fixed boxes escape all but the viewport; content of a scroll container can
 * be scrolled to, so a scroll container does not clip (it may hide, but not lose).
 */
export interface Clip {
  /** The visible area for the box, or null when nothing clips it. */
  clip: Box | null;
  /** The element whose overflow clips it. */
  by: Element | null;
  /** The nearest scroll container it lies in: scrolling that brings it into view. */
  scroller?: Element;
}

export class Clipper {
  private readonly content = new Map<Element, Clip>();
  readonly viewport: Box;
  /** The viewport clips the page on an axis it cannot scroll (overflow: hidden on the root or body). */
  private readonly pageClip: Box | null;

  constructor(private readonly doc: Document) {
    const w = win(doc);
    this.viewport = { left: 0, top: 0, right: w.innerWidth, bottom: w.innerHeight };
    const root = style(doc.documentElement);
    const body = doc.body ? style(doc.body) : root;
    const lockedX = CLIPS.test(root.overflowX) || (root.overflowX === 'visible' && CLIPS.test(body.overflowX));
    const lockedY = CLIPS.test(root.overflowY) || (root.overflowY === 'visible' && CLIPS.test(body.overflowY));
    this.pageClip =
      lockedX || lockedY
        ? { left: lockedX ? 0 : -Infinity, right: lockedX ? this.viewport.right : Infinity, top: lockedY ? 0 : -Infinity, bottom: lockedY ? this.viewport.bottom : Infinity }
        : null;
  }

  /** The clip on `el`'s own box, the element that imposes it, and the scroll container it is in. */
  box(el: Element): Clip {
    const position = style(el).position;
    if (position === 'fixed') return { clip: this.viewport, by: null };
    let parent = el.parentElement;
    if (position === 'absolute') {
      while (parent && style(parent).position === 'static' && style(parent).transform === 'none') parent = parent.parentElement;
    }
    return parent ? this.of(parent) : { clip: this.pageClip, by: null };
  }

  /** The part of a scroll container that shows its content: its box, as far as it is visible. */
  window(scroller: Element): Box {
    return intersect(boxOf(scroller.getBoundingClientRect()), this.box(scroller).clip);
  }

  /** The clip on the content of `el` (its own overflow clip and its box's). */
  of(el: Element): Clip {
    const hit = this.content.get(el);
    if (hit) return hit;
    const outer = this.box(el);
    const s = style(el);
    let result = outer;
    const root = el === this.doc.documentElement || el === this.doc.body;
    if (!root && (SCROLLS.test(s.overflowX) || SCROLLS.test(s.overflowY))) {
      // Its content can be scrolled into its visible part, wherever it lies: nothing is lost while that part shows.
      result = area(this.window(el)) > 0 ? { clip: null, by: null, scroller: el } : { clip: { left: 0, top: 0, right: 0, bottom: 0 }, by: outer.by };
    } else if (!root && (CLIPS.test(s.overflowX) || CLIPS.test(s.overflowY))) {
      const r = el.getBoundingClientRect();
      const own: Box = {
        left: CLIPS.test(s.overflowX) ? r.left + el.clientLeft : -Infinity,
        right: CLIPS.test(s.overflowX) ? r.left + el.clientLeft + el.clientWidth : Infinity,
        top: CLIPS.test(s.overflowY) ? r.top + el.clientTop : -Infinity,
        bottom: CLIPS.test(s.overflowY) ? r.top + el.clientTop + el.clientHeight : Infinity,
      };
      result = { clip: intersect(own, outer.clip), by: el, ...(outer.scroller && { scroller: outer.scroller }) };
    }
    this.content.set(el, result);
    return result;
  }
}

/** Fixed and sticky elements (the outermost ones) that cover part of the viewport while scrolling. */
export interface Obstruction {
  el: Element;
  /** Where it covers the viewport while stuck. */
  band: Box;
}

/** Candidates: elements positioned fixed or sticky, found once per state. */
export function findStuck(root: Element): Element[] {
  const out: Element[] = [];
  const all = root.ownerDocument.body?.querySelectorAll('*') ?? [];
  for (const el of all) {
    if (isForeign(el)) continue;
    const position = style(el).position;
    if ((position === 'fixed' || position === 'sticky') && !out.some((o) => o.contains(el))) out.push(el);
  }
  return out;
}

/** Where each stuck element covers the viewport (for sticky ones: where they stick). */
export function obstructions(stuck: readonly Element[]): Obstruction[] {
  const out: Obstruction[] = [];
  for (const el of stuck) {
    const s = style(el);
    if (s.visibility === 'hidden' || s.display === 'none' || parseFloat(s.opacity) === 0) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) continue;
    if (s.position === 'fixed') {
      out.push({ el, band: boxOf(r) });
    } else if (s.position === 'sticky') {
      const w = win(el.ownerDocument);
      if (s.top !== 'auto') {
        const top = parseFloat(s.top);
        out.push({ el, band: { left: r.left, right: r.right, top, bottom: top + r.height } });
      } else if (s.bottom !== 'auto') {
        const bottom = w.innerHeight - parseFloat(s.bottom);
        out.push({ el, band: { left: r.left, right: r.right, top: bottom - r.height, bottom } });
      }
    }
  }
  return out;
}

/** How far the page scrolls on each axis (measured by scrolling; the page is put back at its start). */
export function scrollRange(doc: Document): { x: number; y: number } {
  const w = win(doc);
  w.scrollTo(1e7, 1e7);
  const range = { x: Math.max(0, w.scrollX), y: Math.max(0, w.scrollY) };
  w.scrollTo(0, 0);
  return range;
}

/**
 * Whether scrolling the page can bring the centre of `box` (viewport coordinates with
 * the page at its start) into the viewport, clear of every obstruction. Returns the
 * obstruction in the way, `'outside'` when no scroll position shows it at all, or
 * undefined when it can be reached.
 */
export function unreachable(
  box: Box,
  view: Box,
  range: { x: number; y: number },
  bands: readonly Obstruction[],
  ltr = true,
): Obstruction | 'outside' | undefined {
  const cx = (box.left + box.right) / 2;
  const cy = (box.top + box.bottom) / 2;
  // Horizontally: scroll positions 0…range.x (or the mirror image in right-to-left pages).
  const xOk = ltr ? cx >= view.left && cx - view.right < range.x : cx < view.right && view.left - cx <= range.x;
  if (!xOk) return 'outside';
  if (cy < 0 || cy - view.bottom >= range.y) return 'outside';
  // Vertically: the viewport's free intervals, outside the bands that cover the centre's column.
  const covering = bands.filter((b) => b.band.left <= cx && cx <= b.band.right).sort((a, b) => a.band.top - b.band.top);
  let from = view.top;
  let blocker: Obstruction | undefined;
  for (const b of [...covering, undefined]) {
    const to = b ? Math.max(from, b.band.top) : view.bottom;
    // A free interval [from, to): some scroll position s in [0, range.y] puts cy - s inside it.
    if (to > from && cy - from >= 0 && cy - to < range.y) return undefined;
    if (b) {
      blocker ??= b;
      from = Math.max(from, b.band.bottom);
    }
  }
  return blocker ?? 'outside';
}

export const describeBy = (el: Element | null) => (el ? selectorFor(el) : 'the viewport');
