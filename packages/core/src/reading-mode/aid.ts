import { defineAid } from '../aids/define.js';

export const readingModeAid = defineAid({
  id: 'readingMode',
  keys: ['readingMode'],
  // Opened now and then, by some visitors: its engine loads when first turned on.
  load: () => import('./reading-mode.js').then((m) => m.createReadingMode),
  group: 'reading',
  controls: [{ key: 'readingMode', icon: 'book-open-text' }],
  shortcuts: [{ id: 'readingMode', keys: 'Alt+Shift+4' }],
});
