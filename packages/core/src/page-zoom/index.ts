export { pageZoomAid } from './aid.js';
export { createPageZoom } from './page-zoom.js';
