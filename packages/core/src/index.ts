export {
  announce,
  announceFromElement,
  clearAnnouncements,
  createAnnouncer,
  POLITENESS,
} from './announce/index.js';
export type { AnnounceOptions, Announcer, AnnouncerOptions, Politeness } from './announce/index.js';
export * from './preferences/index.js';
export { createFontScale, FONT_SIZE_ATTRIBUTE, LINE_HEIGHT_ATTRIBUTE } from './font-scale/index.js';
export type { Engine } from './engine.js';
