import { defineAid } from '../aids/define.js';
import { createFontScale } from './font-scale.js';

export const fontScaleAid = defineAid({
  id: 'fontScale',
  keys: ['fontScale'],
  engine: createFontScale,
  group: 'text',
  controls: [{ key: 'fontScale', icon: 'a-large-small' }],
  shortcuts: [
    { id: 'fontUp', keys: 'Alt+Shift+ArrowUp', step: 1 },
    { id: 'fontDown', keys: 'Alt+Shift+ArrowDown', step: -1 },
  ],
  properties: [{ name: '--reach-font-scale', key: 'fontScale', value: String, about: __DEV__ ? 'The text size multiplier: `calc(16px * var(--reach-font-scale, 1))`.' : '' }],
});
