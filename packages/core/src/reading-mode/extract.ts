/**
 * Never reading matter, wherever they are: code, embedded and interactive
 * content, navigation, sidebars, forms, other dialogs and Reachable's own UI
 * (every `reach-*` element: see own-ui.ts). What browsers never render
 * (`<template>`, `<noscript>`, `<meta>`…) is left out by its `display: none`.
 */
const SKIP_TAGS = /^(script|style|iframe|object|embed|video|audio|canvas|svg|math|form|button|input|select|textarea|nav|aside|dialog|reach-.*)$/;
/**
 * Page furniture by its role (navigation, banner, footer, search, sidebar,
 * menu), or, on sites without semantic markup, by a class or id word
 * (`div#header`, `div.ad-box`, `ul.share`): whole words, or the start of one
 * (`ad-`, `comment_`), so `article-header` or `shadow` never match.
 */
const CLUTTER = /(^|\s)((navigation|complementary|search|banner|contentinfo|dialog|menu|header|footer|nav|sidebar|(bread)?crumbs?|copyright|ads?|adv\w*|sponsor\w*|promo\w*|comments?|share|social|related|recommend\w*)(\s|$)|(ads?|comment|share|related)[-_])/i;
/** `header` and `footer` not inside a sectioning element are the page's banner and footer (as for HTML-AAM). */
const PAGE_LEVEL = 'article,main,section,[role=main],[role=article]';
/** Elements copied as themselves (others become a `div` if they are blocks, else give only their content). */
const SAME = /^(p|h[1-6]|[uo]l|li|d[ltd]|blockquote|pre|figure|figcaption|table|caption|t(head|body|foot|[rhd])|[bh]r|strong|em|[bisq]|code|su[bp]|mark|del|ins)$/;
/** Table parts: the search for the content steps through them, to a cell. */
const TABLE = /^t(able|head|body|foot|r)$/;
/** May stay empty: they are what they show (a line break, a rule) or hold a table's shape. */
const EMPTY_OK = /^(br|hr|img|td|th)$/;
// Tested for each element: made once, not at each test.
const BANNER = /^(header|footer)$/;
const HEADING = /^h[1-6]$/;
const INLINE = /^(inline|contents)/;
/** Links that open something safe in the visitor's hands. */
const SAFE_LINK = /^(https?|mailto|tel):$/;

/**
 * The page's readable content: its main heading's element, and a copy of its
 * main content.
 *
 * The content is the page's `main` (or `role="main"`), narrowed to an
 * `article` holding most of its text; without `main`, the largest block of
 * text, found by stepping down from the body into whichever child holds more
 * than half of the text (link text, furniture and hidden content not
 * counted), through table layouts, stopping at an `article` or a text block.
 * The heading is the content's first `h1`, else the page's first outside its
 * furniture; it is the view's title, so the copy leaves it out.
 *
 * The copy is made of elements created by `doc.createElement` from an
 * allow-list, holding the text of the page's text nodes and nothing else of
 * the page but a link's address (http(s), mailto and tel, resolved; never
 * `javascript:`; a link within this page, `#` too, is only its text), an image's
 * address (http(s) only, else the image is its text alternative) and text
 * alternative, and a table cell's span. No attribute, style, handler or
 * markup of the page is copied, so nothing of the page runs in it. Headings
 * are renumbered from `h2` down without skipping a level (the view's own
 * heading is the `h1`). Each element's style is read once, no layout.
 */
export function extract(doc: Document): { heading?: HTMLElement; body: DocumentFragment } {
  const styles = new Map<Element, CSSStyleDeclaration | null>();
  /** The style of an element that is shown and may be reading matter; null when it and all in it are left out. Read once. */
  const shown = (el: Element): CSSStyleDeclaration | null => {
    let style = styles.get(el);
    if (style !== undefined) return style;
    const name = el.localName;
    // Attributes are read only where there are some: most elements of a page have none.
    style =
      SKIP_TAGS.test(name) ||
      (el.hasAttributes() &&
        ((el as HTMLElement).hidden || (el as HTMLElement).inert || el.ariaHidden === 'true' || CLUTTER.test(`${el.getAttribute('class')} ${el.id} ${el.getAttribute('role')}`))) ||
      (BANNER.test(name) && !el.parentElement?.closest(PAGE_LEVEL)) ||
      // The inside of a closed <details>, but for its summary.
      ((el.parentElement as HTMLDetailsElement | null)?.open === false && name !== 'summary')
        ? null
        : getComputedStyle(el);
    if (style?.display === 'none' || style?.visibility === 'hidden') style = null;
    styles.set(el, style);
    return style;
  };
  /** Whether `el` is left out, or inside something that is. */
  const leftOut = (el: Element | null): boolean => !!el && el !== doc.body && (!shown(el) || leftOut(el.parentElement));

  // ——— where the content is ———
  const main = [...doc.querySelectorAll('main,[role=main]')].find((el) => !leftOut(el));
  const root = main ?? doc.body ?? doc.documentElement;
  const sizes = new Map<Element, number>();
  const measure = (el: Element, inLink: boolean): number => {
    let size = 0;
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) size += inLink ? 0 : (node as Text).data.trim().length;
      else if (node.nodeType === 1 && shown(node as Element)) size += measure(node as Element, inLink || (node as Element).localName === 'a');
    }
    sizes.set(el, size);
    return size;
  };
  measure(root, false);
  let node = root;
  let best = root;
  while (!node.matches('article,[role=article]') || node === root) {
    const half = sizes.get(node)! / 2;
    const next = [...node.children].find((child) => (sizes.get(child) ?? 0) > half && (!SAME.test(child.localName) || /^t(able|head|body|foot|r|d)$/.test(child.localName)));
    if (!next) break;
    node = next;
    if (!TABLE.test(node.localName)) best = node;
  }
  // A site's own `main` is trusted as a whole unless an article in it holds most of its text.
  const content = main && !best.matches('article,[role=article]') ? main : best;
  const heading = [...content.querySelectorAll('h1'), ...doc.querySelectorAll('h1')].find((h) => !leftOut(h)) as HTMLElement | undefined;

  // ——— the copy ———
  const page = doc.URL.split('#')[0]!;
  let level = 1;
  const copy = (from: Element, to: Element | DocumentFragment) => {
    for (let node = from.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        to.appendChild(doc.createTextNode((node as Text).data));
        continue;
      }
      const style = node.nodeType === 1 && node !== heading && shown(node as Element);
      if (!style) continue;
      const el = node as HTMLElement;
      let name = el.localName;
      if (name === 'img') {
        const { alt } = el as HTMLImageElement;
        const src = (el as HTMLImageElement).currentSrc || (el as HTMLImageElement).src;
        if (/^https?:/.test(src)) {
          const img = doc.createElement('img');
          img.alt = alt;
          img.src = src;
          to.appendChild(img);
        } else if (alt) to.appendChild(doc.createTextNode(alt));
        continue;
      }
      if (HEADING.test(name)) name = `h${(level = Math.min(Math.max(+name[1]!, 2), level + 1))}`;
      else if (name === 'a') {
        const link = el as HTMLAnchorElement;
        // A link within this page (`#top`, or `#` that a script handles) would move the page beneath, or nothing: only its text.
        name = SAFE_LINK.test(link.protocol) && !link.href.startsWith(`${page}#`) ? 'a' : '';
      } else name = SAME.test(name) ? name : INLINE.test(style.display) ? '' : 'div';
      if (!name) {
        copy(el, to);
        continue;
      }
      const made = doc.createElement(name);
      if (name === 'a') (made as HTMLAnchorElement).href = (el as HTMLAnchorElement).href;
      if (name === 'td' || name === 'th') {
        (made as HTMLTableCellElement).colSpan = (el as HTMLTableCellElement).colSpan;
        (made as HTMLTableCellElement).rowSpan = (el as HTMLTableCellElement).rowSpan;
      }
      copy(el, made);
      // A link with nothing to name it (an image without text) is only its content.
      if (name === 'a' && !made.textContent!.trim() && !made.querySelector('img:not([alt=""])')) to.append(...made.childNodes);
      // Wrappers left empty by what was left out (an ad's box, a form's) are dropped.
      else if (EMPTY_OK.test(name) || made.firstElementChild || made.textContent!.trim()) to.appendChild(made);
    }
  };
  const body = doc.createDocumentFragment();
  copy(content, body);
  return { heading, body };
}
