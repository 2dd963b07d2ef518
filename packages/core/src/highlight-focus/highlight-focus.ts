import type { Engine } from '../engine.js';
import { createDeepStyleEngine } from '../internal/deep-style-engine.js';

/**
 * A thick two-colour ring on whatever has keyboard focus (a black ring
 * between white ones, visible on light and dark, in every colour scheme),
 * and room around it when it scrolls into view, so a page's sticky header
 * does not cover it. Where the browser would not show focus (a mouse click
 * on a button), `:focus-visible` keeps it hidden, as the visitor expects.
 */
export const HIGHLIGHT_FOCUS_CSS = `@layer reach-highlight-focus{
:focus-visible{outline:4px solid #000!important;outline-offset:3px!important;box-shadow:0 0 0 3px #fff,0 0 0 10px #fff!important}
:focus{scroll-margin-block:max(6rem,20vh)!important}
}`;

export function createHighlightFocus(doc: Document = document): Engine<boolean> {
  return createDeepStyleEngine<boolean>(doc, (on) => (on === true ? HIGHLIGHT_FOCUS_CSS : ''));
}
