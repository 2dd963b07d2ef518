import { defineAid } from '../aids/define.js';

export const highlightLinksAid = defineAid({
  id: 'highlightLinks',
  keys: ['highlightLinks'],
  load: () => import('./highlight-links.js').then((m) => m.createHighlightLinks),
  group: 'reading',
  controls: [{ key: 'highlightLinks', icon: 'link' }],
});
