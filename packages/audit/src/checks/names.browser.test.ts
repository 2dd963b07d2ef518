import { describe, expect, it } from 'vitest';
import clean from '../../test/fixtures/clean.html?raw';
import fixture from '../../test/fixtures/names.html?raw';
import { contextFor, loadPage, selectorsOf } from '../../test/page.js';
import { checkNames } from './names.js';

describe('read-aloud readiness', () => {
  it('finds names that are file names, addresses or words that say nothing', async () => {
    const { findings } = await checkNames(contextFor(await loadPage(fixture)));
    expect(selectorsOf(findings, 'accessible-name-meaningless')).toEqual(['#camera', '#generic', '#address']);
    const details = findings.find((f) => f.rule === 'accessible-name-meaningless')!.elements.map((e) => e.detail);
    expect(details).toEqual([
      'read aloud as a file name: "IMG_2034.jpg"',
      'read aloud as "图片", which says nothing',
      'read aloud as an address: "https://example.org/donate"',
    ]);
  });

  it('finds a focusable element with no role and nothing to read, not one with a name', async () => {
    const { findings } = await checkNames(contextFor(await loadPage(fixture)));
    expect(selectorsOf(findings, 'focusable-no-name')).toEqual(['#silent']);
  });

  it('finds nothing on the clean page', async () => {
    const { findings } = await checkNames(contextFor(await loadPage(clean)));
    expect(findings).toEqual([]);
  });

  it('on the same clean page, finds an image whose text alternative became its file name', async () => {
    const doc = await loadPage(clean);
    doc.querySelector('img')!.alt = 'IMG_2034.jpg';
    const { findings } = await checkNames(contextFor(doc));
    expect(findings.find((f) => f.rule === 'accessible-name-meaningless')?.elements.map((e) => e.detail)).toEqual(['read aloud as a file name: "IMG_2034.jpg"']);
  });
});
