export { readingGuideAid } from './aid.js';
export { createReadingGuide } from './reading-guide.js';
