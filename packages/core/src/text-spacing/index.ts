export { createTextSpacing, TEXT_SPACING_CSS } from './text-spacing.js';
