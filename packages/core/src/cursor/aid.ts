import { defineAid } from '../aids/define.js';
import { cursorRefused, watchRefusal } from './refused.js';

export const cursorAid = defineAid({
  id: 'cursor',
  keys: ['cursor'],
  load: () => import('./cursor.js').then((m) => m.createCursor),
  group: 'reading',
  controls: [{ key: 'cursor', icon: 'mouse-pointer-2' }],
  shortcuts: [{ id: 'cursor', keys: 'Alt+Shift+2' }],
  // A site whose CSP refuses data: images cannot show it (the browser keeps its own cursor): the toolbar says so.
  unavailable: { reason: 'blockedByPolicy', when: cursorRefused, watch: watchRefusal },
});
