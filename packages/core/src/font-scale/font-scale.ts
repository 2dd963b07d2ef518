import type { Engine } from '../engine.js';
import { isOwnUi } from '../dom/own-ui.js';
import { adoptSheet, isOwnedSheet, type OwnedSheet } from '../internal/owned-sheet.js';
import { SCALE, scaleFontSize, scaleLineHeight } from './css-length.js';

/** Set on elements styled by sheets Reachable cannot read (other origins): their original size in px. */
export const FONT_SIZE_ATTRIBUTE = 'data-reach-font-size';
export const LINE_HEIGHT_ATTRIBUTE = 'data-reach-line-height';
/** On the root while the aid is on: the scale in force. */
const SCALE_ATTRIBUTE = 'data-reach-font-scale';

// Glyph fonts: their boxes are drawn for one size, so scaling them would misalign the icons.
const ICON_FONT = /icon|awesome|glyph|material symbols|dashicons|ionicons|feather/i;
const SCALE_VAR = '--reach-font-scale';
const PROPERTIES = ['font-size', 'line-height'] as const;

/** Declarations Reachable replaced: [property, original value, priority]. */
type Saved = [property: string, value: string, priority: string][];

type Scope = Document | ShadowRoot;
interface InlineStyle {
  /** The attribute before Reachable wrote it; undefined once the page changed it too. */
  original: string | null | undefined;
  written: string | null;
  saved: Saved;
}

/**
 * Scales the text of a document by one factor (1 = off) without enlarging boxes or images.
 *
 * On the first enable, every font-size and line-height of the page's own
 * stylesheets, open shadow roots and inline styles is rewritten once as
 * `calc(<original> * var(--reach-font-scale))`, so the page's cascade stays
 * exactly as it was. Only absolute lengths are multiplied: em and % follow
 * their already-scaled parents, so nothing compounds. The root's font size is
 * pinned, so rem-sized boxes keep their size, and the body's is scaled, so
 * text that only inherits grows too. After that, a change of scale is one
 * custom property: no per-element JavaScript. Elements styled by stylesheets
 * of another origin, which cannot be read, are measured once and tagged.
 */
export function createFontScale(doc: Document = document): Engine<number> {
  const view = doc.defaultView!;
  let scale = 1;
  let sheet: OwnedSheet | undefined;
  let observer: MutationObserver | undefined;
  const rules = new Map<CSSStyleDeclaration, Saved>();
  /** Every rule looked at, rewritten or not: a sheet that grows (CSS-in-JS) has only its new rules read. */
  let seen = new WeakSet<CSSStyleDeclaration>();
  const inline = new Map<HTMLElement, InlineStyle>();
  const tagged = new Set<Element>();
  const ruleCounts = new Map<CSSStyleSheet, number>();
  const scopes = new Set<Scope>();
  const loading = new Set<HTMLLinkElement>();
  let measured = { root: '16px', body: '16px', medium: '16px' };
  let fallbackRules = '';

  // The scale is set by an attribute on the root, whose rules are all in the sheet from the start:
  // changing a rule instead would make the browser rebuild the sheet's rule sets on every change.
  const knob = (value: number) => `html[${SCALE_ATTRIBUTE}="${value}"]{${SCALE_VAR}:${value}}`;
  const knobs = new Set(Array.from({ length: 40 }, (_, i) => Math.round((1.05 + i * 0.05) * 100) / 100));
  const css = () => `:root{--reach-font-medium:${measured.medium}}
${[...knobs].map(knob).join('')}
@layer reach-font-scale{
html{font-size:${measured.root}!important}
body{font-size:calc(${measured.body} * ${SCALE})!important}
input,button,select,textarea{font-size:calc(13.3333px * ${SCALE})}
${fallbackRules}}`;

  // ——— rewriting declarations ———

  function rewrite(style: CSSStyleDeclaration): Saved {
    if (ICON_FONT.test(style.getPropertyValue('font-family'))) return [];
    const saved: Saved = [];
    for (const property of PROPERTIES) {
      const value = style.getPropertyValue(property);
      const next = value && (property === 'font-size' ? scaleFontSize(value) : scaleLineHeight(value));
      if (!next) continue;
      const priority = style.getPropertyPriority(property);
      saved.push([property, value, priority]);
      style.setProperty(property, next, priority);
    }
    return saved;
  }

  function rewriteRules(list: CSSRuleList): void {
    for (const rule of list) {
      const { style } = rule as Partial<CSSStyleRule>;
      // Keyframes carry a style too; animating font sizes is left to the page.
      if (style && !('keyText' in rule) && !seen.has(style)) {
        seen.add(style);
        const saved = rewrite(style);
        if (saved.length) rules.set(style, saved);
      }
      const imported = (rule as Partial<CSSImportRule>).styleSheet;
      if (imported) rewriteSheet(imported);
      const nested = (rule as Partial<CSSGroupingRule>).cssRules;
      if (nested) rewriteRules(nested);
    }
  }

  /** Rewrites rules not seen yet; false when the sheet cannot be read (another origin without CORS). */
  function rewriteSheet(styleSheet: CSSStyleSheet): boolean {
    // Reachable's own sheets (this aid's, the other aids', the toolbar's) are not the page's.
    if (isOwnedSheet(styleSheet)) return true;
    let list: CSSRuleList;
    try {
      list = styleSheet.cssRules;
    } catch {
      return false;
    }
    if (ruleCounts.get(styleSheet) === list.length) return true;
    ruleCounts.set(styleSheet, list.length);
    rewriteRules(list);
    return true;
  }

  function rewriteSheets(): void {
    for (const scope of scopes) for (const styleSheet of [...scope.styleSheets, ...scope.adoptedStyleSheets]) rewriteSheet(styleSheet);
  }

  function rewriteInline(el: HTMLElement): void {
    const known = inline.get(el);
    const attribute = el.getAttribute('style');
    if (known?.written === attribute) return;
    const saved = rewrite(el.style);
    if (known) {
      // The page changed the attribute after us: from now on undo only our own declarations.
      known.original = undefined;
      known.saved = [...known.saved.filter(([p]) => !saved.some(([q]) => q === p)), ...saved];
      known.written = el.getAttribute('style');
    } else if (saved.length) inline.set(el, { original: attribute, written: el.getAttribute('style'), saved });
  }

  /** Inline styles, nested open shadow roots and loading stylesheets in and below `from`. */
  function rewriteTree(from: ParentNode): void {
    const elements = from instanceof view.Element ? [from, ...from.querySelectorAll('*')] : [...from.querySelectorAll('*')];
    for (const el of elements) {
      if (isOwnUi(el)) continue;
      if (el.hasAttribute('style') && el instanceof view.HTMLElement) rewriteInline(el);
      if (el.shadowRoot) addScope(el.shadowRoot);
      if (el instanceof view.HTMLLinkElement && !el.sheet && /stylesheet/i.test(el.rel) && !loading.has(el)) {
        loading.add(el);
        el.addEventListener('load', onSheetLoad, { once: true });
      }
    }
  }

  function addScope(scope: Scope): void {
    if (scopes.has(scope)) return;
    scopes.add(scope);
    observer!.observe(scope, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
    for (const styleSheet of [...scope.styleSheets, ...scope.adoptedStyleSheets]) rewriteSheet(styleSheet);
    rewriteTree(scope);
  }

  function onSheetLoad(event: Event): void {
    const link = event.target as HTMLLinkElement;
    loading.delete(link);
    if (link.sheet) rewriteSheet(link.sheet);
  }

  function onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'attributes') {
        const el = record.target;
        if (el instanceof view.HTMLElement && el.hasAttribute('style') && !isOwnUi(el)) rewriteInline(el);
      } else for (const node of record.addedNodes) if (node instanceof view.Element) rewriteTree(node);
    }
    // New <style> elements, and CSS-in-JS rules added with insertRule() (which no observer sees) as the page renders;
    // a batch of style attributes alone (a script animating el.style) needs no look at the sheets.
    if (records.some((record) => record.type === 'childList')) rewriteSheets();
  }

  // ——— the fallback for sheets that cannot be read ———

  /** Computed font size and line height of each element in px (line height NaN when `normal`). */
  function measure(elements: Element[]): Float64Array {
    const sizes = new Float64Array(elements.length * 2);
    elements.forEach((el, i) => {
      const computed = view.getComputedStyle(el);
      sizes[i * 2] = parseFloat(computed.fontSize);
      sizes[i * 2 + 1] = parseFloat(computed.lineHeight);
    });
    return sizes;
  }

  /** Tags the elements whose size did not follow the scale with their original size, and scales the tags. */
  function tagUnscaled(elements: Element[], before: Float64Array): void {
    const after = measure(elements);
    const found = { [FONT_SIZE_ATTRIBUTE]: new Set<string>(), [LINE_HEIGHT_ATTRIBUTE]: new Set<string>() };
    elements.forEach((el, i) => {
      for (const [offset, attribute] of [[0, FONT_SIZE_ATTRIBUTE], [1, LINE_HEIGHT_ATTRIBUTE]] as const) {
        const original = before[i * 2 + offset]!;
        // NaN (line-height: normal) never differs.
        if (!(Math.abs(after[i * 2 + offset]! - original * scale) > 0.5)) continue;
        const px = String(Math.round(original * 100) / 100);
        el.setAttribute(attribute, px);
        found[attribute].add(px);
        tagged.add(el);
      }
    });
    fallbackRules = [
      ...[...found[FONT_SIZE_ATTRIBUTE]].map((px) => `[${FONT_SIZE_ATTRIBUTE}="${px}"]{font-size:calc(${px}px * ${SCALE})!important}`),
      ...[...found[LINE_HEIGHT_ATTRIBUTE]].map((px) => `[${LINE_HEIGHT_ATTRIBUTE}="${px}"]{line-height:calc(${px}px * ${SCALE})!important}`),
    ].join('\n');
    sheet!.replace(css());
  }

  // ——— on, change, off ———

  function enable(): void {
    measured = {
      root: view.getComputedStyle(doc.documentElement).fontSize,
      body: doc.body ? view.getComputedStyle(doc.body).fontSize : '16px',
      medium: measureMedium(),
    };
    const unreadable = [...doc.styleSheets].some((s) => {
      try {
        return !s.cssRules;
      } catch {
        return true;
      }
    });
    // Only needed when a sheet cannot be read: sizes before anything changes.
    const elements = unreadable && doc.body ? [...doc.body.querySelectorAll('*')].filter((el) => !isOwnUi(el)) : [];
    const before = measure(elements);
    observer = new MutationObserver(onMutations);
    sheet = adoptSheet(doc, css());
    addScope(doc);
    setKnob(); // before measuring what did not follow it
    if (elements.length) tagUnscaled(elements, before);
  }

  /** The browser's `medium` font size: 16px unless the user changed their default. */
  function measureMedium(): string {
    const probe = doc.createElement('reach-font-probe');
    probe.style.cssText = 'font-size:medium!important;position:absolute!important';
    doc.documentElement.append(probe);
    const size = view.getComputedStyle(probe).fontSize;
    probe.remove();
    return size;
  }

  function disable(): void {
    observer?.disconnect();
    observer = undefined;
    for (const [style, saved] of rules) for (const [property, value, priority] of saved) style.setProperty(property, value, priority);
    for (const [el, { original, written, saved }] of inline) {
      if (original !== undefined && el.getAttribute('style') === written) {
        if (original === null) el.removeAttribute('style');
        else {
          el.setAttribute('style', original); // byte for byte
          // A strict CSP refuses style attributes; CSSOM writes are still allowed.
          if (!el.style.length) el.style.cssText = original;
        }
        continue;
      }
      for (const [property, value, priority] of saved) {
        if (el.style.getPropertyValue(property).includes(SCALE)) el.style.setProperty(property, value, priority);
      }
    }
    for (const el of tagged) {
      el.removeAttribute(FONT_SIZE_ATTRIBUTE);
      el.removeAttribute(LINE_HEIGHT_ATTRIBUTE);
    }
    for (const link of loading) link.removeEventListener('load', onSheetLoad);
    for (const collection of [rules, inline, tagged, ruleCounts, scopes, loading]) collection.clear();
    seen = new WeakSet();
    fallbackRules = '';
    doc.documentElement.removeAttribute(SCALE_ATTRIBUTE);
    sheet?.remove();
    sheet = undefined;
  }

  function setKnob(): void {
    // A scale between the prepared steps gets its rule once.
    if (!knobs.has(scale)) {
      knobs.add(scale);
      sheet!.sheet.insertRule(knob(scale), 0);
    }
    doc.documentElement.setAttribute(SCALE_ATTRIBUTE, String(scale));
  }

  return {
    apply(value) {
      const next = value > 1 && value <= 10 ? value : 1;
      if (next === scale) return;
      scale = next;
      if (scale === 1) return disable();
      // The one knob every rewritten size reads (enable() sets it before measuring what did not follow it).
      if (!sheet) enable();
      else setKnob();
    },
    destroy() {
      scale = 1;
      disable();
    },
  };
}
