import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../types.js';
import { summarize } from '../summary.js';
import { renderHtml, renderTable, type RunResult } from './report.js';

const finding: Finding = {
  rule: 'axe/image-alt',
  title: 'Images must have alternative text',
  severity: 'critical',
  advice: false,
  who: ['blind'],
  fix: 'Give the image an alt attribute <b>now</b>.',
  wcag: ['1.1.1'],
  gb: ['可感知性 · 替代文本 (≙ WCAG 2.0 1.1.1)'],
  miit: [],
  approximate: ['gb'],
  elements: [{ selector: '#logo', snippet: '<img id="logo" src="x.png">', detail: 'no alt' }],
  count: 3,
};
const report: Report = {
  url: 'http://127.0.0.1:8000/about.html',
  title: 'About <us>',
  date: '2026-11-29T00:00:00.000Z',
  tool: { name: '@reachable/audit', version: '0.0.0', axe: '4.14.1' },
  viewport: { width: 1280, height: 800 },
  findings: [finding],
  checks: [],
  standards: summarize([{ rule: 'axe/image-alt', title: '', outcome: 'failed', advice: false, wcag: ['1.1.1'], gb: ['x'], miit: [] }]),
  notes: [],
};
const run: RunResult = { tool: report.tool, date: report.date, pages: [report], errors: [{ url: 'http://127.0.0.1:8000/gone.html', error: 'HTTP 404 Not Found', start: false }], excluded: [], durationMs: 1 };

describe('renderTable()', () => {
  it('counts elements by severity per page, lists pages it could not audit, and ends with the honest summary', () => {
    const table = renderTable(run);
    expect(table).toMatch(/^\/about\.html\s+3\s+0\s+0\s+0\s+0$/m);
    expect(table).toMatch(/^\/gone\.html\s+not audited: HTTP 404 Not Found$/m);
    expect(table).toContain('WCAG 2.2 (levels A and AA): 0 of 1 applicable automated checks passed, 1 failed.');
    expect(table.trim().split('\n').at(-1)).toMatch(/^Automated checks find only some accessibility defects\. This is not a statement of conformance/);
  });
});

describe('the summary over pages', () => {
  // A second page where two checks were skipped, and one that the first page left to a person was touched.
  const skipped = (rule: string, wcag: string[]) => ({ rule, title: '', outcome: 'not-run' as const, advice: false, wcag, gb: [], miit: [], note: 'skipped by the caller' });
  const second: Report = {
    ...report,
    url: 'http://127.0.0.1:8000/contact.html',
    standards: summarize([
      { rule: 'axe/image-alt', title: '', outcome: 'passed', advice: false, wcag: ['1.1.1'], gb: [], miit: [] },
      { rule: 'axe/color-contrast', title: '', outcome: 'passed', advice: false, wcag: ['1.4.3'], gb: [], miit: [] },
      skipped('focus-not-visible', ['2.4.7']),
      skipped('reflow', ['1.4.10']),
    ]),
  };
  const both: RunResult = { ...run, pages: [report, second], errors: [] };

  it('says in the table how many checks did not run', () => {
    expect(renderTable(both)).toContain('WCAG 2.2 (levels A and AA): 2 of 3 applicable automated checks passed across 2 pages, 1 failed (2 did not run).');
  });

  it('has a column for checks that did not run, and lists what a person must check from every page', () => {
    const html = renderHtml(both);
    expect(html).toContain('<th scope="col">Did not run</th>');
    expect(html).toMatch(/<th scope="row">WCAG 2\.2 \(levels A and AA\)<\/th><td class="n">2<\/td><td class="n">3<\/td><td class="n">1<\/td><td class="n">0<\/td><td class="n">2<\/td>/);
    // Contrast was checked on the second page only: still "partly".
    expect(html).toMatch(/<td>WCAG 1\.4\.3 Contrast \(Minimum\) \(AA\)<\/td><td>[^<]*<\/td><td>partly<\/td>/);
    expect(html).toMatch(/<td>WCAG 2\.4\.7 Focus Visible \(AA\)<\/td><td>[^<]*<\/td><td>not at all<\/td>/);
  });
});

describe('renderHtml()', () => {
  it('escapes what pages contain and marks approximate mappings', () => {
    const html = renderHtml(run);
    expect(html).toContain('About &#60;us&#62;');
    expect(html).toContain('Give the image an alt attribute &#60;b&#62;now&#60;/b&#62;.');
    expect(html).not.toContain('<b>now</b>');
    expect(html).toMatch(/≙ WCAG 2\.0 1\.1\.1\) <span class="approx">\(approximate mapping\)<\/span>/);
    expect(html).toContain('…and 2 more.');
    expect(html).toContain('data-standards="wcag gb" data-who="blind" data-advice="false"');
  });
});
