import { describe, expect, it } from 'vitest';
import clean from '../../test/fixtures/clean.html?raw';
import fixture from '../../test/fixtures/captcha.html?raw';
import { contextFor, loadPage, selectorsOf } from '../../test/page.js';
import { checkCaptcha } from './captcha.js';

describe('CAPTCHA alternatives', () => {
  it('advises on a picture code with no audio alternative, once per form', async () => {
    const { findings } = await checkCaptcha(contextFor(await loadPage(fixture)));
    expect(selectorsOf(findings, 'captcha-alternative')).toEqual(['#code']);
  });

  it('finds nothing on the clean page, which has no CAPTCHA', async () => {
    const { findings, runs } = await checkCaptcha(contextFor(await loadPage(clean)));
    expect(findings).toEqual([]);
    expect(runs).toEqual([{ rule: 'captcha-alternative', applicable: false }]);
  });

  it('on the same clean page, finds a picture code added to it', async () => {
    const doc = await loadPage(clean);
    doc.querySelector('main')!.insertAdjacentHTML('beforeend', '<img id="captcha" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="验证码" width="100" height="40">');
    const { findings, runs } = await checkCaptcha(contextFor(doc));
    expect(selectorsOf(findings, 'captcha-alternative')).toEqual(['#captcha']);
    expect(runs).toEqual([{ rule: 'captcha-alternative', applicable: true }]);
  });
});
