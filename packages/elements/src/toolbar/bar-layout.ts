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
  #observer?: ResizeObserver;
  /** The frame that writes the room. */
  #frame = 0;
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

  #push(): void {
    const bar = this.#bar();
    if (this.#observer || !bar) return;
    const doc = this.#host.ownerDocument;
    const { paddingTop, scrollPaddingTop } = getComputedStyle(doc.documentElement);
    this.#pagePadding = [paddingTop, scrollPaddingTop === 'auto' ? '0px' : scrollPaddingTop];
    this.#sheet = adoptSheet(doc);
    this.#observer = new ResizeObserver(() => this.#size(bar));
    this.#observer.observe(bar);
  }

  /**
   * The bar is not zoomed and the root is: its height counts in the root's
   * px, so it is undone by Reachable's page zoom factor in CSS, and a zoom
   * change needs no script. The room is written in the next frame, not from
   * the observer: room that gives the page a scrollbar narrows the bar, whose
   * buttons may then wrap to another row, and a second resize in the same
   * frame reaches the page as an error ("ResizeObserver loop completed with
   * undelivered notifications"). The caption bar makes its room the same way
   * (core/src/caption-bar/caption-bar.ts).
   */
  #size(bar: HTMLElement): void {
    const { top, height: px } = bar.getBoundingClientRect();
    const height = `${Math.ceil(px)}px * var(--reach-unzoom, 1)`;
    const [padding, scrollPadding] = this.#pagePadding;
    const win = this.#host.ownerDocument.defaultView!;
    win.cancelAnimationFrame(this.#frame);
    // On a phone the bar is a sheet over the bottom of the page, which keeps its own room.
    this.#frame = win.requestAnimationFrame(() =>
      this.#sheet?.replace(top > 0 ? '' : `html{padding-top:calc(${padding} + ${height})!important;scroll-padding-top:calc(${scrollPadding} + ${height})!important}`),
    );
  }

  #release(): void {
    this.#host.ownerDocument.defaultView?.cancelAnimationFrame(this.#frame);
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#sheet?.remove();
    this.#sheet = undefined;
  }
}
