export { highlightLinksAid } from './aid.js';
export { createHighlightLinks, HIGHLIGHT_LINKS_CSS } from './highlight-links.js';
