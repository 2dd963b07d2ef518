export { renderCueText } from './cue-text.js';
export { parseSrt } from './srt.js';
export type { Cue } from './srt.js';
export { CAPTION_COLORS, captionTextStyle, createCaptionStyle, rgba } from './style.js';
