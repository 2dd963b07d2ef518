import type { Engine } from '../engine.js';
import { createStyleEngine } from '../internal/style-engine.js';

/**
 * WCAG 2.2 success criterion 1.4.12's text spacing, on all text: line height
 * 1.5 × the font size, paragraph spacing 2 ×, letter spacing 0.12 ×, word
 * spacing 0.16 ×. The declarations sit in a cascade layer and are
 * `!important`, which beats the page's own `!important` rules. Line clamps
 * are lifted so clamped text is not cut off by the taller lines; ligature icon
 * fonts keep their spacing, or their icons would turn into words.
 */
export const TEXT_SPACING_CSS = `@layer reach-text-spacing{
body,body *{line-height:1.5!important;letter-spacing:.12em!important;word-spacing:.16em!important;-webkit-line-clamp:none!important;line-clamp:none!important}
body p{margin-block-end:2em!important}
.material-icons,.material-icons-outlined,.material-icons-round,.material-icons-sharp,.material-symbols-outlined,.material-symbols-rounded,.material-symbols-sharp{letter-spacing:normal!important;word-spacing:normal!important}
}`;

export function createTextSpacing(doc: Document = document): Engine<boolean> {
  return createStyleEngine<boolean>(doc, (on) => (on === true ? TEXT_SPACING_CSS : ''));
}
