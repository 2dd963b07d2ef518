import type { Engine } from '../engine.js';
import { createKeyedStyleEngine } from '../internal/keyed-style-engine.js';
import type { ColorFilter } from '../preferences/schema.js';

/** The CSS filter of each colour filter. */
export const FILTERS: Readonly<Record<Exclude<ColorFilter, 'none'>, string>> = {
  invert: 'invert(1) hue-rotate(180deg)',
  grayscale: 'grayscale(1)',
  'low-saturation': 'saturate(0.4)',
};

// An inline background image; not on body, whose background is the canvas's (and a filter there would undo the root's).
const BG = ':not(body)[style*="url("]';
// Media drawn by the page: re-inverted, so under invert they look as they are. Not inside an element
// already re-inverted, where a second re-inversion would undo the first.
const MEDIA = `:is(img,video,canvas,iframe,embed,object,svg image,${BG}):not(${BG} *)`;
// The top layer (modal dialogs, popovers, fullscreen) is drawn outside the root, so the root's filter misses it.
const TOP = ':is(dialog:modal,:popover-open,:fullscreen)';

/**
 * The stylesheet of a filter, or '' for 'none'. `paintsCanvas`: whether the
 * page paints its own canvas background (body's background propagates to it).
 */
export function colorFilterCss(filter: ColorFilter, paintsCanvas = true, root = ''): string {
  const value = FILTERS[filter as Exclude<ColorFilter, 'none'>];
  if (!value) return '';
  const html = root || 'html';
  const within = root ? `${root} ` : '';
  const media = `${within}${MEDIA}`;
  const invert =
    filter === 'invert'
      ? `${media}{filter:${value}!important}${media}${TOP}{filter:none!important}${paintsCanvas ? '' : `${html}{background-color:Canvas}`}`
      : '';
  return `@media (forced-colors:none){@layer reach-color-filter{${html},${within}${TOP},${within}::backdrop{filter:${value}!important}${invert}}}`;
}

/**
 * Colour filters (反色 / 灰度 / 低饱和度) on the whole page: a CSS filter on
 * the root element only, which in Chromium, as the Filter Effects spec asks,
 * keeps `position: fixed` and `sticky` working (a filter on any other element
 * would make it the containing block of its fixed descendants). Under invert,
 * images, video, canvas and embeds are inverted back. 'none' is off.
 */
export function createColorFilter(doc: Document = document): Engine<ColorFilter> {
  // A page without a background shows the browser's canvas, which a root filter does not reach:
  // inverted text would be white on white. The root painted Canvas (at normal priority in the
  // layer, so a page's own root background still wins) is inverted with the rest.
  const paintsCanvas = () => {
    const body = doc.body && doc.defaultView?.getComputedStyle(doc.body);
    return !body || body.backgroundColor !== 'rgba(0, 0, 0, 0)' || body.backgroundImage !== 'none';
  };
  // Only the document's sheet (scoped under `root`, built once per enable) needs to know: shadow roots
  // have no canvas, and reading computed style there would force a restyle on every switch to invert.
  return createKeyedStyleEngine<ColorFilter>(doc, 'data-reach-color-filter', Object.keys(FILTERS) as ColorFilter[], (filter, root) =>
    colorFilterCss(filter, !root || filter !== 'invert' || paintsCanvas(), root),
  );
}
