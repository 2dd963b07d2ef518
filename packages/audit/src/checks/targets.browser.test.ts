import { describe, expect, it } from 'vitest';
import clean from '../../test/fixtures/clean.html?raw';
import fixture from '../../test/fixtures/targets.html?raw';
import { addStyle, contextFor, loadPage, selectorsOf } from '../../test/page.js';
import { checkTargets } from './targets.js';

describe('target size', () => {
  it('finds targets under 44×44 px, and advises 60×60', async () => {
    const { findings } = await checkTargets(contextFor(await loadPage(fixture)));
    expect(selectorsOf(findings, 'target-size-enhanced')).toEqual(['#tiny']);
    expect(findings.find((f) => f.rule === 'target-size-enhanced')!.elements[0]!.detail).toBe('30×20 px');
    expect(selectorsOf(findings, 'target-size-aging')).toEqual(['#medium']);
  });

  it('leaves links inside sentences alone, and counts a checkbox with its label', async () => {
    const { findings } = await checkTargets(contextFor(await loadPage(fixture)));
    const all = findings.flatMap((f) => f.elements.map((e) => e.selector));
    expect(all).not.toContain('#inline');
    expect(all).not.toContain('#check');
    expect(all).toContain('#tiny'); // on the same page, a small target is found
  });

  it('finds nothing on the clean page', async () => {
    const { findings, runs } = await checkTargets(contextFor(await loadPage(clean)));
    expect(findings).toEqual([]);
    expect(runs.every((r) => r.applicable)).toBe(true);
  });

  it('on the same clean page, finds the navigation links once they shrink', async () => {
    const doc = await loadPage(clean);
    addStyle(doc, 'nav a { min-width: 0; min-height: 0; padding: 0; }');
    const { findings } = await checkTargets(contextFor(doc));
    expect(selectorsOf(findings, 'target-size-enhanced')).toHaveLength(2);
  });
});
