import { captureElements } from './checks/robustness.js';
import { checkCaptcha } from './checks/captcha.js';
import type { Check, CheckContext, CheckOutput, RawFinding } from './checks/check.js';
import { checkFocus } from './checks/focus.js';
import { checkMedia } from './checks/media.js';
import { checkMotion } from './checks/motion.js';
import { checkNames } from './checks/names.js';
import { checkRobustness } from './checks/robustness.js';
import { checkTargets } from './checks/targets.js';
import { checkText } from './checks/text.js';
import { runAxe } from './checks/axe.js';
import { win } from './dom.js';
import { CHECK_GROUPS, RULE_IDS, RULES, standardsOf, type CheckGroup, type RuleId } from './rules.js';
import { ruleRow, sortFindings, summarize } from './summary.js';
import type { CheckRun, Finding, Rect, Report } from './types.js';

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0';

export { CHECK_GROUPS, type CheckGroup };

const GROUPS: Record<Exclude<CheckGroup, 'axe'>, Check> = {
  text: checkText,
  targets: checkTargets,
  names: checkNames,
  media: checkMedia,
  motion: checkMotion,
  captcha: checkCaptcha,
  focus: checkFocus,
  aids: checkRobustness,
};

export interface AuditOptions {
  /** The part of the page to audit. Default: the whole document. */
  include?: Element;
  /** Selectors of elements to leave out (third-party widgets you do not own), with their subtrees. */
  exclude?: string[];
  /** Groups of checks to skip, e.g. `['aids']` for a quick run. */
  skip?: CheckGroup[];
  /** Elements listed per finding (the count says how many there were). Default 20. */
  maxElements?: number;
  /**
   * Resizes the viewport (and resolves when it has): the reflow check at 320 CSS px
   * needs it. In vitest browser mode: `({ width, height }) => page.viewport(width, height)`.
   */
  setViewport?: (size: { width: number; height: number }) => Promise<void>;
  /** Presses Tab for real (`userEvent.tab()`, Playwright's `keyboard.press('Tab')`). Default: focus moved by script. */
  pressTab?: () => Promise<void>;
  /** Returns a crop of the screen at a viewport rectangle, as a data: URL (the CLI's screenshots). */
  capture?: (clip: Rect) => Promise<string | undefined>;
  /** Told the name of each step as it starts. */
  onProgress?: (step: string) => void;
}

/**
 * Audits a document for its own accessibility defects: axe-core's WCAG 2.2 A/AA rules
 * and the checks axe lacks, each finding mapped to WCAG 2.2, GB/T 37668-2019 and MIIT's
 * aging-friendly items. Runs in a real browser (it measures layout). The page is
 * changed while it runs (aids applied, focus moved) and put back afterwards.
 */
export async function audit(doc: Document = document, options: AuditOptions = {}): Promise<Report> {
  const root = options.include ?? doc.documentElement;
  const skip = new Set(options.skip ?? []);
  const exclude = options.exclude ?? [];
  const excludeSelector = [...exclude].join(',');
  const max = options.maxElements ?? 20;
  const w = win(doc);
  const viewport = { width: w.innerWidth, height: w.innerHeight };
  const notes: string[] = [];
  const findings: Finding[] = [];
  const checks: CheckRun[] = [];
  const progress = async (step: string) => {
    options.onProgress?.(step);
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  const ctx: CheckContext = {
    doc,
    root,
    excluded: (el) => !!excludeSelector && !!el.closest(excludeSelector),
    progress,
    maxElements: max,
    ...(options.setViewport && { setViewport: options.setViewport }),
    ...(options.pressTab && { pressTab: options.pressTab }),
    ...(options.capture && { capture: options.capture }),
  };
  const toCapture: [Element[], Finding][] = [];

  let axeVersion = 'not run';
  if (!skip.has('axe')) {
    await progress('axe-core');
    const axe = await runAxe(doc, root, exclude, max);
    if (!axe) notes.push('axe-core did not run: it must be loaded in the audited document\'s window.');
    else {
      axeVersion = axe.version;
      for (const a of axe.findings) {
        const { gb, miit, approximate } = standardsOf(a.wcag);
        const finding: Finding = {
          rule: `axe/${a.id}`,
          title: a.title,
          severity: a.severity,
          advice: a.advice,
          who: a.who,
          fix: a.fix,
          helpUrl: a.helpUrl,
          wcag: a.wcag,
          gb,
          miit,
          approximate,
          elements: a.elements,
          count: a.count,
        };
        findings.push(finding);
        toCapture.push([a.nodes, finding]);
      }
      for (const c of axe.checks) {
        const { gb, miit } = standardsOf(c.wcag);
        checks.push({ ...c, gb, miit });
      }
    }
  }

  const decided = new Map<RuleId, CheckRun>();
  for (const group of CHECK_GROUPS) {
    if (group === 'axe') continue;
    const rules = RULE_IDS.filter((id) => RULES[id].group === group);
    if (skip.has(group)) {
      for (const rule of rules) decided.set(rule, runOf(rule, 'not-run', 'skipped by the caller'));
      continue;
    }
    await progress(group);
    let out: CheckOutput;
    try {
      out = await GROUPS[group](ctx);
    } catch (error) {
      notes.push(`The ${group} checks failed: ${(error as Error).message}`);
      for (const rule of rules) decided.set(rule, runOf(rule, 'not-run', `failed: ${(error as Error).message}`));
      continue;
    }
    notes.push(...(out.notes ?? []));
    for (const raw of out.findings) {
      const finding = toFinding(raw, max);
      findings.push(finding);
      if (!finding.elements.some((e) => e.image)) toCapture.push([(raw.nodes ?? []).slice(0, max), finding]);
    }
    for (const run of out.runs) {
      const failed = out.findings.some((f) => f.rule === run.rule);
      const outcome = run.notRun ? 'not-run' : failed ? 'failed' : run.applicable ? 'passed' : 'not-applicable';
      decided.set(run.rule, runOf(run.rule, outcome, run.notRun));
    }
  }
  checks.push(...decided.values());

  // Crops of what was found with the page as it is (the aids' findings were cropped in their state).
  if (options.capture) {
    await progress('screenshots');
    for (const [nodes, finding] of toCapture) await captureElements(ctx, nodes, finding.elements);
  }

  return {
    url: doc.URL,
    title: doc.title,
    date: new Date().toISOString(),
    tool: { name: '@reachable/audit', version: VERSION, axe: axeVersion },
    viewport,
    findings: sortFindings(findings),
    checks,
    standards: summarize(checks),
    notes,
  };
}

function runOf(rule: RuleId, outcome: CheckRun['outcome'], note?: string): CheckRun {
  const row = ruleRow(rule);
  const run: CheckRun = { rule, title: row.title, outcome, advice: row.advice, wcag: row.wcag, gb: row.gb, miit: row.miit };
  if (note) run.note = note;
  return run;
}

function toFinding(raw: RawFinding, max: number): Finding {
  const row = ruleRow(raw.rule);
  const finding: Finding = {
    rule: raw.rule,
    title: row.title,
    severity: raw.severity ?? row.severity,
    advice: row.advice,
    who: row.who,
    fix: row.fix,
    wcag: row.wcag,
    gb: row.gb,
    miit: row.miit,
    approximate: row.approximate,
    elements: raw.elements.slice(0, max),
    count: raw.count ?? raw.elements.length,
  };
  if (row.helpUrl) finding.helpUrl = row.helpUrl;
  if (raw.aid) finding.aid = raw.aid;
  return finding;
}

