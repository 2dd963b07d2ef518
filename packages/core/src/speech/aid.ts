import { defineAid } from '../aids/define.js';
import type { Preferences } from '../preferences/schema.js';

const reading = (preferences: Readonly<Preferences>) => preferences.speech === 'continuous';

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
  shortcuts: [
    { id: 'speech', keys: 'Alt+Shift+5' },
    // While 连读 reads the page: pause and resume it, or stop it.
    { id: 'speechPause', keys: 'Alt+Shift+7', command: { icon: 'pause', when: reading } },
    { id: 'speechStop', keys: 'Alt+Shift+8', command: { icon: 'square', when: reading } },
  ],
  unavailable: { reason: 'noSpeech', when: (doc) => !doc.defaultView?.speechSynthesis },
});
