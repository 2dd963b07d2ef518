export {
  announce,
  announceFromElement,
  clearAnnouncements,
  createAnnouncer,
  destroyAnnouncer,
  POLITENESS,
} from './announce/index.js';
export type { AnnounceOptions, Announcer, AnnouncerOptions, Politeness } from './announce/index.js';
export { CAPTION_COLORS, captionTextStyle, createCaptionStyle, parseSrt, renderCueText, rgba } from './captions/index.js';
export type { Cue } from './captions/index.js';
export { colorFilterCss, createColorFilter, FILTERS } from './color-filter/index.js';
export { colorSchemeCss, colorsForced, contrast, createColorScheme, luminance, SCHEME_COLORS } from './color-scheme/index.js';
export { AIDS, createReachable, reachableFor } from './controller/index.js';
export type { Reachable, ReachableOptions } from './controller/index.js';
export { adoptSheet } from './dom/index.js';
export type { OwnedSheet } from './dom/index.js';
export type { Engine } from './engine.js';
export { createFontScale, FONT_SIZE_ATTRIBUTE, LINE_HEIGHT_ATTRIBUTE } from './font-scale/index.js';
export { createPageZoom } from './page-zoom/index.js';
export * from './preferences/index.js';
export { createTextSpacing, TEXT_SPACING_CSS } from './text-spacing/index.js';
