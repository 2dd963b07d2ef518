export { readingModeAid } from './aid.js';
export { createReadingMode } from './reading-mode.js';
