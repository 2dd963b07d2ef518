import { OWN_UI_SELECTOR } from '../dom/own-ui.js';
import type { Engine } from '../engine.js';
import { createKeyedStyleEngine } from '../internal/keyed-style-engine.js';
import type { ColorScheme } from '../preferences/schema.js';

/**
 * Each scheme's [text, background, link, visited link] colours. The link
 * colour also draws the focus outline. Every colour is at least 7:1 against
 * the background (checked by color-scheme.test.ts; ratios in docs/color.md).
 */
export const SCHEME_COLORS: Readonly<Record<Exclude<ColorScheme, 'default'>, readonly [string, string, string, string]>> = {
  'white-on-black': ['#fff', '#000', '#ff0', '#f9f'],
  'yellow-on-black': ['#ff0', '#000', '#0ff', '#f9f'],
  'black-on-yellow': ['#000', '#ff0', '#00c', '#606'],
  'black-on-white': ['#000', '#fff', '#00c', '#606'],
  'white-on-blue': ['#fff', '#002b80', '#ff0', '#fcf'],
};

/** A scheme's text, background, link and visited-link colours; undefined for 'default'. */
export const colorsOf = (scheme: ColorScheme) => SCHEME_COLORS[scheme as Exclude<ColorScheme, 'default'>] as (typeof SCHEME_COLORS)['white-on-black'] | undefined;

// Everything but artwork (kept as drawn; icons inherit `color` for currentColor) and Reachable's own UI.
const X = `:not(img,svg,svg *,video,canvas,picture,iframe,object,embed,${OWN_UI_SELECTOR},${OWN_UI_SELECTOR} *)`;

/**
 * The stylesheet of a scheme, or '' for 'default' (off). Declarations sit in
 * a cascade layer and are `!important`, which beats the page's own unlayered
 * `!important` rules. `:where()` keeps specificity 0, so the few later rules
 * (root, links, focus) win over the catch-all. Every element gets the scheme
 * background, opaque, so text always sits on it; elements with content lose
 * their background images (empty ones, usually icons, keep them). Colour is
 * inherited from the root, so link descendants take the link colour.
 * Pseudo-elements turn transparent rather than opaque: an opaque overlay
 * (Bootstrap's `.stretched-link::after`) would hide what it covers. Text
 * fill is reset for gradient text (`background-clip: text`). Under forced
 * colours the OS has chosen already, and the sheet does nothing.
 */
export function colorSchemeCss(scheme: ColorScheme, root = ''): string {
  const colors = colorsOf(scheme);
  if (!colors) return '';
  const [text, background, link, visited] = colors;
  // Native controls and scrollbars follow: dark for the backgrounds written #0…
  const native = background[1]! < '8' ? 'dark' : 'light';
  // Scoped under the root's attribute (in the document), or not at all (in shadow roots).
  const all = root ? `${root},${root} :where(${X})` : `:where(${X})`;
  const any = root ? `${root} :where(${X})` : `:where(${X})`;
  const top = root || ':root';
  const within = root ? `${root} ` : '';
  return `@media (forced-colors:none){@layer reach-color-scheme{
${all}{color:inherit!important;-webkit-text-fill-color:currentColor!important;background-color:${background}!important;border-color:currentColor!important;text-shadow:none!important}
${any}:not(:empty){background-image:none!important}
${any}::before,${any}::after{color:inherit!important;background:none!important;text-shadow:none!important}
${top}{color:${text}!important;color-scheme:${native}!important}
${any}:link{color:${link}!important;text-decoration:underline!important}
${any}:visited{color:${visited}!important}
${within}::placeholder{color:inherit!important;opacity:1!important}
${within}::selection{color:${background}!important;background-color:${text}!important}
${any}:focus-visible{outline:3px solid ${link}!important;outline-offset:2px!important}
}}`;
}

/**
 * High-contrast colour schemes (配色 / 高对比度): text, links, form fields,
 * selection and focus at 7:1 or more on one background, over the page's own
 * `!important` colours, in open shadow roots too. Images, video, canvas,
 * iframes and SVG artwork are left as they are. 'default' is off.
 */
export function createColorScheme(doc: Document = document): Engine<ColorScheme> {
  return createKeyedStyleEngine<ColorScheme>(doc, 'data-reach-color-scheme', Object.keys(SCHEME_COLORS) as ColorScheme[], colorSchemeCss);
}

/** True when the OS forces its own colours (Windows contrast themes): schemes and filters then do nothing. */
export function colorsForced(win: Pick<Window, 'matchMedia'> = window): boolean {
  return !!win.matchMedia?.('(forced-colors: active)').matches;
}

/** When colour schemes and filters cannot work: the system's colours win, and the toolbar says so. */
export const UNDER_FORCED_COLORS = {
  reason: 'forcedColors',
  when: (doc: Document) => colorsForced(doc.defaultView ?? undefined),
  watch(doc: Document, changed: () => void) {
    const query = doc.defaultView?.matchMedia?.('(forced-colors: active)');
    query?.addEventListener('change', changed);
    return () => query?.removeEventListener('change', changed);
  },
} as const;
