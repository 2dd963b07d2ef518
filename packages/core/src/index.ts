export {
  announce,
  announceFromElement,
  clearAnnouncements,
  createAnnouncer,
  destroyAnnouncer,
  POLITENESS,
} from './announce/index.js';
export type { AnnounceOptions, Announcer, AnnouncerOptions, Politeness } from './announce/index.js';
export { AIDS, defineAid, REGISTRY } from './aids/index.js';
export type { Aid, AidDefinition, AidId, AidValue, ControlSpec, CssHook, ShortcutSpec } from './aids/index.js';
export { CAPTION_COLORS, CAPTION_PRESETS, captionStyleAid, captionTextStyle, createCaptionStyle, parseSrt, renderCueText, rgba } from './captions/index.js';
export type { Cue } from './captions/index.js';
export { colorFilterAid, colorFilterCss, createColorFilter, FILTERS } from './color-filter/index.js';
export { colorSchemeAid, colorSchemeCss, colorsForced, contrast, createColorScheme, luminance, SCHEME_COLORS } from './color-scheme/index.js';
export { createReachable, hookAttribute, hookAttributes, ReachAidErrorEvent, reachableFor } from './controller/index.js';
export type { Honours, Reachable, ReachableOptions } from './controller/index.js';
export { adoptSheet, isOwnUi, markOwnUi, OWN_UI_ATTRIBUTE, OWN_UI_SELECTOR } from './dom/index.js';
export type { OwnedSheet } from './dom/index.js';
export type { Engine, EngineContext } from './engine.js';
export { createCursor, cursorAid, cursorCss, cursorRefused } from './cursor/index.js';
export { createHighlightFocus, HIGHLIGHT_FOCUS_CSS, highlightFocusAid } from './highlight-focus/index.js';
export { createHighlightLinks, HIGHLIGHT_LINKS_CSS, highlightLinksAid } from './highlight-links/index.js';
export { createReadingGuide, readingGuideAid } from './reading-guide/index.js';
export { createReadingMode, readingModeAid } from './reading-mode/index.js';
// Read-aloud's engine and helpers are in `@reachable/core/speech`: they import the accessible-name library,
// which this entry must not make every page that imports it resolve.
export { speechAid } from './speech/aid.js';
export type { SpeechOptions, SpeechProvider } from './speech/provider.js';
// The caption bar's engine shares read-aloud's accessible-name library: it is in `@reachable/core/caption-bar`.
export { captionBarAid } from './caption-bar/aid.js';
export { createReduceMotion, REDUCE_MOTION_CSS, reduceMotionAid } from './reduce-motion/index.js';
export { createFontScale, fontScaleAid, FONT_SIZE_ATTRIBUTE, LINE_HEIGHT_ATTRIBUTE } from './font-scale/index.js';
export { createPageZoom, pageZoomAid } from './page-zoom/index.js';
export { PRESET_DEFINITIONS, presetAid, presetChanges, isValidPreset } from './presets/index.js';
export type { PresetDefinition } from './presets/index.js';
export * from './preferences/index.js';
export { createTextSpacing, TEXT_SPACING_CSS, textSpacingAid } from './text-spacing/index.js';
