export { cursorAid } from './aid.js';
export { createCursor, cursorCss } from './cursor.js';
export { cursorRefused } from './refused.js';
