import { defineAid } from '../aids/define.js';
import { presetChanges } from './presets.js';

export const presetAid = defineAid({
  id: 'preset',
  keys: ['preset', 'presetRestore'],
  // Nothing of its own to apply: it changes other aids' preferences, and their engines apply them.
  changes: presetChanges,
  group: 'presets',
  controls: [{ key: 'preset', option: 'care', name: 'care', icon: 'heart-handshake' }],
  shortcuts: [{ id: 'care', keys: 'Alt+Shift+9', control: 'care' }],
});
