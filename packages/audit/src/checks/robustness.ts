// Robustness under the visitor's own choices: Reachable's own aids, applied one at a
// time with the real engines of @reachable/core (font scale 2, WCAG text spacing, page
// zoom 2, each colour scheme) and a 320 CSS px wide viewport (WCAG 1.4.10 reflow).
// In each state, content that was readable before and is now clipped, overlapped or
// hidden, and controls that can no longer be reached, are findings.
import { createColorScheme, createFontScale, createPageZoom, createTextSpacing, SCHEME_COLORS, contrast } from '@reachable/core';
import type { Engine } from '@reachable/core';
import { describe, INTERACTIVE, isForeign, isRendered, parseColor, selectorFor, style, textNodes, toHex, visualOf, win } from '../dom.js';
import { area, boxOf, Clipper, describeBy, findStuck, intersect, obstructions, scrollRange, unreachable, type Box } from '../geometry.js';
import type { RuleId } from '../rules.js';
import type { Severity } from '../types.js';
import { Collector, type Check, type CheckContext, type RuleRun } from './check.js';

/** The reflow viewport: 1280 × 1024 at 400 % (WCAG 1.4.10). */
export const REFLOW_VIEWPORT = { width: 320, height: 256 };
/** Share of a text's area that may be lost or overlapped before it counts (rounding, antialiasing). */
const SLACK = 0.05;
/** At most this many text nodes are measured per state (the rest are sampled evenly). */
export const MAX_TEXTS = 20_000;

interface Aid {
  rule: RuleId;
  label: string;
  /** Puts the page in this state; returns what undoes it. */
  apply(doc: Document, ctx: CheckContext): Promise<() => Promise<void>>;
  /** What the aid needs to run, when the caller may not give it: a reason it cannot. */
  unavailable?(ctx: CheckContext): string | undefined;
  /** Animation frames to wait before measuring (for the page's own resize handlers). */
  frames?: number;
  /**
   * A narrow layout may hide whole regions behind a menu button: then content and
   * controls no longer shown are moderate, with that condition, not serious.
   */
  narrows?: boolean;
  /** Further findings in this state. */
  extra?(found: Collector, ctx: CheckContext, label: string): void;
}

const engineAid = <T>(create: (doc: Document) => Engine<T>, value: T) =>
  async (doc: Document) => {
    const engine = create(doc);
    engine.apply(value);
    return async () => engine.destroy();
  };

export const GEOMETRY_AIDS: Aid[] = [
  { rule: 'aid-font-scale', label: 'fontScale 2', apply: engineAid(createFontScale, 2) },
  { rule: 'aid-text-spacing', label: 'textSpacing (WCAG 1.4.12)', apply: engineAid(createTextSpacing, true) },
  { rule: 'aid-page-zoom', label: 'pageZoom 2', apply: engineAid(createPageZoom, 2) },
  {
    rule: 'reflow',
    label: `viewport ${REFLOW_VIEWPORT.width}×${REFLOW_VIEWPORT.height} (WCAG 1.4.10)`,
    unavailable: (ctx) => (ctx.setViewport ? undefined : 'no way to resize the viewport was given (the CLI and auditPage() give one; in-page, pass setViewport)'),
    frames: 2,
    narrows: true,
    extra: (found, ctx, label) => sidewaysScroll(found, ctx, label),
    async apply(doc, ctx) {
      const w = win(doc);
      const before = { width: w.innerWidth, height: w.innerHeight };
      await ctx.setViewport!(REFLOW_VIEWPORT);
      return async () => ctx.setViewport!(before);
    },
  },
];

export const SCHEMES = Object.keys(SCHEME_COLORS) as (keyof typeof SCHEME_COLORS)[];

// ——— measuring one state ———

const OUTSIDE = 'outside what scrolling can reach';

interface Sample {
  /** Total area of its line boxes, and the part left visible by clips. */
  total: number;
  visible: number;
  clippedBy: Element | null;
  /** Its line boxes, as far as clips leave them visible. */
  rects: Box[];
  /** Why it cannot be seen at all in this state, if it cannot. */
  lost?: string;
}

interface State {
  texts: Sample[];
  controls: (string | undefined)[];
  /** Pairs of texts (indices) whose line boxes overlap. */
  overlaps: Set<string>;
}

const frame = (doc: Document) => new Promise<void>((resolve) => win(doc).requestAnimationFrame(() => resolve()));
/**
 * Lets the page react to a change before it is measured. Style and layout need no
 * frame (reading geometry forces them), and asking for frames makes the browser paint
 * each one: a task is enough after a stylesheet changes; a resized viewport gets two
 * frames, for the page's own resize handlers and observers.
 */
const settle = async (doc: Document, frames = 0) => {
  await new Promise((resolve) => win(doc).setTimeout(resolve, 0));
  for (let i = 0; i < frames; i++) await frame(doc);
};

function measure(doc: Document, texts: readonly Text[], controls: readonly Element[]): State {
  const w = win(doc);
  w.scrollTo(0, 0);
  const clipper = new Clipper(doc);
  const range = scrollRange(doc);
  const stuck = findStuck(doc.documentElement);
  const bands = obstructions(stuck);
  const ltr = style(doc.documentElement).direction !== 'rtl';
  const fixedOf = (el: Element) => stuck.find((s) => s.contains(el) && style(s).position === 'fixed');
  const reach = (el: Element, box: Box, scroller?: Element): string | undefined => {
    // In a scroll container, what must be reachable is the container's visible part.
    if (scroller) [el, box] = [scroller, clipper.window(scroller)];
    if (fixedOf(el)) return undefined; // fixed content does not scroll: the viewport clip decides
    const own = bands.filter((b) => !b.el.contains(el));
    const blocked = unreachable(box, clipper.viewport, range, own, ltr);
    if (!blocked) return undefined;
    return blocked === 'outside' ? OUTSIDE : `covered by ${describeBy(blocked.el)} at every scroll position`;
  };

  const r = doc.createRange();
  const samples: Sample[] = texts.map((text) => {
    const parent = text.parentElement!;
    r.selectNodeContents(text);
    const rects = [...r.getClientRects()].filter((x) => x.width > 0 && x.height > 0).map(boxOf);
    const total = rects.reduce((sum, b) => sum + area(b), 0);
    if (!total || style(parent).visibility === 'hidden') return { total: 0, visible: 0, clippedBy: null, rects, lost: 'no longer shown' };
    // The clip on the text is the clip on its parent's content (the parent's own overflow included).
    const { clip, by, scroller } = clipper.of(parent);
    const shown = clip ? rects.map((b) => intersect(b, clip)).filter((b) => area(b) > 0) : rects;
    const visible = shown.reduce((sum, b) => sum + area(b), 0);
    const sample: Sample = { total, visible, clippedBy: by, rects: shown };
    if (visible <= total * SLACK) sample.lost = by ? `cut off entirely by ${describeBy(by)}` : 'outside the viewport';
    else {
      const biggest = rects.reduce((a, b) => (area(b) > area(a) ? b : a));
      const blocked = reach(parent, clip ? intersect(biggest, clip) : biggest, scroller);
      if (blocked) sample.lost = blocked;
    }
    return sample;
  });

  const controlStates = controls.map((control) => {
    const el = visualOf(control);
    if (!isRendered(el) || style(el).visibility === 'hidden') return 'no longer shown';
    const box = boxOf(el.getBoundingClientRect());
    const { clip, by, scroller } = clipper.box(el);
    const shown = clip ? intersect(box, clip) : box;
    if (area(shown) < 1 || shown.right - shown.left < 2 || shown.bottom - shown.top < 2) return by ? `cut off by ${describeBy(by)}` : 'outside the viewport';
    return reach(el, shown, scroller);
  });

  return { texts: samples, controls: controlStates, overlaps: overlapping(samples) };
}

/** Pairs of texts whose line boxes overlap by more than a sliver, with a grid so that big pages stay fast. */
function overlapping(samples: readonly Sample[]): Set<string> {
  const CELL = 128;
  const grid = new Map<string, [number, Box][]>();
  const pairs = new Set<string>();
  samples.forEach((s, i) => {
    if (s.lost) return;
    for (const b of s.rects) {
      const seen = new Set<number>();
      for (let x = Math.floor(b.left / CELL); x <= Math.floor(b.right / CELL); x++) {
        for (let y = Math.floor(b.top / CELL); y <= Math.floor(b.bottom / CELL); y++) {
          const key = `${x},${y}`;
          let cell = grid.get(key);
          if (!cell) grid.set(key, (cell = []));
          for (const [j, other] of cell) {
            if (j === i || seen.has(j)) continue;
            const common = area(intersect(b, other));
            if (common > 4 && common > Math.min(area(b), area(other)) * 0.2) {
              pairs.add(j < i ? `${j}:${i}` : `${i}:${j}`);
              seen.add(j);
            }
          }
          cell.push([i, b]);
        }
      }
    }
  });
  return pairs;
}

// ——— comparing a state with the page as it was ———

function compare(found: Collector, aid: Aid, texts: readonly Text[], controls: readonly Element[], base: State, now: State): void {
  const add = (el: Element, detail: string | (() => string), severity: Severity) => found.add(aid.rule, el, detail, { aid: aid.label, severity });
  // Off-canvas menus sit outside the page (left of it, where no scrolling reaches) until opened.
  const hiddenByLayout = (why: string) => aid.narrows && ['no longer shown', 'outside the viewport', OUTSIDE].includes(why);
  controls.forEach((el, i) => {
    const why = now.controls[i];
    if (base.controls[i] !== undefined || why === undefined) return;
    // A narrow layout may hide whole regions behind a menu button: that is fine if the button shows them.
    if (hiddenByLayout(why)) {
      add(el, `control hidden at this width (${why}): fine only if the page offers it another way, such as a menu button`, 'moderate');
    } else add(el, `control cannot be reached: ${why}`, 'serious');
  });
  texts.forEach((text, i) => {
    const [b, n] = [base.texts[i]!, now.texts[i]!];
    if (b.lost || b.visible < b.total * (1 - SLACK)) return; // not fully visible before: not this aid's doing
    const el = text.parentElement!;
    if (n.lost && hiddenByLayout(n.lost)) {
      add(el, `text hidden at this width (${n.lost}): fine only if the page offers it another way`, 'moderate');
    } else if (n.lost) add(el, `text hidden: ${n.lost}`, 'serious');
    else if (n.visible < n.total * (1 - SLACK)) add(el, () => `text cut off by ${describeBy(n.clippedBy)} (${Math.round((1 - n.visible / n.total) * 100)} % hidden)`, 'moderate');
  });
  for (const pair of now.overlaps) {
    if (base.overlaps.has(pair)) continue;
    const [i, j] = pair.split(':').map(Number) as [number, number];
    const [a, b] = [texts[i]!.parentElement!, texts[j]!.parentElement!];
    if (a === b || a.contains(b) || b.contains(a)) continue;
    add(a, () => `text overlaps ${selectorFor(b)}`, 'moderate');
  }
}

/** The elements that make the page scroll sideways (WCAG 1.4.10), two-dimensional content excepted. */
function sidewaysScroll(found: Collector, { doc, root, excluded }: CheckContext, label: string): void {
  const w = win(doc);
  const width = doc.documentElement.clientWidth || w.innerWidth;
  const scrollWidth = doc.scrollingElement?.scrollWidth ?? width;
  if (scrollWidth <= width + 1) return;
  // Two-dimensional content is exempt: tables, code, images, maps, video, diagrams.
  const EXEMPT = 'table,pre,code,img,picture,video,canvas,svg,iframe,object,embed,map,math,[role="img"],[role="grid"],[role="application"],[role="table"]';
  for (const el of root.querySelectorAll('body *')) {
    if (isForeign(el) || excluded(el) || el.closest(EXEMPT) || style(el).position === 'fixed') continue;
    const r = el.getBoundingClientRect();
    if (r.right <= width + 1 || r.width <= 0) continue;
    const parent = el.parentElement;
    const parentRight = parent && parent !== doc.body ? parent.getBoundingClientRect().right : 0;
    if (parent && parent !== doc.body && parentRight > width + 1) continue; // its parent is the cause
    found.add('reflow', el, `${Math.round(r.right)} px wide at a ${width} px viewport: the page scrolls sideways`, { aid: label, severity: 'serious' });
  }
}

// ——— colour schemes ———

interface Look {
  /** Visible text inside the control. */
  text: boolean;
  /** Images, canvases, videos inside. */
  media: boolean;
  /** Elements in it (itself included) drawn with a background image. */
  backgrounds: Element[];
  svgs: SVGElement[];
  /** For a custom checkbox or radio: its labels' pseudo-elements that draw the box. */
  pseudos: [Element, string][];
}

function lookOf(el: Element): Look {
  const r = el.ownerDocument.createRange();
  const box = el.getBoundingClientRect();
  const text = textNodes(el).some((t) => {
    const parent = t.parentElement!;
    const s = style(parent);
    if (parseFloat(s.fontSize) < 4 || parseColor(s.color)?.[3] === 0 || s.visibility === 'hidden') return false;
    const own = parent.getBoundingClientRect();
    if (own.width < 2 || own.height < 2) return false; // visually hidden text (an "sr-only" span)
    r.selectNodeContents(t);
    return [...r.getClientRects()].some((x) => x.width > 1 && x.right > box.left && x.left < box.right && x.bottom > box.top && x.top < box.bottom);
  });
  const media = [...el.querySelectorAll('img,picture,canvas,video')].some(isRendered) || (['img', 'canvas', 'video'].includes(el.localName) && isRendered(el));
  const backgrounds = [el, ...el.querySelectorAll('*')].filter((x) => style(x).backgroundImage !== 'none' && isRendered(x));
  const svgs = [...el.querySelectorAll<SVGElement>('svg')].filter(isRendered);
  const pseudos: [Element, string][] = [];
  const input = el as HTMLInputElement;
  if (el.localName === 'input' && /^(checkbox|radio)$/.test(input.type) && input.labels) {
    for (const label of input.labels) {
      for (const pseudo of ['::before', '::after']) {
        const s = style(label, pseudo);
        if (s.content === 'none' || s.content === 'normal') continue;
        const filled = (parseColor(s.backgroundColor)?.[3] ?? 0) > 0 || s.backgroundImage !== 'none';
        if (filled) pseudos.push([label, pseudo]);
      }
    }
  }
  return { text, media, backgrounds, svgs, pseudos };
}

/** Why a control shows nothing in the scheme, or undefined if it still shows something. */
function lostInScheme(look: Look, background: string): string | undefined {
  if (look.text || look.media) return undefined;
  for (const [label, pseudo] of look.pseudos) {
    const s = style(label, pseudo);
    const filled = (parseColor(s.backgroundColor)?.[3] ?? 0) > 0 || s.backgroundImage !== 'none';
    const bordered = ['Top', 'Right', 'Bottom', 'Left'].some((side) => parseFloat(s[`border${side}Width` as 'borderTopWidth']) > 0 && s[`border${side}Style` as 'borderTopStyle'] !== 'none');
    if (!filled && !bordered) return `the box drawn by ${selectorFor(label)}${pseudo} disappears`;
  }
  if (look.pseudos.length) return undefined;
  const stillDrawn = look.backgrounds.some((el) => style(el).backgroundImage !== 'none');
  const icons = look.svgs.map((svg) => svgContrast(svg, background));
  const visibleIcon = icons.some((c) => c === undefined || c >= 3);
  if (look.backgrounds.length && !stillDrawn && !visibleIcon) return 'its background-image icon is removed and nothing else shows it';
  if (icons.length && !visibleIcon && !stillDrawn) return `its SVG icon is drawn at ${Math.max(...(icons as number[])).toFixed(1)}:1 against the scheme's background (needs 3:1)`;
  return undefined;
}

/** The best contrast of an SVG's painted colours against `background`, or undefined when unknown. */
function svgContrast(svg: SVGElement, background: string): number | undefined {
  let best: number | undefined;
  for (const shape of [svg, ...svg.querySelectorAll('path,circle,rect,ellipse,line,polyline,polygon,text,use')].slice(0, 30)) {
    const s = style(shape);
    for (const paint of [s.fill, s.stroke]) {
      const rgba = parseColor(paint);
      if (!rgba || rgba[3] === 0) continue;
      const c = contrast(toHex(rgba), background);
      best = best === undefined ? c : Math.max(best, c);
    }
  }
  return best;
}

// ——— the check ———

export const checkRobustness: Check = async (ctx) => {
  const { doc, root, excluded, progress } = ctx;
  const found = new Collector(describe, ctx.maxElements);
  const runs: RuleRun[] = [];
  const w = win(doc);
  const scroll = { x: w.scrollX, y: w.scrollY };

  let texts = textNodes(root, excluded);
  if (texts.length > MAX_TEXTS) {
    const step = texts.length / MAX_TEXTS;
    texts = Array.from({ length: MAX_TEXTS }, (_, i) => texts[Math.floor(i * step)]!);
  }
  const controls = [...root.querySelectorAll(INTERACTIVE)].filter((el) => !isForeign(el) && !excluded(el) && !el.parentElement?.closest(INTERACTIVE));

  // No transitions or smooth scrolling while measuring: each state is measured as it ends up.
  const still = new (w.CSSStyleSheet)();
  still.replaceSync('*,*::before,*::after{transition:none!important;scroll-behavior:auto!important}');
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, still];
  try {
    await settle(doc);
    const base = measure(doc, texts, controls);
    const reachable = controls.filter((_, i) => base.controls[i] === undefined);

    // Each aid is undone just before the next is applied, so the page lays out once between them.
    let undo: (() => Promise<void>) | undefined;
    try {
      for (const aid of GEOMETRY_AIDS) {
        const notRun = aid.unavailable?.(ctx);
        if (notRun) {
          runs.push({ rule: aid.rule, applicable: false, notRun });
          continue;
        }
        await progress(`aid: ${aid.label}`);
        await undo?.();
        undo = undefined;
        undo = await aid.apply(doc, ctx);
        await settle(doc, aid.frames);
        const now = measure(doc, texts, controls);
        compare(found, aid, texts, controls, base, now);
        aid.extra?.(found, ctx, aid.label);
        await captureFindings(ctx, found, aid.rule);
        runs.push({ rule: aid.rule, applicable: texts.length + controls.length > 0 });
      }
    } finally {
      await undo?.();
      await settle(doc, 2);
    }

    // Colour schemes: geometry does not change, what shows a control may.
    const looks = reachable.map((el) => [el, lookOf(el)] as const).filter(([, look]) => !look.text && !look.media);
    // Only controls shown by something other than text and images can lose it in a scheme.
    for (const scheme of looks.length ? SCHEMES : []) {
      await progress(`aid: colorScheme ${scheme}`);
      const engine = createColorScheme(doc);
      engine.apply(scheme);
      try {
        await settle(doc);
        const background = SCHEME_COLORS[scheme][1];
        for (const [el, look] of looks) {
          const why = lostInScheme(look, background);
          if (why) found.add('aid-color-scheme', el, `control shows nothing: ${why}`, { aid: `colorScheme ${scheme}`, severity: 'serious' });
        }
        await captureFindings(ctx, found, 'aid-color-scheme', `colorScheme ${scheme}`);
      } finally {
        engine.destroy();
      }
    }
    runs.push({ rule: 'aid-color-scheme', applicable: looks.length > 0 });
  } finally {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== still);
    w.scrollTo(scroll.x, scroll.y);
  }
  return { findings: found.findings, runs };
};

/** Crops of the first elements of each new finding, taken while the page is in the aid's state. */
export const CAPTURES_PER_FINDING = 3;
async function captureFindings(ctx: CheckContext, found: Collector, rule: RuleId, aid?: string): Promise<void> {
  if (!ctx.capture) return;
  for (const finding of found.findings) {
    if (finding.rule !== rule || (aid && finding.aid !== aid)) continue;
    await captureElements(ctx, finding.nodes ?? [], finding.elements);
  }
}

/** Scrolls each element into view and asks for a crop around it (once per element). */
export async function captureElements(ctx: CheckContext, nodes: readonly Element[], elements: { image?: string }[]): Promise<void> {
  const w = win(ctx.doc);
  for (let i = 0; i < Math.min(nodes.length, CAPTURES_PER_FINDING); i++) {
    const el = nodes[i]!;
    const entry = elements[i];
    if (!entry || entry.image !== undefined || !el.isConnected) continue;
    el.scrollIntoView({ block: 'center', inline: 'center' });
    await frame(ctx.doc);
    const r = el.getBoundingClientRect();
    const pad = 12;
    const x = Math.max(0, r.left - pad);
    const y = Math.max(0, r.top - pad);
    const clip = { x, y, width: Math.min(w.innerWidth, r.right + pad) - x, height: Math.min(w.innerHeight, r.bottom + pad) - y };
    if (clip.width < 2 || clip.height < 2) continue;
    const image = await ctx.capture!(clip);
    if (image) entry.image = image;
  }
  w.scrollTo(0, 0);
}
