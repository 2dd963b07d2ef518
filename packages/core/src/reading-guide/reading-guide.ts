import { mountOwnUi } from '../dom/mount.js';
import type { Engine } from '../engine.js';
import { READING_GUIDES, type ReadingGuide } from '../preferences/schema.js';

/**
 * The guide's look. It never takes a click (`pointer-events: none`), is not
 * magnified by Reachable's page zoom (its coordinates are the viewport's),
 * follows the visitor's text size, and keeps system colours under forced colours.
 */
const GUIDE_CSS = `:host{all:initial!important;position:fixed!important;inset:0!important;pointer-events:none!important;z-index:2147483000!important;zoom:var(--reach-unzoom,1)!important;font-size:calc(16px * var(--reach-font-scale,1))!important;contain:strict}
[hidden]{display:none!important}
div{position:absolute;left:0;top:0;box-sizing:border-box;will-change:transform}
.band{right:0;height:2.4em;margin-top:-1.2em;background:rgb(255 214 0/.22);border-block:2px solid #000;box-shadow:0 -2px 0 #fff,0 2px 0 #fff}
.mask{right:0;height:3.6em;margin-top:-1.8em;box-shadow:0 0 0 100vmax rgb(0 0 0/.6)}
.h{right:0;height:0;border-top:2px solid #000;box-shadow:0 0 0 1px #fff}
.v{bottom:0;width:0;border-left:2px solid #000;box-shadow:0 0 0 1px #fff}
@media (forced-colors:active){.band,.h,.v,.mask{border-color:Highlight;forced-color-adjust:none}.band{background:transparent}.mask{border-block:2px solid Highlight}}`;

/**
 * WebKit's legacy `zoom` gives an element's rectangle in its own zoomed pixels
 * (a page zoomed by Reachable looks unmagnified): scaled here by the zooms
 * above it. 1 where `zoom` is standard (`currentCSSZoom`: Chromium, Firefox).
 */
function legacyZoom(el: Element): number {
  if ((el as { currentCSSZoom?: number }).currentCSSZoom !== undefined) return 1;
  let zoom = 1;
  for (let node: Element | null = el; node; node = node.parentElement) zoom *= parseFloat(getComputedStyle(node).zoom) || 1;
  return zoom;
}

/**
 * The reading guide (阅读辅助线 / 十字线): `line`, a band across the page at
 * the pointer's height; `crosshair`, full-width and full-height lines through
 * the pointer; `mask`, the page dimmed but for a band around the pointer. It
 * follows the pointer, a tap, and keyboard focus (the band moves to the
 * focused element). Clicks, scrolling, selection and touch go through it to
 * the page. Pointer movements are drawn once per animation frame, with no
 * layout read; the focused element's rectangle is read when the guide is
 * drawn, and again when the page scrolls, until the pointer moves. 'off'
 * removes it and its listeners.
 */
export function createReadingGuide(doc: Document = document): Engine<ReadingGuide> {
  const win = doc.defaultView!;
  let host: HTMLElement | undefined;
  let parts: Record<'band' | 'mask' | 'h' | 'v', HTMLElement> | undefined;
  let x = 0;
  let y = 0;
  let frame = 0;

  /**
   * The element focus moved to, which the guide marks until the pointer moves:
   * measured when drawn (after the browser has scrolled it into view), and
   * again when the page scrolls.
   */
  let focused: Element | undefined;

  const draw = () => {
    frame = 0;
    if (!parts) return;
    if (focused) {
      const rect = focused.getBoundingClientRect();
      const zoom = legacyZoom(focused);
      x = (rect.left + rect.width / 2) * zoom;
      y = (rect.top + rect.height / 2) * zoom;
    }
    parts.band.style.transform = parts.mask.style.transform = parts.h.style.transform = `translateY(${y}px)`;
    parts.v.style.transform = `translateX(${x}px)`;
  };
  const moveTo = (nx: number, ny: number) => {
    x = nx;
    y = ny;
    focused = undefined;
    frame ||= win.requestAnimationFrame(draw);
  };
  const onPointer = (event: PointerEvent) => moveTo(event.clientX, event.clientY);
  const onScroll = () => {
    if (focused) frame ||= win.requestAnimationFrame(draw);
  };
  const onFocus = (event: FocusEvent) => {
    const target = event.composedPath()[0];
    if (!(target instanceof win.Element) || target === doc.body) return;
    focused = target;
    frame ||= win.requestAnimationFrame(draw);
  };

  const mount = () => {
    const { host: mounted, root } = mountOwnUi(doc, 'reach-reading-guide', GUIDE_CSS);
    host = mounted;
    const part = (name: string) => {
      const el = doc.createElement('div');
      el.className = name;
      root.append(el);
      return el;
    };
    parts = { band: part('band'), mask: part('mask'), h: part('h'), v: part('v') };
    for (const type of ['pointermove', 'pointerdown'] as const) doc.addEventListener(type, onPointer, { passive: true, capture: true });
    doc.addEventListener('focusin', onFocus, true);
    doc.addEventListener('scroll', onScroll, { passive: true, capture: true });
    moveTo(win.innerWidth / 2, win.innerHeight / 2);
  };

  const off = () => {
    win.cancelAnimationFrame(frame);
    frame = 0;
    host?.remove();
    host = parts = focused = undefined;
    for (const type of ['pointermove', 'pointerdown'] as const) doc.removeEventListener(type, onPointer, { capture: true });
    doc.removeEventListener('focusin', onFocus, true);
    doc.removeEventListener('scroll', onScroll, { capture: true });
  };

  return {
    apply(value) {
      if (value === 'off' || !READING_GUIDES.includes(value)) return off();
      if (!parts) mount();
      parts!.band.hidden = value !== 'line';
      parts!.mask.hidden = value !== 'mask';
      parts!.h.hidden = parts!.v.hidden = value !== 'crosshair';
    },
    destroy: off,
  };
}
