import type { Engine } from '../engine.js';
import { adoptSheet, type OwnedSheet } from './owned-sheet.js';

/**
 * An engine that is nothing but a stylesheet: `cssFor(value)` gives the CSS
 * for a value, or '' for off. A change replaces the sheet's text (no work per
 * element); off removes the sheet, leaving the page exactly as it was.
 */
export function createStyleEngine<T>(doc: Document, cssFor: (value: T) => string): Engine<T> {
  let sheet: OwnedSheet | undefined;
  const off = () => {
    sheet?.remove();
    sheet = undefined;
  };
  return {
    apply(value) {
      const css = cssFor(value);
      if (!css) off();
      else if (sheet) sheet.replace(css);
      else sheet = adoptSheet(doc, css);
    },
    destroy: off,
  };
}
