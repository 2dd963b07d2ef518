export { textSpacingAid } from './aid.js';
export { createTextSpacing, TEXT_SPACING_CSS } from './text-spacing.js';
