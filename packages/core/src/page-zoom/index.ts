export { createPageZoom } from './page-zoom.js';
