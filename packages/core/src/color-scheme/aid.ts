import { defineAid } from '../aids/define.js';
import { colorsOf, createColorScheme, SCHEME_COLORS, UNDER_FORCED_COLORS } from './color-scheme.js';

export const colorSchemeAid = defineAid({
  id: 'colorScheme',
  keys: ['colorScheme'],
  engine: createColorScheme,
  group: 'color',
  // Each scheme's sample in its own colours, from the engine's table, so the two cannot drift apart.
  controls: [{ key: 'colorScheme', icon: 'contrast', swatches: SCHEME_COLORS }],
  shortcuts: [{ id: 'colorScheme', keys: 'Alt+Shift+Backquote' }],
  unavailable: UNDER_FORCED_COLORS,
  properties: [
    { name: '--reach-fg', key: 'colorScheme', value: (scheme) => colorsOf(scheme)![0], about: __DEV__ ? "The scheme's text colour." : '' },
    { name: '--reach-bg', key: 'colorScheme', value: (scheme) => colorsOf(scheme)![1], about: __DEV__ ? "The scheme's background colour." : '' },
    { name: '--reach-link', key: 'colorScheme', value: (scheme) => colorsOf(scheme)![2], about: __DEV__ ? "The scheme's link colour (also its focus ring's)." : '' },
    { name: '--reach-focus', key: 'colorScheme', value: (scheme) => colorsOf(scheme)![2], about: __DEV__ ? "The scheme's focus ring colour." : '' },
  ],
});
