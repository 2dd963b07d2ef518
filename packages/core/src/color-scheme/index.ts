export { colorSchemeAid } from './aid.js';
export { colorSchemeCss, colorsForced, createColorScheme, SCHEME_COLORS } from './color-scheme.js';
export { contrast, luminance } from './contrast.js';
