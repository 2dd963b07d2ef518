import { adoptSheet, type OwnedSheet } from '@reachable/core/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The bar layout's room at the top of the page: while the bar shows, the
 * page's own padding-top (and scroll-padding-top, so anchors and focused
 * elements land below the bar) grows by the bar's height, followed as the bar
 * resizes; when it closes, or the toolbar leaves the page, the page is as it was.
 */
export class BarLayoutController implements ReactiveController {
  #active = false;
  #sheet?: OwnedSheet;
  /** The window's resize listener, while the bar takes room. */
  #listening?: AbortController;
  /** The frame that measures the bar, and the room last written in px (-1: none yet). */
  #frame = 0;
  #px = -1;
  /** The page's own padding-top and scroll-padding-top, which the bar adds to. */
  #pagePadding: [string, string] = ['0px', '0px'];

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #bar: () => HTMLElement | null;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    bar: () => HTMLElement | null,
  ) {
    this.#host = host;
    this.#bar = bar;
    host.addController(this);
  }

  /** Makes room for the bar, or gives it back. */
  show(active: boolean): void {
    this.#active = active;
    if (active) this.#push();
    else this.#release();
  }

  // Back in the page after a body swap, an open bar makes room again.
  hostConnected(): void {
    if (this.#active) this.#push();
  }

  hostDisconnected(): void {
    this.#release();
  }

  // What the toolbar renders (a language, a setting shown while an aid is on) may change the bar's height.
  hostUpdated(): void {
    if (this.#sheet) this.#measure();
  }

  #push(): void {
    if (this.#sheet || !this.#bar()) return;
    const doc = this.#host.ownerDocument;
    const { paddingTop, scrollPaddingTop } = getComputedStyle(doc.documentElement);
    this.#pagePadding = [paddingTop, scrollPaddingTop === 'auto' ? '0px' : scrollPaddingTop];
    this.#sheet = adoptSheet(doc);
    this.#listening = new AbortController();
    doc.defaultView!.addEventListener('resize', this.#measure, { passive: true, signal: this.#listening.signal });
    this.#measure();
  }

  /**
   * The bar is measured in the frame after whatever may change its height
   * (what the toolbar renders, the window's width, and the room itself, which
   * may bring a scrollbar that narrows the bar so its buttons wrap), before
   * that frame's changes, so the read finds the layout already done. Not
   * with a ResizeObserver: WebKit lays a page out again for a scrollbar the
   * room brought in between an observer's callbacks and its next look, and
   * the page then hears "ResizeObserver loop completed with undelivered
   * notifications". The caption bar measures itself the same way
   * (core/src/caption-bar/caption-bar.ts).
   */
  readonly #measure = () => {
    this.#frame ||= this.#host.ownerDocument.defaultView!.requestAnimationFrame(() => this.#size());
  };

  /**
   * The bar is not zoomed and the root is: its height counts in the root's
   * px, so it is undone by Reachable's page zoom factor in CSS, and a zoom
   * change needs no script.
   */
  #size(): void {
    this.#frame = 0;
    const bar = this.#bar();
    if (!bar || !this.#sheet) return;
    const { top, height } = bar.getBoundingClientRect();
    // On a phone the bar is a sheet over the bottom of the page, which keeps its own room.
    const px = top > 0 ? 0 : Math.ceil(height);
    if (px === this.#px) return;
    const [padding, scrollPadding] = this.#pagePadding;
    const room = `${(this.#px = px)}px * var(--reach-unzoom, 1)`;
    this.#sheet.replace(px ? `html{padding-top:calc(${padding} + ${room})!important;scroll-padding-top:calc(${scrollPadding} + ${room})!important}` : '');
    this.#measure();
  }

  #release(): void {
    this.#host.ownerDocument.defaultView?.cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#px = -1;
    this.#listening?.abort();
    this.#listening = undefined;
    this.#sheet?.remove();
    this.#sheet = undefined;
  }
}
