import { captionBarAid } from '../caption-bar/aid.js';
import { captionStyleAid } from '../captions/aid.js';
import { cursorAid } from '../cursor/aid.js';
import { highlightFocusAid } from '../highlight-focus/aid.js';
import { highlightLinksAid } from '../highlight-links/aid.js';
import { readingGuideAid } from '../reading-guide/aid.js';
import { readingModeAid } from '../reading-mode/aid.js';
import { reduceMotionAid } from '../reduce-motion/aid.js';
import { speechAid } from '../speech/aid.js';
import { colorFilterAid } from '../color-filter/aid.js';
import { colorSchemeAid } from '../color-scheme/aid.js';
import { fontScaleAid } from '../font-scale/aid.js';
import { pageZoomAid } from '../page-zoom/aid.js';
import { presetAid } from '../presets/aid.js';
import { textSpacingAid } from '../text-spacing/aid.js';

/**
 * Every aid this version of Reachable offers, in toolbar order: adding an aid
 * is its own folder plus one line here, its texts in each locale, and its
 * exports (docs/contributing.md, "Adding an aid"). Its preference keys are
 * the schema's, a public contract that exists before any aid uses it.
 */
export const REGISTRY = [
  presetAid,
  fontScaleAid,
  pageZoomAid,
  textSpacingAid,
  colorSchemeAid,
  colorFilterAid,
  cursorAid,
  readingGuideAid,
  highlightLinksAid,
  highlightFocusAid,
  reduceMotionAid,
  readingModeAid,
  speechAid,
  captionBarAid,
  captionStyleAid,
] as const;

export type Aid = (typeof REGISTRY)[number];
export type AidId = Aid['id'];

/** The ids of the aids this version can apply, in toolbar order. */
export const AIDS: readonly AidId[] = /* @__PURE__ */ REGISTRY.map((aid) => aid.id);
