// Read-aloud readiness: what a screen reader or Reachable's read-aloud says for each
// control and image. Empty names of links, buttons, fields and images are axe-core's
// (link-name, button-name, image-alt, label…); this check finds the names axe accepts
// but that say nothing — a file name, an address, "image" — and focusable elements
// with no role that axe does not look at.
import { accessibleName, describe, INTERACTIVE, isForeign, isRendered, isTabbable } from '../dom.js';
import { Collector, type Check } from './check.js';

const FILE = /^[^\s/\\]*\.(png|jpe?g|gif|webp|avif|svg|bmp|ico|tiff?|heic|pdf|docx?|xlsx?|pptx?|mp[34]|webm|mov|zip)(\?.*)?$/i;
const CAMERA = /^(img|dsc|dscn|pict|pxl|screenshot|截图|微信图片|mmexport)[_\- ]?\d{2,}/i;
const ADDRESS = /^(https?:|www\.|\/\/|data:|blob:)/i;
const SAYS_NOTHING = /^(image|img|picture|pic|photo|graphic|icon|banner|spacer|blank|untitled|placeholder|logo\.?|图片|图像|照片|图标|插图|无标题|未命名)$/i;

/** Why `name` says nothing when read aloud, or undefined when it might. */
export function meaningless(name: string): string | undefined {
  const n = name.trim();
  if (!n) return undefined;
  if (ADDRESS.test(n)) return `read aloud as an address: "${n.slice(0, 60)}"`;
  if (FILE.test(n) || CAMERA.test(n)) return `read aloud as a file name: "${n.slice(0, 60)}"`;
  if (SAYS_NOTHING.test(n)) return `read aloud as "${n}", which says nothing`;
  return undefined;
}

const NATIVE = 'a[href],area[href],button,input,select,textarea,summary,iframe,audio,video,[contenteditable]';

export const checkNames: Check = ({ root, excluded, maxElements }) => {
  const found = new Collector(describe, maxElements);
  let named = 0;
  let generic = 0;
  const candidates = root.querySelectorAll(`${INTERACTIVE},img,svg[role="img"],[role="img"]`);
  for (const el of candidates) {
    if (isForeign(el) || excluded(el) || el.closest('[aria-hidden="true"]')) continue;
    if (el.localName === 'img' && el.getAttribute('alt') === '' && !el.closest('a[href],button')) continue; // decorative
    if (!isRendered(el) && !isTabbable(el)) continue;
    named++;
    const name = accessibleName(el);
    const why = meaningless(name);
    if (why) found.add('accessible-name-meaningless', el, why);
    // A focusable element without a widget role: axe-core checks named roles only.
    if (!el.matches(NATIVE) && !el.hasAttribute('role') && el.matches('[tabindex]') && isTabbable(el)) {
      generic++;
      if (!name) found.add('focusable-no-name', el, 'focusable, but has no role and nothing to read');
    }
  }
  return {
    findings: found.findings,
    runs: [
      { rule: 'accessible-name-meaningless', applicable: named > 0 },
      { rule: 'focusable-no-name', applicable: generic > 0 },
    ],
  };
};
