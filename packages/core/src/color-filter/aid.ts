import { defineAid } from '../aids/define.js';
import { UNDER_FORCED_COLORS } from '../color-scheme/color-scheme.js';

export const colorFilterAid = defineAid({
  id: 'colorFilter',
  keys: ['colorFilter'],
  // A filter is a rare choice: its engine loads when first turned on.
  load: () => import('./color-filter.js').then((m) => m.createColorFilter),
  group: 'color',
  controls: [{ key: 'colorFilter', icon: 'blend' }],
  unavailable: UNDER_FORCED_COLORS,
});
