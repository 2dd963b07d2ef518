import { describe, expect, it } from 'vitest';
import clean from '../../test/fixtures/clean.html?raw';
import fixture from '../../test/fixtures/media.html?raw';
import { contextFor, loadPage, selectorsOf } from '../../test/page.js';
import { checkMedia } from './media.js';

describe('captions', () => {
  it('finds videos with no caption or subtitle track', async () => {
    const { findings } = await checkMedia(contextFor(await loadPage(fixture)));
    expect(selectorsOf(findings, 'video-captions')).toEqual(['#bare', '#chapters']);
  });

  it('loads and parses every caption track: missing, an HTML page, empty and SRT in a bare <track> fail', async () => {
    const { findings } = await checkMedia(contextFor(await loadPage(fixture)));
    const broken = findings.find((f) => f.rule === 'caption-track-broken')!;
    expect(broken.elements.map((e) => e.selector)).toEqual(['#missing-track', '#html-track', '#empty-track', '#srt-track']);
    expect(broken.elements.map((e) => e.detail!.replace(/^\S+ /, ''))).toEqual([
      'could not be loaded (HTTP 404)',
      'is not WebVTT (it must start with "WEBVTT")',
      'is WebVTT but has no cues',
      'is SRT, which browsers cannot show in a <track>: convert it to WebVTT or use <reach-captions>',
    ]);
  });

  it('finds nothing on the clean page', async () => {
    const { findings, runs } = await checkMedia(contextFor(await loadPage(clean)));
    expect(findings).toEqual([]);
    expect(runs.every((r) => r.applicable)).toBe(true);
  });

  it('on the same clean page, finds the video once its captions are taken away', async () => {
    const doc = await loadPage(clean);
    doc.querySelector('track')!.remove();
    const { findings } = await checkMedia(contextFor(doc));
    expect(findings.find((f) => f.rule === 'video-captions')?.elements.map((e) => e.detail)).toEqual(['has no <track>']);
  });
});
