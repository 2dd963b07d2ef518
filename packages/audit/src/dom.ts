// Small DOM helpers shared by the checks. Nothing here uses `instanceof`: the audited
// document may belong to another window (an iframe) than the code.
import { isOwnUi, OWN_UI_SELECTOR, startsOwnUi } from '@reachable/core/dom';
import type { FindingElement, Rect } from './types.js';

export const isElement = (node: Node | null | undefined): node is Element => node?.nodeType === 1;
export const isHTML = (el: Element): el is HTMLElement => 'style' in el && el.namespaceURI === 'http://www.w3.org/1999/xhtml';

export const win = (doc: Document): Window & typeof globalThis => doc.defaultView as Window & typeof globalThis;
export const style = (el: Element, pseudo?: string) => win(el.ownerDocument).getComputedStyle(el, pseudo);

/** Marks what the audit itself puts in the page (its panel, its markers): never audited. */
export const AUDIT_UI_ATTRIBUTE = 'data-reach-audit';
export const AUDIT_UI_SELECTOR = `[${AUDIT_UI_ATTRIBUTE}]`;

/** Whether an element is the audit's own UI: marked, inside a marked element, or in the shadow root of either. */
export function isAuditUi(el: Element): boolean {
  for (let node: Element | undefined = el; node; node = (node.getRootNode() as Partial<ShadowRoot>).host) {
    if (node.closest(AUDIT_UI_SELECTOR)) return true;
  }
  return false;
}

/** Elements that are not the page's own: Reachable's own UI (as `@reachable/core` defines it) and the audit's. */
export const isForeign = (el: Element): boolean => isOwnUi(el) || isAuditUi(el);

/**
 * The same, as what axe-core's `exclude` takes: the marked elements by selector, and
 * for each `reach-*` element (its UI is its shadow root) the element itself or, when
 * it slots in the page's own content (`<reach-captions>` around the site's video), the
 * parts of its shadow root that hold no slot, so the page's content is still audited.
 */
export function ownUiExclusions(doc: Document): (string[] | Element)[] {
  const out: (string[] | Element)[] = [[OWN_UI_SELECTOR], [AUDIT_UI_SELECTOR]];
  const ownParts = (parent: ParentNode) => {
    for (const child of parent.children) {
      if (child.localName === 'slot') continue;
      if (child.querySelector('slot')) ownParts(child);
      else out.push(child);
    }
  };
  const walker = doc.createTreeWalker(doc.documentElement, 1 /* elements */);
  for (let n = walker.currentNode as Element | null; n; n = walker.nextNode() as Element | null) {
    if (!startsOwnUi(n)) continue;
    const light = [...n.childNodes].some((c) => c.nodeType === 1 || (c.nodeType === 3 && /\S/.test(c.nodeValue ?? '')));
    if (!light) out.push(n);
    else if (n.shadowRoot) ownParts(n.shadowRoot);
  }
  return out;
}

/** Rendered and not hidden by visibility or opacity. */
export function isRendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?(o: object): boolean }).checkVisibility;
  if (check && !check.call(el, { visibilityProperty: true, opacityProperty: true })) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 || r.height > 0;
}

/**
 * The element a visitor sees for a control: itself, or for a checkbox or radio button
 * hidden by the page (opacity 0, custom drawing) its first rendered label.
 */
export function visualOf(el: Element): Element {
  const input = el as HTMLInputElement;
  if (el.localName !== 'input' || !/^(checkbox|radio)$/.test(input.type) || isRendered(el)) return el;
  if (style(el).display === 'none') return el;
  return [...(input.labels ?? [])].find(isRendered) ?? el;
}

/** A CSS selector that finds `el` again: its id, or a path of :nth-of-type steps from one. */
export function selectorFor(el: Element): string {
  const doc = el.ownerDocument;
  const esc = win(doc).CSS?.escape ?? ((s: string) => s.replace(/[^\w-]/g, (c) => `\\${c}`));
  const steps: string[] = [];
  let node: Element | null = el;
  while (node && node.nodeType === 1) {
    const id = node.getAttribute('id');
    if (id && /^[A-Za-z][\w-]*$/.test(id) && doc.querySelectorAll(`#${esc(id)}`).length === 1) {
      steps.unshift(`#${esc(id)}`);
      break;
    }
    const parent: Element | null = node.parentElement;
    if (!parent) {
      steps.unshift(node.localName);
      break;
    }
    const same = [...parent.children].filter((c) => c.localName === node!.localName);
    steps.unshift(same.length > 1 ? `${node.localName}:nth-of-type(${same.indexOf(node) + 1})` : node.localName);
    node = parent;
  }
  return steps.join(' > ');
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const escapeAttribute = (s: string) => s.replace(/[&"<>\u00a0]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c] ?? '&nbsp;');
const escapeText = (s: string) => s.replace(/[&<>\u00a0]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? '&nbsp;');

/** The element's start tag as markup, from its attributes (values cut once it is longer than `max`). */
export function startTag(el: Element, max = Infinity): string {
  let out = `<${el.localName}`;
  for (const a of el.attributes) {
    if (out.length > max) break;
    out += ` ${a.name}="${escapeAttribute(a.value.length > max ? a.value.slice(0, max) : a.value)}"`;
  }
  return `${out}>`;
}

/** The element's markup, or undefined when it is longer than `max` (without serialising more than that). */
function shortMarkup(el: Element, max: number): string | undefined {
  let out = '';
  const visit = (node: Node): boolean => {
    if (node.nodeType === 3) out += escapeText(node.nodeValue ?? '');
    else if (node.nodeType === 8) out += `<!--${node.nodeValue}-->`;
    else if (isElement(node)) {
      out += startTag(node, max);
      if (node.namespaceURI === 'http://www.w3.org/1999/xhtml' && VOID.has(node.localName)) return out.length <= max;
      const content = node.localName === 'template' ? (node as HTMLTemplateElement).content : node;
      for (const child of content.childNodes) if (out.length > max || !visit(child)) return false;
      out += `</${node.localName}>`;
    }
    return out.length <= max;
  };
  return visit(el) ? out : undefined;
}

/** The beginning of the element's text, whitespace collapsed: more than `max` characters only when there is more. */
function textStart(el: Element, max: number): string {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* text */);
  let out = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    out = (out + n.nodeValue).replace(/\s+/g, ' ').trimStart();
    if (out.trimEnd().length > max) break;
  }
  return out.trim();
}

/**
 * The element's start tag and the beginning of its text, at most `max` characters.
 * Built from its attributes and first text nodes: never serialises a whole subtree.
 */
export function snippetOf(el: Element, max = 160): string {
  const start = startTag(el, max);
  const text = textStart(el, 60);
  const rest = text ? `${text.slice(0, 60)}${text.length > 60 ? '…' : ''}` : '';
  const full = rest ? `${start}${rest}</${el.localName}>` : (shortMarkup(el, max) ?? start);
  return full.length > max ? `${full.slice(0, max - 1)}…` : full;
}

/** The element's box in page coordinates. */
export function pageRect(el: Element): Rect {
  const r = el.getBoundingClientRect();
  const w = win(el.ownerDocument);
  return { x: r.x + w.scrollX, y: r.y + w.scrollY, width: r.width, height: r.height };
}

export function describe(el: Element, detail?: string): FindingElement {
  const out: FindingElement = { selector: selectorFor(el), snippet: snippetOf(el), rect: round(pageRect(el)) };
  if (detail) out.detail = detail;
  return out;
}

export const round = (r: Rect): Rect => ({
  x: Math.round(r.x),
  y: Math.round(r.y),
  width: Math.round(r.width),
  height: Math.round(r.height),
});

const SKIP_TEXT = new Set(['script', 'style', 'noscript', 'template', 'title', 'head', 'svg', 'math', 'textarea', 'option']);

/** Text nodes with visible characters under `root`, outside script, style, our own UI and `exclude`. */
export function textNodes(root: Element, exclude: (el: Element) => boolean = () => false): Text[] {
  const doc = root.ownerDocument;
  const out: Text[] = [];
  const walker = doc.createTreeWalker(root, 4 | 1, {
    acceptNode(node) {
      if (node.nodeType === 1) {
        const el = node as Element;
        return SKIP_TEXT.has(el.localName) || isForeign(el) || exclude(el) ? 2 /* reject */ : 3 /* skip */;
      }
      return /\S/.test(node.nodeValue ?? '') ? 1 : 3;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

const FOCUSABLE =
  'a[href],area[href],button,input:not([type="hidden"]),select,textarea,summary,iframe,[tabindex],[contenteditable]:not([contenteditable="false"]),audio[controls],video[controls]';

/** Elements a user operates: focusable elements and elements with a widget role. */
export const INTERACTIVE =
  `${FOCUSABLE},[role="button"],[role="link"],[role="checkbox"],[role="radio"],[role="switch"],[role="tab"],[role="menuitem"],[role="option"],[role="slider"],[role="combobox"]`;

/** In the sequential focus order: focusable, tabindex ≥ 0, enabled, not inert, rendered. */
export function isTabbable(el: Element): boolean {
  if (!isHTML(el) || el.tabIndex < 0 || !el.matches(FOCUSABLE)) return false;
  if ((el as HTMLButtonElement).disabled || el.closest('[inert]')) return false;
  if (el.localName === 'summary' && el.parentElement?.localName === 'details' && el.parentElement.firstElementChild !== el) return false;
  if (el.closest('details:not([open])') && !(el.localName === 'summary' && el.parentElement === el.closest('details'))) return false;
  return isRendered(el) && style(el).visibility !== 'hidden';
}

/** The sequential focus navigation order of `root`'s tabbable elements (positive tabindex first). */
export function tabOrder(root: Element, exclude: (el: Element) => boolean = () => false): HTMLElement[] {
  const all = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !isForeign(el) && !exclude(el) && isTabbable(el));
  const positive = all.filter((el) => el.tabIndex > 0).sort((a, b) => a.tabIndex - b.tabIndex);
  return [...positive, ...all.filter((el) => el.tabIndex === 0)];
}

/** `rgb(…)`/`rgba(…)` → [r, g, b, a], or undefined for other syntaxes. */
export function parseColor(value: string): [number, number, number, number] | undefined {
  const m = /^rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\)$/.exec(value.trim());
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

export function toHex([r, g, b]: readonly number[]): string {
  return `#${[r, g, b].map((c) => Math.round(c!).toString(16).padStart(2, '0')).join('')}`;
}

/** Accessible name, simplified (aria-labelledby, aria-label, native label/alt, then content, then title). */
export function accessibleName(el: Element, depth = 0): string {
  const doc = el.ownerDocument;
  const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  if (depth === 0) {
    const ids = el.getAttribute('aria-labelledby');
    if (ids) {
      const text = ids
        .split(/\s+/)
        .map((id) => doc.getElementById(id))
        .filter((x): x is HTMLElement => !!x)
        .map((x) => accessibleName(x, 1))
        .join(' ');
      if (clean(text)) return clean(text);
    }
  }
  const label = clean(el.getAttribute('aria-label'));
  if (label) return label;
  const name = el.localName;
  if (name === 'img' || (name === 'input' && el.getAttribute('type') === 'image') || name === 'area') {
    const alt = el.getAttribute('alt');
    if (alt !== null) return clean(alt);
    return clean(el.getAttribute('title'));
  }
  if (name === 'input' || name === 'select' || name === 'textarea') {
    const labels = (el as HTMLInputElement).labels;
    const text = labels ? [...labels].map((l) => contentText(l)).join(' ') : '';
    if (clean(text)) return clean(text);
    const type = el.getAttribute('type');
    if (type === 'submit' || type === 'button' || type === 'reset') return clean((el as HTMLInputElement).value) || (type === 'submit' ? 'Submit' : type === 'reset' ? 'Reset' : '');
    return clean(el.getAttribute('title')) || clean(el.getAttribute('placeholder'));
  }
  if (name === 'svg') return clean(el.querySelector(':scope > title')?.textContent) || clean(el.getAttribute('title'));
  const text = contentText(el);
  return text || clean(el.getAttribute('title'));
}

/** The text a screen reader would read from an element's content: text, and alt text of images inside. */
function contentText(el: Element): string {
  let out = '';
  for (const node of el.childNodes) {
    if (node.nodeType === 3) out += node.nodeValue;
    else if (isElement(node)) {
      if (node.getAttribute('aria-hidden') === 'true' || SKIP_TEXT.has(node.localName) && node.localName !== 'svg') continue;
      if (node.localName === 'img') out += ` ${node.getAttribute('alt') ?? ''} `;
      else if (node.localName === 'svg') out += ` ${accessibleName(node, 1)} `;
      else if (style(node).display !== 'none') out += ` ${node.getAttribute('aria-label') ?? contentText(node)} `;
    }
  }
  return out.replace(/\s+/g, ' ').trim();
}
