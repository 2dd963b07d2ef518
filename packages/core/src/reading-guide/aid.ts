import { defineAid } from '../aids/define.js';

export const readingGuideAid = defineAid({
  id: 'readingGuide',
  keys: ['readingGuide'],
  load: () => import('./reading-guide.js').then((m) => m.createReadingGuide),
  group: 'reading',
  controls: [{ key: 'readingGuide', icon: 'ruler' }],
  shortcuts: [{ id: 'readingGuide', keys: 'Alt+Shift+3' }],
});
