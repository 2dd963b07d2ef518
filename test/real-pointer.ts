// Hover tests send their own pointer events. The real mouse rests wherever an earlier test (a toolbar
// test's click) left it, and the browser sends real pointer events to whatever is under it: one arriving
// after a test's own event is a move elsewhere, and the caption bar showed that instead (seen once in
// three local runs of the browser tier without this guard).
import { afterEach, beforeEach } from 'vitest';

const TYPES = ['pointerover', 'pointerout', 'pointermove', 'pointerenter', 'pointerleave', 'mouseover', 'mouseout', 'mousemove'];

/** Keeps real (trusted) pointer movement from the page during each test: only the events a test sends arrive. */
export function withoutRealPointer(): void {
  const stop = (event: Event) => event.isTrusted && event.stopImmediatePropagation();
  beforeEach(() => {
    for (const type of TYPES) window.addEventListener(type, stop, { capture: true });
  });
  afterEach(() => {
    for (const type of TYPES) window.removeEventListener(type, stop, { capture: true });
  });
}
