// Moving content that starts by itself and lasts more than 5 s, with no way to pause
// it (WCAG 2.2.2): autoplaying videos without controls, endless CSS or script
// animations. Sound that plays by itself is axe-core's no-autoplay-audio rule.
import { accessibleName, describe, isForeign, isRendered, style } from '../dom.js';
import { Collector, type Check } from './check.js';

export const MOTION_LIMIT_MS = 5000;
const PAUSE = /pause|stop|暂停|停止|停播|play|播放/i;
const SPINNER = /spin|load|busy|progress|skeleton|加载/i;
const MIN_SIDE = 24;

function hasPauseControl(el: Element): boolean {
  // The moving thing's own region: a few ancestors up, where a carousel keeps its controls.
  let scope: Element | null = el;
  for (let i = 0; i < 4 && scope?.parentElement && scope.parentElement.localName !== 'body'; i++) scope = scope.parentElement;
  for (const control of (scope ?? el).querySelectorAll('button,[role="button"],a[href],input[type="checkbox"],[role="switch"]')) {
    if (PAUSE.test(accessibleName(control)) || PAUSE.test(control.getAttribute('title') ?? '')) return true;
  }
  return false;
}

/** The page has styles for `prefers-reduced-motion` (in the sheets it can read). */
function honoursReducedMotion(doc: Document): boolean {
  const visit = (rules: CSSRuleList): boolean => {
    for (const rule of rules) {
      const condition = (rule as CSSMediaRule).conditionText ?? (rule as CSSMediaRule).media?.mediaText;
      if (condition?.includes('prefers-reduced-motion')) return true;
      const inner = (rule as CSSGroupingRule).cssRules;
      if (inner && visit(inner)) return true;
    }
    return false;
  };
  for (const sheet of [...doc.styleSheets, ...doc.adoptedStyleSheets]) {
    try {
      if (visit(sheet.cssRules)) return true;
    } catch {
      // Another origin's sheet: not readable.
    }
  }
  return false;
}

export const checkMotion: Check = ({ doc, root, excluded, maxElements }) => {
  const found = new Collector(describe, maxElements);
  const reduced = honoursReducedMotion(doc);
  const detail = (what: string) => (reduced ? `${what}; the page has prefers-reduced-motion styles, but no pause control` : what);
  const severity = reduced ? 'moderate' : 'serious';
  let moving = 0;

  for (const video of root.querySelectorAll('video')) {
    if (excluded(video) || !isRendered(video)) continue;
    const playing = video.autoplay || (!video.paused && !video.ended);
    const long = video.loop || !(video.duration <= MOTION_LIMIT_MS / 1000);
    if (!playing || !long) continue;
    moving++;
    if (video.controls || hasPauseControl(video)) continue;
    found.add('motion-no-pause', video, detail(`plays by itself${video.loop ? ' in a loop' : ''}, without controls`), { severity });
  }

  const seen = new Set<Element>();
  for (const animation of doc.getAnimations()) {
    if (animation.playState !== 'running' || animation.constructor.name === 'CSSTransition') continue;
    const effect = animation.effect as KeyframeEffect | null;
    const target = effect?.target;
    if (!effect || !target || seen.has(target) || !root.contains(target) || isForeign(target) || excluded(target)) continue;
    const { endTime } = effect.getComputedTiming();
    if (!(Number(endTime) > MOTION_LIMIT_MS)) continue;
    const box = target.getBoundingClientRect();
    if (!isRendered(target) || box.width < MIN_SIDE || box.height < MIN_SIDE) continue;
    const label = `${target.id} ${target.getAttribute('class') ?? ''} ${target.getAttribute('role') ?? ''}`;
    if (SPINNER.test(label) || target.closest('[aria-busy="true"],[role="progressbar"]')) continue;
    if (style(target).visibility === 'hidden') continue;
    seen.add(target);
    moving++;
    if (hasPauseControl(target)) continue;
    const name = (animation as CSSAnimation).animationName;
    const how = endTime === Infinity ? 'moves endlessly' : `moves for ${Math.round(Number(endTime) / 1000)} s`;
    found.add('motion-no-pause', target, detail(`${how}${name ? ` (animation ${name})` : ''}`), { severity });
  }
  return { findings: found.findings, runs: [{ rule: 'motion-no-pause', applicable: moving > 0 }] };
};
