import { describe, warn } from '../internal/warn.js';

/** How urgently a screen reader should speak a message. */
export const POLITENESS = ['polite', 'assertive'] as const;
export type Politeness = (typeof POLITENESS)[number];

export interface AnnounceOptions {
  /** `'polite'` (default) waits until the user is idle; `'assertive'` interrupts and jumps the queue. */
  politeness?: Politeness;
  /** Milliseconds to wait before the message joins the queue. Default 0. */
  delay?: number;
  /** Drop every message still waiting and empty the live regions before this one. */
  clear?: boolean;
  /** Aborting drops the message if it has not been written yet (say, a delayed "Loading…" once loading is done). */
  signal?: AbortSignal;
}

export interface AnnouncerOptions {
  /** The document whose live regions are used. Default: the global `document`. */
  document?: Document;
  /** Milliseconds between creating a live region and the first write, so screen readers register it first. Default 250. */
  regionDelay?: number;
  /** Milliseconds between two writes, so each message is spoken. Default 250. */
  spacing?: number;
  /** Milliseconds after the last write before the regions are emptied (0 keeps the text). Default 7000. */
  clearAfter?: number;
}

export interface Announcer {
  /** Queues a message. Resolves `true` once it is in a live region, `false` if it was dropped (bad input, cleared, aborted, no DOM). */
  announce(message: string, options?: AnnounceOptions): Promise<boolean>;
  /** Drops every waiting message and empties the live regions. */
  clear(): void;
  /** `clear()`, then removes the live regions from the document. */
  destroy(): void;
}

interface Pending {
  text: string;
  assertive: boolean;
  /** Set once its delay has passed: it may be written. */
  ready?: boolean;
  timer?: ReturnType<typeof setTimeout>;
  done(written: boolean): void;
}

// Shown to assistive technology, not on screen. Inline `!important` beats
// any author stylesheet, and CSSOM writes are allowed under a strict CSP.
const SHOWN = 'display:block!important;visibility:visible!important;';
const VISUALLY_HIDDEN = `${SHOWN}position:absolute!important;width:1px!important;height:1px!important;overflow:hidden!important;clip-path:inset(50%)!important;white-space:nowrap!important`;

/** Creates an announcer with its own queue and live regions; `announce()` uses a shared one. */
export function createAnnouncer({ document: doc = globalThis.document, regionDelay = 250, spacing = 250, clearAfter = 7000 }: AnnouncerOptions = {}): Announcer {
  /** The polite region, then the assertive one (indexed by `assertive`). */
  const regions: HTMLElement[] = [];
  let pending: Pending[] = [];
  let host: HTMLElement | undefined;
  let readyAt = 0;
  let pumpTimer: ReturnType<typeof setTimeout> | undefined;
  let clearTimer: ReturnType<typeof setTimeout> | undefined;

  const wait = (ms: number) => void (pumpTimer = setTimeout(pump, ms));

  function pump(): void {
    pumpTimer = undefined;
    const next = pending.find((p) => p.ready && p.assertive) ?? pending.find((p) => p.ready);
    if (!next) return;
    // Screen readers ignore everything outside an open modal dialog, so the
    // regions follow the modal. A region that is new to the tree (first use,
    // moved, or dropped by a single-page app's re-render) needs a moment to be
    // registered before a change to it is spoken.
    const parent = openModal(doc!) ?? doc!.body ?? doc!.documentElement;
    const now = Date.now();
    if (host?.parentNode !== parent) {
      host ??= createHost(doc!, regions);
      parent.append(host);
      readyAt = now + regionDelay;
    }
    if (readyAt > now) return wait(readyAt - now);
    const region = regions[+next.assertive]!;
    // The same text again would not be a change, so it would not be spoken.
    region.textContent = next.text + (region.textContent === next.text ? '\u00A0' : '');
    next.done(true);
    clearTimeout(clearTimer);
    if (clearAfter > 0) clearTimer = setTimeout(emptyRegions, clearAfter);
    wait(spacing);
  }

  function emptyRegions(): void {
    for (const region of regions) region.textContent = '';
  }

  function clear(): void {
    for (const item of pending) item.done(false);
    clearTimeout(pumpTimer);
    pumpTimer = undefined;
    emptyRegions();
  }

  function announce(message: string, options: AnnounceOptions = {}): Promise<boolean> {
    return new Promise((resolve) => {
      const text = typeof message === 'string' ? message.trim() : '';
      if (__DEV__ && !text) warn('R001', `announce() needs a non-empty string; got ${describe(message)}.`);
      if (__DEV__ && text && !doc) warn('R004', 'announce() was called without a document (server-side?); nothing was announced.');
      const { delay = 0, signal } = options;
      if (!text || !doc || signal?.aborted) return resolve(false);
      const assertive = options.politeness === 'assertive';
      if (__DEV__ && !assertive && options.politeness !== 'polite' && options.politeness !== undefined) {
        warn('R002', `Unknown politeness ${describe(options.politeness)}; expected 'polite' or 'assertive'. Using 'polite'.`);
      }
      // A negative, NaN or infinite delay already means "now" to setTimeout; only say so in development.
      if (__DEV__ && !(delay >= 0 && delay < Infinity)) {
        warn('R003', `announce() delay must be a finite number of milliseconds >= 0; got ${describe(delay)}. Using 0.`);
      }
      if (options.clear) clear();
      const onAbort = () => item.done(false);

      const item: Pending = {
        text,
        assertive,
        done(written) {
          clearTimeout(item.timer);
          pending = pending.filter((p) => p !== item);
          signal?.removeEventListener('abort', onAbort);
          resolve(written);
        },
      };
      signal?.addEventListener('abort', onAbort);
      pending.push(item);
      const enqueue = () => {
        item.ready = true;
        if (!pumpTimer) pump();
      };
      if (delay > 0) item.timer = setTimeout(enqueue, delay);
      else enqueue();
    });
  }

  return {
    announce,
    clear,
    destroy() {
      clear();
      host?.remove();
    },
  };
}

/** `<reach-live-region>` holding one polite and one assertive region, added to `regions` in that order. */
function createHost(doc: Document, regions: HTMLElement[]): HTMLElement {
  const host = doc.createElement('reach-live-region');
  host.style.cssText = VISUALLY_HIDDEN;
  for (const politeness of POLITENESS) {
    const region = doc.createElement('div');
    regions.push(region);
    region.setAttribute('aria-live', politeness);
    region.setAttribute('aria-atomic', 'true');
    region.style.cssText = SHOWN;
    host.append(region);
  }
  return host;
}

/**
 * The open modal dialog, if any, preferring the innermost one that holds focus.
 * `:modal` matches a <dialog> opened with showModal(); `aria-modal` is the
 * author's word for a custom one, which counts while it is shown.
 */
function openModal(doc: Document): Element | undefined {
  const focused = doc.activeElement;
  let modal: Element | undefined;
  for (const el of doc.querySelectorAll('dialog:modal,[aria-modal="true"]')) {
    // checkVisibility() is missing in Safari < 17.4 and jsdom; `hidden` covers the common case there.
    const shown = el.checkVisibility?.() ?? !el.closest('[hidden]');
    if (shown && (!modal?.contains(focused) || el.contains(focused))) modal = el;
  }
  return modal;
}
