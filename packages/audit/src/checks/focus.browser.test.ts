import { describe, expect, it } from 'vitest';
import clean from '../../test/fixtures/clean.html?raw';
import fixture from '../../test/fixtures/focus.html?raw';
import { contextFor, loadPage, selectorsOf } from '../../test/page.js';
import { checkFocus } from './focus.js';

describe('focus order and visibility', () => {
  it('finds focus that disappears off screen', async () => {
    const { findings } = await checkFocus(contextFor(await loadPage(fixture)));
    expect(selectorsOf(findings, 'focus-lost')).toEqual(['#skip']);
  });

  it('finds an element that looks the same focused and not', async () => {
    const { findings } = await checkFocus(contextFor(await loadPage(fixture)));
    expect(selectorsOf(findings, 'focus-not-visible')).toEqual(['#plain']);
  });

  it('finds focus that lands behind a fixed header', async () => {
    const { findings } = await checkFocus(contextFor(await loadPage(fixture)));
    expect(selectorsOf(findings, 'focus-obscured')).toEqual(['#covered']);
  });

  it('finds focus that jumps backwards (a positive tabindex)', async () => {
    const { findings } = await checkFocus(contextFor(await loadPage(fixture)));
    expect(selectorsOf(findings, 'focus-backwards')).toEqual(['#covered']);
  });

  it('puts focus and scrolling back as they were', async () => {
    const doc = await loadPage(fixture);
    await checkFocus(contextFor(doc));
    expect(doc.activeElement).toBe(doc.body);
    expect(doc.defaultView!.scrollY).toBe(0);
    expect(doc.adoptedStyleSheets).toEqual([]);
  });

  it('finds nothing on the clean page', async () => {
    const { findings } = await checkFocus(contextFor(await loadPage(clean)));
    expect(findings).toEqual([]);
  });
});
