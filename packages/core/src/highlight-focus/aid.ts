import { defineAid } from '../aids/define.js';

export const highlightFocusAid = defineAid({
  id: 'highlightFocus',
  keys: ['highlightFocus'],
  load: () => import('./highlight-focus.js').then((m) => m.createHighlightFocus),
  group: 'reading',
  controls: [{ key: 'highlightFocus', icon: 'focus' }],
});
