import { defineAid } from '../aids/define.js';
import { UNDER_FORCED_COLORS } from '../color-scheme/color-scheme.js';
import { createColorFilter } from './color-filter.js';

export const colorFilterAid = defineAid({
  id: 'colorFilter',
  keys: ['colorFilter'],
  engine: createColorFilter,
  group: 'color',
  controls: [{ key: 'colorFilter' }],
  unavailable: UNDER_FORCED_COLORS,
});
