export { colorFilterAid } from './aid.js';
export { colorFilterCss, createColorFilter, FILTERS } from './color-filter.js';
