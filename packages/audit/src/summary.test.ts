import { describe, expect, it } from 'vitest';
import { failing, fingerprints, newFindings, summarize } from './summary.js';
import type { CheckRun, Finding } from './types.js';

const finding = (rule: string, severity: Finding['severity'], selectors: string[], advice = false): Finding => ({
  rule,
  title: rule,
  severity,
  advice,
  who: ['blind'],
  fix: '',
  wcag: [],
  gb: [],
  miit: [],
  approximate: [],
  elements: selectors.map((selector) => ({ selector, snippet: '' })),
  count: selectors.length,
});

describe('failing()', () => {
  const report = { findings: [finding('a', 'critical', ['#a']), finding('b', 'moderate', ['#b']), finding('c', 'serious', ['#c'], true)] };
  it('counts findings at or above the level, never advice', () => {
    expect(failing(report, 'serious').map((f) => f.rule)).toEqual(['a']);
    expect(failing(report, 'moderate').map((f) => f.rule)).toEqual(['a', 'b']);
    expect(failing(report, 'minor').map((f) => f.rule)).toEqual(['a', 'b']);
    expect(failing(report, 'critical').map((f) => f.rule)).toEqual(['a']);
  });
});

describe('newFindings()', () => {
  it('keeps only the elements a baseline did not have', () => {
    const baseline = { findings: [finding('axe/image-alt', 'critical', ['#logo'])] };
    const report = { findings: [finding('axe/image-alt', 'critical', ['#logo', '#hero']), finding('text-size', 'moderate', ['main > p'])] };
    const fresh = newFindings(report, baseline);
    expect(fresh.map((f) => [f.rule, f.elements.map((e) => e.selector)])).toEqual([
      ['axe/image-alt', ['#hero']],
      ['text-size', ['main > p']],
    ]);
    expect(newFindings(report, report.findings.flatMap(fingerprints))).toEqual([]);
  });
});

describe('summarize()', () => {
  const run = (rule: string, outcome: CheckRun['outcome'], wcag: string[], miit: string[] = []): CheckRun => ({ rule, title: rule, outcome, advice: false, wcag, gb: [], miit });
  it('counts per standard and says what that does not mean', () => {
    const [wcag, , miit] = summarize([run('x', 'passed', ['1.4.3']), run('y', 'failed', ['2.4.7']), run('z', 'not-applicable', ['1.2.2']), run('m', 'passed', [], ['字体'])]);
    expect(wcag!.sentence).toBe(
      'WCAG 2.2 (levels A and AA): 1 of 2 applicable automated checks passed, 1 failed (1 had nothing to check). Automated checks find only some defects: this is not a statement of conformance; 55 items below need a person.',
    );
    expect(miit!).toMatchObject({ checks: 1, passed: 1 });
  });

  it('says how many checks did not run, so a run that left checks out never reads like a full one', () => {
    const skipped = (rule: string, wcag: string[]) => ({ ...run(rule, 'not-run', wcag), note: 'skipped by the caller' });
    const [wcag] = summarize([run('x', 'passed', ['1.4.3']), skipped('focus-not-visible', ['2.4.7']), skipped('reflow', ['1.4.10'])]);
    expect(wcag!.sentence).toMatch(/^WCAG 2\.2 \(levels A and AA\): 1 of 1 applicable automated checks passed \(2 did not run\)\. /);
    expect(wcag).toMatchObject({ checks: 1, notRun: 2 });
  });

  it("marks MIIT's items partly automated only when a check for them ran", () => {
    const captcha = (outcome: CheckRun['outcome']) => run('captcha-alternative', outcome, ['1.1.1', '3.3.8'], ['验证码：非文本验证码提供可被不同感官接受的替代形式（文字、语音）']);
    const item = (checks: CheckRun[], ref: RegExp) => summarize(checks)[2]!.manual.find((m) => ref.test(m.ref))!.automated;
    expect(item([captcha('not-applicable')], /^验证码/)).toBe('partly');
    expect(item([captcha('not-run')], /^验证码/)).toBe('no');
    expect(item([captcha('not-run')], /^字体大小/)).toBe('no');
    expect(item([run('text-size', 'passed', [], ['字体大小：主要内容文字足够大、可放大（APP 适老版主要文字 ≥ 18 dp/pt）'])], /^字体大小/)).toBe('partly');
    expect(item([captcha('not-run')], /^语音阅读/)).toBe('no');
    expect(item([run('axe/image-alt', 'passed', ['1.1.1'])], /^语音阅读/)).toBe('partly');
  });

  it('leaves AAA-only checks out of the WCAG A/AA count', () => {
    const [wcag] = summarize([run('enhanced', 'failed', ['1.4.6'])]);
    expect(wcag).toMatchObject({ checks: 0, failed: 0 });
  });
});
