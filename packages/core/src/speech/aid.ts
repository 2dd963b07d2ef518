import { defineAid } from '../aids/define.js';

export const speechAid = defineAid({
  id: 'speech',
  keys: ['speech', 'speechRate'],
  // Its engine and the accessible-name library load when the visitor first turns it on.
  load: () => import('./speech.js').then((m) => m.createSpeech),
  group: 'speech',
  controls: [
    { key: 'speech', icon: 'volume-2' },
    { key: 'speechRate', icon: 'gauge', barMenu: true, whenOn: true },
  ],
  shortcuts: [{ id: 'speech', keys: 'Alt+Shift+5' }],
  unavailable: { reason: 'noSpeech', when: (doc) => !doc.defaultView?.speechSynthesis },
});
