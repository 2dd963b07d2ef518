export { highlightFocusAid } from './aid.js';
export { createHighlightFocus, HIGHLIGHT_FOCUS_CSS } from './highlight-focus.js';
