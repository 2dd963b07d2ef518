export { captionBarAid } from './aid.js';
export { BASE_SIZE, createCaptionBar, type CaptionBarValue } from './caption-bar.js';
export { capacity, cut } from './cut.js';
