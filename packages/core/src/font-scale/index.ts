export { fontScaleAid } from './aid.js';
export { createFontScale, FONT_SIZE_ATTRIBUTE, LINE_HEIGHT_ATTRIBUTE } from './font-scale.js';
export type { Engine } from '../engine.js';
