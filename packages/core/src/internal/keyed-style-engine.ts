import type { Engine } from '../engine.js';
import { createDeepStyleEngine } from './deep-style-engine.js';
import { adoptSheet, type OwnedSheet } from './owned-sheet.js';

/**
 * An engine with a few named values (colour schemes, filters) whose switch
 * costs what the page's own switch would. The document gets one sheet with
 * every value, each scoped under its own attribute on the root
 * (`html[data-reach-color-scheme-yellow-on-black]`), and a change only moves
 * that attribute: the browser restyles as it would for a class on the root.
 * Rewriting a stylesheet instead makes it rebuild its rule sets and restyle
 * everything, 2–3× slower on a large page. One attribute *name* per value,
 * not one attribute with several values: the browser's ancestor filter knows
 * names, so the other values' rules are rejected at once. Open shadow roots
 * cannot see the root's attribute, so they get the unscoped CSS of the value in
 * force (see createDeepStyleEngine). `cssFor(value, root)` gives the CSS of a
 * value under the `root` selector, or unscoped when `root` is ''.
 */
export function createKeyedStyleEngine<T extends string>(
  doc: Document,
  attribute: string,
  values: readonly T[],
  cssFor: (value: T, root: string) => string,
): Engine<T> {
  const shadows = createDeepStyleEngine<T>(doc, (value) => cssFor(value, ''), { inDocument: false });
  let sheet: OwnedSheet | undefined;
  const name = (value: T) => `${attribute}-${value}`;
  const clear = () => {
    for (const v of values) doc.documentElement.removeAttribute(name(v));
  };
  const off = () => {
    clear();
    sheet?.remove();
    sheet = undefined;
  };
  return {
    apply(value) {
      shadows.apply(value);
      if (!values.includes(value)) return off();
      sheet ??= adoptSheet(doc, values.map((v) => cssFor(v, `html[${name(v)}]`)).join('\n'));
      clear();
      doc.documentElement.setAttribute(name(value), '');
    },
    destroy() {
      shadows.destroy();
      off();
    },
  };
}
