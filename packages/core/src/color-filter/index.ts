export { colorFilterCss, createColorFilter, FILTERS } from './color-filter.js';
