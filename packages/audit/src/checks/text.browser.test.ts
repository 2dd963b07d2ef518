import { describe, expect, it } from 'vitest';
import clean from '../../test/fixtures/clean.html?raw';
import fixture from '../../test/fixtures/text.html?raw';
import { addStyle, contextFor, loadPage, selectorsOf } from '../../test/page.js';
import { checkText } from './text.js';

describe('text size and line height', () => {
  it('finds body text under 16 px, but not a short label or a small aside in comfortable text', async () => {
    const { findings } = await checkText(contextFor(await loadPage(fixture)));
    expect(selectorsOf(findings, 'text-size')).toEqual(['#small']);
    expect(findings.find((f) => f.rule === 'text-size')!.elements[0]!.detail).toBe('14 px');
  });

  it('advises 18 px for main content that has the 16 px minimum', async () => {
    const { findings } = await checkText(contextFor(await loadPage(fixture)));
    expect(selectorsOf(findings, 'text-size-main')).toEqual(['#tight', '#medium']);
  });

  it('measures the distance between lines: under 1.3 is a finding, under 1.5 advice', async () => {
    const { findings } = await checkText(contextFor(await loadPage(fixture)));
    expect(selectorsOf(findings, 'line-height')).toEqual(['#tight']);
    expect(selectorsOf(findings, 'line-height-enhanced')).toEqual(['#medium']);
    expect(findings.find((f) => f.rule === 'line-height')!.elements[0]!.detail).toMatch(/^line height 1\.1\d? /);
  });

  it('finds nothing on the clean page, and says it looked', async () => {
    const { findings, runs } = await checkText(contextFor(await loadPage(clean)));
    expect(findings).toEqual([]);
    expect(runs.filter((r) => r.applicable).map((r) => r.rule)).toEqual(['text-size', 'text-size-main', 'line-height', 'line-height-enhanced']);
  });

  it('on the same clean page, finds a paragraph set smaller and tighter', async () => {
    const doc = await loadPage(clean);
    addStyle(doc, '.card { font-size: 13px; line-height: 1.1; }');
    const { findings } = await checkText(contextFor(doc));
    expect(findings.find((f) => f.rule === 'text-size')?.elements.map((e) => e.detail)).toEqual(['13 px']);
    expect(findings.find((f) => f.rule === 'line-height')?.elements).toHaveLength(1);
  });
});
