import type { RuleId } from '../rules.js';
import type { FindingElement, Rect, Severity } from '../types.js';

/** What every check is given. */
export interface CheckContext {
  doc: Document;
  /** The part of the page audited. */
  root: Element;
  /** Elements to leave out (the `exclude` option), with their subtrees. */
  excluded(el: Element): boolean;
  /** Moves the viewport to `size`; absent when the caller cannot (the reflow check then does not run). */
  setViewport?: (size: { width: number; height: number }) => Promise<void>;
  /** Presses Tab for real; absent: focus moves by script in the computed tab order. */
  pressTab?: () => Promise<void>;
  /** A crop of the screen at a viewport rectangle, as a data: URL. */
  capture?: (clip: Rect) => Promise<string | undefined>;
  /** Called between steps, for progress and to let the page breathe. */
  progress(step: string): Promise<void>;
  /** Elements described per finding (the rest are only counted). Default: all. */
  maxElements?: number;
}

/** A finding before the rule table adds its standards, who it hurts and how to fix it. */
export interface RawFinding {
  rule: RuleId;
  /** The first elements found, described (at most `maxElements`). */
  elements: FindingElement[];
  /** How many elements were found (`elements` may describe fewer). Default: as many as `elements`. */
  count?: number;
  /** When the check grades this occurrence differently from the rule's default. */
  severity?: Severity;
  aid?: string;
  /** The elements found, in order (the first are those described): captured while the page is in the state where the finding was made. */
  nodes?: Element[];
}

export interface RuleRun {
  rule: RuleId;
  /** Whether the page had anything this rule looks at. */
  applicable: boolean;
  /** Set when the rule could not run: why. */
  notRun?: string;
}

export interface CheckOutput {
  findings: RawFinding[];
  runs: RuleRun[];
  /** What was left out, for the report's notes. */
  notes?: string[];
}

export type Check = (ctx: CheckContext) => Promise<CheckOutput> | CheckOutput;

/**
 * Groups `(rule, element, detail)` triples into one finding per rule. Only the first
 * `max` elements of a finding are described (a selector, a snippet, a position: costly
 * on big pages, and the report lists no more); the others are kept and counted.
 */
export class Collector {
  private readonly byRule = new Map<string, RawFinding & { seen: Set<Element> }>();

  constructor(
    private readonly describe: (el: Element, detail?: string) => FindingElement,
    private readonly max = Infinity,
  ) {}

  /** `detail` may be a function, called only for the elements described. */
  add(rule: RuleId, el: Element, detail?: string | (() => string), extra: { aid?: string; severity?: Severity } = {}): void {
    const key = `${rule}\u0000${extra.aid ?? ''}`;
    let finding = this.byRule.get(key);
    if (!finding) {
      finding = { rule, elements: [], nodes: [], seen: new Set(), ...extra };
      this.byRule.set(key, finding);
    }
    if (finding.seen.has(el)) return;
    finding.seen.add(el);
    finding.nodes!.push(el);
    // Described now, in the state the page is in when it was found (an aid applied, a viewport).
    if (finding.elements.length < this.max) finding.elements.push(this.describe(el, typeof detail === 'function' ? detail() : detail));
    if (extra.severity && rank(extra.severity) > rank(finding.severity ?? 'minor')) finding.severity = extra.severity;
  }

  has(rule: RuleId, aid?: string): boolean {
    return this.byRule.has(`${rule}\u0000${aid ?? ''}`);
  }

  get findings(): RawFinding[] {
    return [...this.byRule.values()].map(({ seen, ...finding }) => ({ ...finding, count: seen.size }));
  }
}

const ORDER: Severity[] = ['minor', 'moderate', 'serious', 'critical'];
export const rank = (s: Severity) => ORDER.indexOf(s);
