// CAPTCHAs without a non-visual alternative (advice): picture codes, slider and puzzle
// checks that blind, low-vision and many older visitors cannot pass.
import { accessibleName, describe, isForeign, isRendered } from '../dom.js';
import { Collector, type Check } from './check.js';

const CAPTCHA = /captcha|验证码|校验码|geetest|recaptcha|hcaptcha|turnstile|slide-?verif|slider-?captcha|滑块|拼图|puzzle-?verif|vcode|verify-?code|checkcode|authcode/i;
const ALTERNATIVE = /audio|voice|speak|listen|语音|听|朗读|短信|sms|e-?mail|邮件/i;

function label(el: Element): string {
  const attrs = ['id', 'class', 'name', 'src', 'alt', 'title', 'aria-label', 'placeholder', 'data-sitekey'];
  return attrs.map((a) => el.getAttribute(a) ?? '').join(' ');
}

export const checkCaptcha: Check = ({ root, excluded, maxElements }) => {
  const found = new Collector(describe, maxElements);
  const seen = new Set<Element>();
  let captchas = 0;
  for (const el of root.querySelectorAll('img,canvas,iframe,div,span,input,form')) {
    if (isForeign(el) || excluded(el) || !CAPTCHA.test(label(el))) continue;
    if (el.localName === 'input' && (el as HTMLInputElement).type === 'hidden') continue;
    // One finding per CAPTCHA: its form, or its own box.
    const region = el.closest('form') ?? el;
    if (seen.has(region) || (el.localName !== 'form' && [...seen].some((s) => s.contains(el)))) continue;
    if (!isRendered(el) && el.localName !== 'form') continue;
    seen.add(region);
    captchas++;
    const alternative =
      region.querySelector('audio') ||
      [...region.querySelectorAll('button,a[href],[role="button"],input[type="button"]')].some((c) => ALTERNATIVE.test(`${accessibleName(c)} ${label(c)}`));
    if (!alternative) found.add('captcha-alternative', el, 'no audio or other non-visual way to pass it was found next to it');
  }
  return { findings: found.findings, runs: [{ rule: 'captcha-alternative', applicable: captchas > 0 }] };
};
