import { constructSheet } from '../internal/owned-sheet.js';
import { markOwnUi } from './own-ui.js';

/**
 * Adds an element of Reachable's own UI to the page, for what an aid draws
 * over it (the reading guide, read-aloud's mark, reading mode's view): a
 * marked `<reach-…>` element at the end of the body, its parts in an open
 * shadow root styled by `css` alone. The caller removes `host` when done.
 */
export function mountOwnUi(doc: Document, tag: `reach-${string}`, css: string): { host: HTMLElement; root: ShadowRoot; sheet: CSSStyleSheet } {
  const host = doc.createElement(tag);
  markOwnUi(host);
  const root = host.attachShadow({ mode: 'open' });
  const sheet = constructSheet(doc, css);
  root.adoptedStyleSheets = [sheet];
  (doc.body ?? doc.documentElement).append(host);
  return { host, root, sheet };
}
