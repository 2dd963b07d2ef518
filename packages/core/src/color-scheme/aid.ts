import { defineAid } from '../aids/define.js';
import { createColorScheme, SCHEME_COLORS, UNDER_FORCED_COLORS } from './color-scheme.js';

export const colorSchemeAid = defineAid({
  id: 'colorScheme',
  keys: ['colorScheme'],
  engine: createColorScheme,
  group: 'color',
  // Each scheme's sample in its own colours, from the engine's table, so the two cannot drift apart.
  controls: [{ key: 'colorScheme', icon: 'contrast', swatches: SCHEME_COLORS }],
  shortcuts: [{ id: 'colorScheme', keys: 'Alt+Shift+Backquote' }],
  unavailable: UNDER_FORCED_COLORS,
});
