// What a report adds up to, per standard, in honest words; and what a test or CI
// needs from it: a threshold and a baseline. No DOM here: usable in Node and browsers.
import { manualChecks, RULES, standardsOf, WCAG } from './rules.js';
import { SEVERITIES, type CheckRun, type Finding, type Report, type Severity, type Standard, type StandardSummary } from './types.js';

export const STANDARD_NAMES: Record<Standard, string> = {
  wcag: 'WCAG 2.2 (levels A and AA)',
  gb: 'GB/T 37668-2019',
  miit: 'MIIT aging-friendly design (适老化通用设计规范)',
};

/** The counts a sentence about a standard's automated checks is made of. */
export interface CheckCounts {
  passed: number;
  failed: number;
  needsReview: number;
  notApplicable: number;
  notRun: number;
}

/**
 * The one sentence that says how a standard's automated checks came out, for a page
 * or summed over pages: never leaves out that checks did not run (skipped, or unable
 * to), so a run that left checks out never reads like a full one.
 */
export function countsSentence(name: string, c: CheckCounts, pages = 1): string {
  const applicable = c.passed + c.failed + c.needsReview;
  const aside = [c.notApplicable && `${c.notApplicable} had nothing to check`, c.notRun && `${c.notRun} did not run`].filter(Boolean);
  return (
    `${name}: ${c.passed} of ${applicable} applicable automated checks passed` +
    (pages > 1 ? ` across ${pages} pages` : '') +
    (c.failed ? `, ${c.failed} failed` : '') +
    (c.needsReview ? `, ${c.needsReview} need a person to review` : '') +
    (aside.length ? ` (${aside.join(', ')})` : '') +
    '.'
  );
}

/** Per standard: how many automated checks ran, passed and failed, and what a person must check. */
export function summarize(checks: readonly CheckRun[]): StandardSummary[] {
  const ran = checks.filter((c) => c.outcome !== 'not-run');
  const manual = manualChecks(new Set(ran.flatMap((c) => c.wcag)), new Set(ran.flatMap((c) => c.miit)));
  return (['wcag', 'gb', 'miit'] as const).map((standard) => {
    const relevant = checks.filter((c) => {
      if (standard === 'wcag') return c.wcag.some((sc) => WCAG[sc]?.level !== 'AAA');
      return c[standard].length > 0;
    });
    const count = (o: CheckRun['outcome']) => relevant.filter((c) => c.outcome === o).length;
    const summary: StandardSummary = {
      standard,
      name: STANDARD_NAMES[standard],
      checks: relevant.length - count('not-run'),
      passed: count('passed'),
      failed: count('failed'),
      needsReview: count('needs-review'),
      notApplicable: count('not-applicable'),
      notRun: count('not-run'),
      sentence: '',
      manual: manual[standard],
    };
    summary.sentence =
      `${countsSentence(STANDARD_NAMES[standard], summary)} ` +
      'Automated checks find only some defects: this is not a statement of conformance; ' +
      `${summary.manual.length} items below need a person.`;
    return summary;
  });
}

/** Enrich a custom check's rule id with its row of the mapping table. */
export function ruleRow(rule: keyof typeof RULES) {
  const info = RULES[rule];
  const { gb, miit, approximate } = standardsOf(info.wcag, 'miit' in info ? info.miit : []);
  const extra = 'approximate' in info ? info.approximate : [];
  return {
    title: info.title,
    severity: info.severity as Severity,
    advice: 'advice' in info ? !!info.advice : false,
    who: [...info.who],
    fix: info.fix,
    helpUrl: 'helpUrl' in info ? info.helpUrl : undefined,
    wcag: [...info.wcag],
    gb,
    miit,
    approximate: [...new Set([...extra, ...approximate])],
  };
}

const rank = (s: Severity) => SEVERITIES.indexOf(s);

/** Findings at or above `level` (advice never counts): what `--fail-on` fails on. */
export function failing(report: Pick<Report, 'findings'>, level: Severity): Finding[] {
  return report.findings.filter((f) => !f.advice && rank(f.severity) >= rank(level));
}

/** A finding's identity across runs: its rule, aid and elements' selectors. */
export function fingerprints(finding: Finding): string[] {
  return finding.elements.map((e) => `${finding.rule}|${finding.aid ?? ''}|${e.selector}`);
}

/**
 * Findings (and their elements) that a baseline report did not have: for tests that fail
 * on new defects only, while known ones are being fixed.
 */
export function newFindings(report: Pick<Report, 'findings'>, baseline: Pick<Report, 'findings'> | readonly string[]): Finding[] {
  const known = new Set(Array.isArray(baseline) ? (baseline as string[]) : (baseline as Report).findings.flatMap(fingerprints));
  const out: Finding[] = [];
  for (const f of report.findings) {
    const elements = f.elements.filter((e) => !known.has(`${f.rule}|${f.aid ?? ''}|${e.selector}`));
    if (elements.length) out.push({ ...f, elements, count: elements.length });
  }
  return out;
}

/** Sorts findings: failures before advice, then by severity, then by rule. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => Number(a.advice) - Number(b.advice) || rank(b.severity) - rank(a.severity) || a.rule.localeCompare(b.rule));
}
