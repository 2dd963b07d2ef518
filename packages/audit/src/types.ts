/** How bad a finding is, as axe-core grades its own: the order is the order of `--fail-on`. */
export const SEVERITIES = ['minor', 'moderate', 'serious', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * Who a defect hurts first. Not labels for people: the groups whose way of
 * using the web a defect breaks (a screen reader, magnification, captions,
 * age, reading, a keyboard or switch instead of a mouse).
 */
export const WHO = ['blind', 'low-vision', 'deaf', 'older', 'dyslexic', 'motor'] as const;
export type Who = (typeof WHO)[number];

/** The standards a finding is mapped to. */
export const STANDARDS = ['wcag', 'gb', 'miit'] as const;
export type Standard = (typeof STANDARDS)[number];

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One element a finding is about. */
export interface FindingElement {
  /** A CSS selector that finds this element in the page. */
  selector: string;
  /** The start of its markup, shortened. */
  snippet: string;
  /** What exactly is wrong with this element (a measurement, what it overlaps…). */
  detail?: string;
  /** Where it was, in page coordinates (CSS px), when it was found. */
  rect?: Rect;
  /** A crop of the screen around it (a data: URL), when a capture function was given. */
  image?: string;
}

/** One defect: one rule, the elements where it was found, who it hurts and how to fix it. */
export interface Finding {
  /** The rule: a custom check's id, or `axe/<axe rule id>`. */
  rule: string;
  title: string;
  severity: Severity;
  /** Advice: beyond what WCAG 2.2 AA requires (AAA, aging-friendly sizes). Never counted by `--fail-on`. */
  advice: boolean;
  who: Who[];
  fix: string;
  /** Further reading (axe's rule page, a WCAG Understanding document). */
  helpUrl?: string;
  /** WCAG 2.2 success criteria, e.g. `1.4.4`. */
  wcag: string[];
  /** GB/T 37668-2019 requirements (see the mapping table: reached through WCAG 2.0). */
  gb: string[];
  /** MIIT aging-friendly items (适老化通用设计规范). */
  miit: string[];
  /** The standards whose mapping for this rule is approximate. */
  approximate: Standard[];
  /** For checks that apply one of Reachable's aids first: the aid and its value, e.g. `fontScale 2`. */
  aid?: string;
  /** The elements found (at most `maxElements`); `count` is how many there were. */
  elements: FindingElement[];
  count: number;
}

/** What happened to one automated check on this page. */
export type Outcome = 'passed' | 'failed' | 'needs-review' | 'not-applicable' | 'not-run';

export interface CheckRun {
  /** Rule id, as in findings. */
  rule: string;
  title: string;
  outcome: Outcome;
  advice: boolean;
  wcag: string[];
  gb: string[];
  miit: string[];
  /** Why it did not run, or what a person must review. */
  note?: string;
}

export interface StandardSummary {
  standard: Standard;
  name: string;
  /** Automated checks that apply to this standard and ran on this page. */
  checks: number;
  passed: number;
  failed: number;
  needsReview: number;
  notApplicable: number;
  notRun: number;
  /** One honest sentence: x of y checks passed, and what that does not mean. */
  sentence: string;
  /** What a person must still check for this standard. */
  manual: ManualCheck[];
}

export interface ManualCheck {
  /** The requirement, e.g. `WCAG 1.1.1 Non-text Content`. */
  ref: string;
  /** What a person must check. */
  what: string;
  /** `partly`: an automated check looked at some of it; `no`: nothing automated did. */
  automated: 'partly' | 'no';
}

export interface Report {
  url: string;
  title: string;
  /** ISO date and time of the audit. */
  date: string;
  tool: { name: string; version: string; axe: string };
  viewport: { width: number; height: number };
  findings: Finding[];
  checks: CheckRun[];
  standards: StandardSummary[];
  /** What was not checked on this page, and why (no viewport function, too many elements…). */
  notes: string[];
}
