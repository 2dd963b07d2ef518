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

/** A constructed stylesheet for `doc`: one can only be adopted by documents of the realm that made it. */
export function constructSheet(doc: Document, css: string): CSSStyleSheet {
  const sheet = new (doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet)();
  sheet.replaceSync(css);
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
    replace: (text) => sheet.replaceSync(text),
    remove() {
      host.adoptedStyleSheets = host.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
