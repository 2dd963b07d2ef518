export { ReachChangeEvent } from './change-event.js';
export {
  CAPTION_EDGES,
  CAPTION_FONTS,
  CAPTION_POSITIONS,
  CAPTION_STYLE_FIELDS,
  COLOR_FILTERS,
  COLOR_SCHEMES,
  CURSORS,
  DEFAULT_PREFERENCES,
  PREFERENCE_KEYS,
  READING_GUIDES,
  SCHEMA,
  SPEECH_MODES,
  isPreferenceKey,
  parsePreference,
  rangeSteps,
} from './schema.js';
export type {
  CaptionStyle,
  ColorFilter,
  ColorScheme,
  Cursor,
  Field,
  PreferenceChanges,
  PreferenceKey,
  Preferences,
  ReadingGuide,
  SpeechMode,
} from './schema.js';
export { memoryStorage, safeLocalStorage } from './storage.js';
export type { PreferenceStorage } from './storage.js';
export { createPreferenceStore, DEFAULT_STORAGE_KEY, STORAGE_VERSION } from './store.js';
export type { PreferenceListener, PreferenceStore, PreferenceStoreOptions } from './store.js';
