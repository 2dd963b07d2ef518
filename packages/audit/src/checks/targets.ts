// Tap targets smaller than 44×44 CSS px (WCAG 2.5.5, for fingers that shake or see
// less), and smaller than 60×60 as aging-friendly advice. axe-core's target-size rule
// already holds targets to WCAG 2.2 AA's 24×24; this check does not repeat it.
import { describe, INTERACTIVE, isForeign, isRendered, style } from '../dom.js';
import { Collector, type Check } from './check.js';

export const TARGET_PX = 44;
export const AGING_TARGET_PX = 60;
const TOLERANCE = 0.5;

/** A link inside running text: WCAG's "inline" exception (its size is set by the line of text). */
function isInline(el: Element): boolean {
  if (el.localName !== 'a' || !style(el).display.startsWith('inline')) return false;
  let block: Element | null = el.parentElement;
  while (block && style(block).display.startsWith('inline')) block = block.parentElement;
  if (!block) return false;
  const own = (el.textContent ?? '').trim().length;
  const all = (block.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return all - own >= 10;
}

/** The target: the element's box, joined with its labels' boxes for checkboxes and radio buttons. */
function targetBox(el: Element): { width: number; height: number } {
  const r = el.getBoundingClientRect();
  let [left, top, right, bottom] = [r.left, r.top, r.right, r.bottom];
  const labels = (el as HTMLInputElement).labels;
  if (el.localName === 'input' && labels && /^(checkbox|radio)$/.test((el as HTMLInputElement).type)) {
    for (const label of labels) {
      const l = label.getBoundingClientRect();
      if (!l.width || !l.height) continue;
      if (!r.width || !r.height) [left, top, right, bottom] = [l.left, l.top, l.right, l.bottom];
      else [left, top, right, bottom] = [Math.min(left, l.left), Math.min(top, l.top), Math.max(right, l.right), Math.max(bottom, l.bottom)];
    }
  }
  return { width: right - left, height: bottom - top };
}

export const checkTargets: Check = ({ root, excluded, maxElements }) => {
  const found = new Collector(describe, maxElements);
  let targets = 0;
  for (const el of root.querySelectorAll(INTERACTIVE)) {
    if (isForeign(el) || excluded(el) || (el as HTMLButtonElement).disabled) continue;
    if (el.parentElement?.closest(INTERACTIVE)) continue; // the outer control is the target
    if (el.getAttribute('tabindex') === '-1' && !el.matches('a[href],button,input,select,textarea,[role]')) continue;
    const labelled = el.localName === 'input' && !!(el as HTMLInputElement).labels?.length;
    if (!isRendered(el) && !(labelled && style(el).display !== 'none')) continue;
    if (isInline(el)) continue;
    const { width, height } = targetBox(el);
    if (!width || !height) continue;
    targets++;
    const detail = `${Math.round(width)}×${Math.round(height)} px`;
    if (width < TARGET_PX - TOLERANCE || height < TARGET_PX - TOLERANCE) found.add('target-size-enhanced', el, detail);
    else if (width < AGING_TARGET_PX - TOLERANCE || height < AGING_TARGET_PX - TOLERANCE) found.add('target-size-aging', el, detail);
  }
  return {
    findings: found.findings,
    runs: [
      { rule: 'target-size-enhanced', applicable: targets > 0 },
      { rule: 'target-size-aging', applicable: targets > 0 },
    ],
  };
};
