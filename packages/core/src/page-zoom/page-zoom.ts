import type { Engine } from '../engine.js';
import { createStyleEngine } from '../internal/style-engine.js';

/**
 * Magnifies the whole layout (页面缩放) by `zoom` (1 = off), like the browser's
 * own zoom: CSS `zoom` on the root element, so the page reflows into the
 * narrower space instead of being cut off at the left or top, fixed and sticky
 * elements keep working, and it composes with font scaling. `--reach-unzoom`
 * (inherited) is the factor that undoes it, for Reachable's own UI, which the
 * aids never restyle.
 */
export function createPageZoom(doc: Document = document): Engine<number> {
  return createStyleEngine<number>(doc, (zoom) =>
    zoom > 1 && zoom <= 10 ? `@layer reach-page-zoom{html{zoom:${zoom}!important;--reach-unzoom:${1 / zoom}}}` : '',
  );
}
