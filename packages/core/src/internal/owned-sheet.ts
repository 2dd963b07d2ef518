/** A stylesheet Reachable adds to a document or shadow root, and can take away again. */
export interface OwnedSheet {
  /** Replaces the whole sheet's text. */
  replace(css: string): void;
  readonly sheet: CSSStyleSheet;
  remove(): void;
}

type SheetHost = Document | ShadowRoot;

/** Every sheet Reachable made: the engines that read the page's sheets leave these alone. */
const owned = new WeakSet<CSSStyleSheet>();
export const isOwnedSheet = (sheet: CSSStyleSheet) => owned.has(sheet);

/**
 * The cascade layers that must win over other aids', stated at the top of
 * every sheet Reachable writes. Every aid's rules are `!important`, and among
 * `!important` rules the layer named first wins; the first sheet in the
 * cascade names the order. So the focus ring and the link rings show over a
 * colour scheme's focus and link colours whichever aid was turned on first.
 * Other layers need no place here: they take theirs as they come.
 */
const LAYER_ORDER = '@layer reach-highlight-focus,reach-highlight-links;';

/** Writes a sheet of Reachable's, its layer order first. */
export const writeSheet = (sheet: CSSStyleSheet, css: string): void => sheet.replaceSync(LAYER_ORDER + css);

/** A constructed stylesheet for `doc`: one can only be adopted by documents of the realm that made it. */
export function constructSheet(doc: Document, css: string): CSSStyleSheet {
  const sheet = new (doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet)();
  writeSheet(sheet, css);
  owned.add(sheet);
  return sheet;
}

/**
 * Adds a constructed stylesheet after the host's own sheets. Adopted sheets
 * need no <style> element, so strict Content-Security-Policies (no
 * 'unsafe-inline') allow them and the host's DOM is untouched.
 */
export function adoptSheet(host: SheetHost, css = ''): OwnedSheet {
  const sheet = constructSheet('defaultView' in host ? host : host.ownerDocument, css);
  host.adoptedStyleSheets = [...host.adoptedStyleSheets, sheet];
  return {
    sheet,
    replace: (text) => writeSheet(sheet, text),
    remove() {
      host.adoptedStyleSheets = host.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
