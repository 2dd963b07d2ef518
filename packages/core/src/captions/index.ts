export { renderCueText } from './cue-text.js';
export { parseSrt } from './srt.js';
export type { Cue } from './srt.js';
export { captionStyleAid } from './aid.js';
export { CAPTION_COLORS, CAPTION_PRESETS } from './presets.js';
export { captionTextStyle, createCaptionStyle, rgba } from './style.js';
