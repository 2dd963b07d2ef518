import { describe, expect, it } from 'vitest';
import clean from '../../test/fixtures/clean.html?raw';
import fixture from '../../test/fixtures/motion.html?raw';
import { addStyle, contextFor, loadPage, selectorsOf } from '../../test/page.js';
import { checkMotion } from './motion.js';

describe('moving content', () => {
  it('finds endless animations and autoplaying videos with no way to pause them', async () => {
    const { findings } = await checkMotion(contextFor(await loadPage(fixture)));
    expect(selectorsOf(findings, 'motion-no-pause').sort()).toEqual(['#background', '#ticker']);
  });

  it('leaves alone what can be paused, what stops within 5 s, and loading spinners', async () => {
    const { findings } = await checkMotion(contextFor(await loadPage(fixture)));
    const all = selectorsOf(findings, 'motion-no-pause');
    for (const ok of ['#carousel', '#once', '#spinner', '#with-controls']) expect(all).not.toContain(ok);
    expect(all).toContain('#ticker'); // on the same page, what cannot be paused is found
  });

  it('finds nothing on the clean page', async () => {
    const { findings } = await checkMotion(contextFor(await loadPage(clean)));
    expect(findings).toEqual([]);
  });

  it('on the same clean page, finds an endless animation added to it', async () => {
    const doc = await loadPage(clean);
    addStyle(doc, '@keyframes drift { to { transform: translateX(4px); } } .card { animation: drift 2s infinite alternate; }');
    const { findings } = await checkMotion(contextFor(doc));
    expect(findings.find((f) => f.rule === 'motion-no-pause')?.elements.map((e) => e.detail)).toEqual(['moves endlessly (animation drift)']);
  });
});
