// Focus order and visibility: tab through the page (real Tab presses when the caller
// can send them, else focus moved by script in the computed tab order) and report
// focus that disappears, shows no indicator, jumps backwards, or lands behind a
// fixed or sticky element.
import { AUDIT_UI_ATTRIBUTE, describe, isForeign, selectorFor, style, tabOrder, win } from '../dom.js';
import { area, boxOf, Clipper, describeBy, findStuck, intersect, obstructions, type Box } from '../geometry.js';
import { Collector, type Check } from './check.js';

/** Tab stops visited at most, whatever the page's size. */
export const MAX_TAB_STOPS = 300;
/**
 * Real Tab presses at most: each is a round trip to the browser's driver (about 20 ms),
 * so on long pages the rest of the stops are visited by moving focus from script.
 */
export const MAX_REAL_TABS = 40;

const PROPS = [
  'outlineStyle', 'outlineWidth', 'outlineColor', 'outlineOffset', 'boxShadow', 'backgroundColor', 'backgroundImage', 'color',
  'borderTopColor', 'borderBottomColor', 'borderLeftColor', 'borderRightColor', 'borderTopWidth', 'borderBottomWidth', 'borderTopStyle', 'borderBottomStyle',
  'textDecorationLine', 'textDecorationColor', 'textDecorationThickness', 'opacity', 'transform', 'filter', 'fontWeight', 'scale',
] as const;
const PSEUDO_PROPS = ['content', 'backgroundColor', 'borderTopColor', 'borderBottomColor', 'boxShadow', 'outlineStyle', 'width', 'height', 'opacity', 'transform'] as const;

/** What a visitor can see of an element's state: its styles, its pseudo-elements', its first children's. */
function look(el: Element): string {
  for (const a of (el as Element & { getAnimations?(o: object): Animation[] }).getAnimations?.({ subtree: true }) ?? []) {
    try {
      if (a.constructor.name === 'CSSTransition') a.finish();
    } catch {}
  }
  const parts: string[] = [];
  const s = style(el);
  parts.push(PROPS.map((p) => s[p as keyof CSSStyleDeclaration]).join('|'));
  for (const pseudo of ['::before', '::after']) {
    const ps = style(el, pseudo);
    parts.push(PSEUDO_PROPS.map((p) => ps[p as keyof CSSStyleDeclaration]).join('|'));
  }
  for (const child of [...el.children].slice(0, 4)) {
    const cs = style(child);
    parts.push([cs.color, cs.backgroundColor, cs.boxShadow, cs.outlineStyle, cs.textDecorationLine, cs.borderBottomColor, cs.opacity, cs.transform].join('|'));
  }
  return parts.join('\n');
}

/** The focused element, inside open shadow roots too. */
function deepActive(doc: Document): Element | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

export const checkFocus: Check = async (ctx) => {
  const { doc, root, excluded, pressTab } = ctx;
  const w = win(doc);
  const found = new Collector(describe, ctx.maxElements);
  const order = tabOrder(root, excluded);
  if (!order.length) return { findings: [], runs: ['focus-lost', 'focus-not-visible', 'focus-backwards', 'focus-obscured', 'focus-obscured-partly'].map((rule) => ({ rule: rule as 'focus-lost', applicable: false })) };

  const scroll = { x: w.scrollX, y: w.scrollY };
  // What had focus before, to give it back afterwards (the developer's own place, the panel's button).
  const focusedBefore = deepActive(doc);
  const still = new w.CSSStyleSheet();
  still.replaceSync('*,*::before,*::after{scroll-behavior:auto!important}');
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, still];
  const stuck = findStuck(doc.documentElement);
  const ltr = style(doc.documentElement).direction !== 'rtl';
  const visited = new Set<Element>();
  let previous: { el: Element; page: Box } | undefined;
  let checkedIndicators = 0;
  let start: HTMLElement | undefined;
  let reachedByTab = 0;

  const visit = async (el: Element) => {
    const clipper = new Clipper(doc);
    const r = el.getBoundingClientRect();
    const box = boxOf(r);
    const { clip, by } = clipper.box(el);
    const shown = intersect(intersect(box, clip), clipper.viewport);
    const s = style(el);
    if (area(box) < 1 || s.visibility === 'hidden' || parseFloat(s.opacity) === 0) {
      found.add('focus-lost', el, 'focused, but has no size or is transparent: the focus disappears');
      return;
    }
    if (area(shown) < 1) {
      found.add('focus-lost', el, by ? `focused, but cut off by ${describeBy(by)}` : 'focused, but outside the viewport: the focus disappears');
      return;
    }

    // Behind a fixed or sticky element?
    const bands = obstructions(stuck.filter((x) => !x.contains(el)));
    const covered = bands.filter((b) => area(intersect(shown, b.band)) > 0);
    if (covered.length) {
      const points = [0.1, 0.5, 0.9].flatMap((fx) => [0.1, 0.5, 0.9].map((fy) => [shown.left + (shown.right - shown.left) * fx, shown.top + (shown.bottom - shown.top) * fy] as const));
      // Hit testing decides what is on top (z-index, stacking), the bands only where to look.
      const hidden = points.filter(([x, y]) => {
        if (!covered.some(({ band }) => band.left <= x && x <= band.right && band.top <= y && y <= band.bottom)) return false;
        const hit = doc.elementFromPoint(x, y);
        return !!hit && !el.contains(hit) && covered.some((b) => b.el.contains(hit));
      }).length;
      const by = describeBy(covered[0]!.el);
      if (hidden === points.length) found.add('focus-obscured', el, `focused, but entirely hidden behind ${by}`);
      else if (hidden > 0) found.add('focus-obscured-partly', el, `focused, but partly hidden behind ${by}`);
    }

    // A visible indicator: anything that looks different focused and not.
    if (el.localName !== 'iframe') {
      checkedIndicators++;
      const focused = look(el);
      (el as HTMLElement).blur();
      const blurred = look(el);
      (el as HTMLElement).focus({ preventScroll: true });
      if (focused === blurred) found.add('focus-not-visible', el, 'looks the same focused and not focused');
    }

    // Backwards: above the previous stop, and not in a column to its reading-side.
    const page: Box = { left: box.left + w.scrollX, right: box.right + w.scrollX, top: box.top + w.scrollY, bottom: box.bottom + w.scrollY };
    const inStuck = stuck.some((x) => x.contains(el));
    if (previous && !inStuck) {
      const p = previous.page;
      const above = page.bottom <= p.top - 2;
      const sameOrBehind = ltr ? page.left <= p.left + 2 : page.right >= p.right - 2;
      if (above && sameOrBehind) {
        const before = previous.el;
        found.add('focus-backwards', el, () => `reached after ${selectorFor(before)}, which is below it`);
      }
    }
    if (!inStuck) previous = { el, page };
  };

  try {
    if (pressTab) {
      // Start from the top of the page: a focusable marker before everything, removed after the first Tab.
      start = doc.createElement('span');
      start.tabIndex = -1;
      start.setAttribute(AUDIT_UI_ATTRIBUTE, '');
      doc.body.prepend(start);
      start.focus();
      w.scrollTo(0, 0);
      let outside = 0;
      for (let i = 0; i < Math.min(MAX_REAL_TABS, order.length + 10); i++) {
        await pressTab();
        if (start) {
          start.remove();
          start = undefined;
        }
        const el = deepActive(doc);
        if (!el || el === doc.body || el === doc.documentElement) {
          // Past the last element (into the browser's own controls), or lost in between.
          if (visited.size >= order.length || ++outside > 1) break;
          if (previous) found.add('focus-lost', previous.el, 'the next Tab moved focus to nothing on the page');
          continue;
        }
        // Inside a frame the page's focus stays on the frame while Tab moves through its content.
        if (el.localName === 'iframe' && visited.has(el)) continue;
        if (visited.has(el)) break; // round the page once (or caught in a loop: the rest is visited below)
        visited.add(el);
        if (!isForeign(el) && !excluded(el) && root.contains(el)) await visit(el);
      }
    }
    reachedByTab = visited.size;
    if (visited.size < order.length) {
      // By script, in the computed order: all stops, or those real presses did not reach.
      for (const el of order) {
        if (visited.size >= MAX_TAB_STOPS) break;
        if (visited.has(el)) continue;
        el.focus();
        if (deepActive(doc) !== el) {
          found.add('focus-lost', el, 'in the tab order, but does not take focus');
          continue;
        }
        visited.add(el);
        await visit(el);
      }
    }
  } finally {
    start?.remove();
    (deepActive(doc) as HTMLElement | null)?.blur?.();
    if (focusedBefore && focusedBefore !== doc.body && focusedBefore !== doc.documentElement && focusedBefore.isConnected) {
      (focusedBefore as HTMLElement).focus?.({ preventScroll: true });
    }
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== still);
    w.scrollTo(scroll.x, scroll.y);
  }
  const runs = [
    { rule: 'focus-lost' as const, applicable: true },
    { rule: 'focus-not-visible' as const, applicable: checkedIndicators > 0 },
    { rule: 'focus-backwards' as const, applicable: visited.size > 1 },
    { rule: 'focus-obscured' as const, applicable: stuck.length > 0 },
    { rule: 'focus-obscured-partly' as const, applicable: stuck.length > 0 },
  ];
  const notes: string[] = [];
  if (pressTab && reachedByTab < Math.min(order.length, MAX_TAB_STOPS)) {
    notes.push(`Focus: ${reachedByTab} of ${order.length} tab stops were reached with real Tab presses (at most ${MAX_REAL_TABS} are pressed); the others were visited by moving focus from script.`);
  }
  if (order.length > MAX_TAB_STOPS) notes.push(`Focus: only the first ${MAX_TAB_STOPS} of ${order.length} tab stops were visited.`);
  return { findings: found.findings, runs, notes };
};
