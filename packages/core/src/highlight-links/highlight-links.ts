import type { Engine } from '../engine.js';
import { createDeepStyleEngine } from '../internal/deep-style-engine.js';

/**
 * Every link (`:any-link`, and `role="link"`) underlined and ringed in black
 * and white: whatever the page's (or a colour scheme's) colours, one of the
 * two rings stands out at 4.5:1 or more against what surrounds it (no colour
 * is under 4.5:1 against both black and white), so a link never relies on
 * colour alone. In a cascade layer and `!important`, over the page's own
 * `!important` rules; in open shadow roots too; Reachable's own UI is left alone.
 */
export const HIGHLIGHT_LINKS_CSS = `@layer reach-highlight-links{
:any-link,[role=link]{text-decoration-line:underline!important;text-decoration-thickness:max(2px,.1em)!important;text-underline-offset:.2em!important;outline:2px solid #000!important;outline-offset:1px!important;box-shadow:0 0 0 5px #fff!important;border-radius:2px}
}`;

export function createHighlightLinks(doc: Document = document): Engine<boolean> {
  return createDeepStyleEngine<boolean>(doc, (on) => (on === true ? HIGHLIGHT_LINKS_CSS : ''));
}
