// Boxes as the visitor sees them, in every engine. Engines with the standard
// CSS `zoom` (Chromium from 128, Firefox from 126) give getBoundingClientRect()
// in the viewport's pixels; WebKit still gives the legacy figures, in the
// element's own zoomed pixels, so a box in a zoomed page looks unmagnified.
// Its drawing is magnified all the same: this scales such figures by every zoom
// from the root down (an unzoomed page is measured as it always was).

/** The product of the `zoom` of `el` and its ancestors (across shadow roots) in an engine with the legacy zoom; 1 elsewhere. */
export function legacyZoomOf(el: Element): number {
  if ('currentCSSZoom' in Element.prototype) return 1;
  let zoom = 1;
  for (let node: Element | null = el; node; node = node.parentElement ?? (((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null)) {
    zoom *= parseFloat(getComputedStyle(node).zoom) || 1;
  }
  return zoom;
}

/** `el.getBoundingClientRect()` as drawn on screen, in CSS pixels of the viewport. */
export function visualRect(el: Element): DOMRect {
  const rect = el.getBoundingClientRect();
  const zoom = legacyZoomOf(el);
  return new DOMRect(rect.x * zoom, rect.y * zoom, rect.width * zoom, rect.height * zoom);
}
