import { defineAid } from '../aids/define.js';
import { createColorScheme, UNDER_FORCED_COLORS } from './color-scheme.js';

export const colorSchemeAid = defineAid({
  id: 'colorScheme',
  keys: ['colorScheme'],
  engine: createColorScheme,
  group: 'color',
  controls: [{ key: 'colorScheme' }],
  shortcuts: [{ id: 'colorScheme', keys: 'Alt+Shift+Backquote' }],
  unavailable: UNDER_FORCED_COLORS,
});
