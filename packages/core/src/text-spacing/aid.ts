import { defineAid } from '../aids/define.js';
import { createTextSpacing } from './text-spacing.js';

export const textSpacingAid = defineAid({
  id: 'textSpacing',
  keys: ['textSpacing'],
  engine: createTextSpacing,
  group: 'text',
  controls: [{ key: 'textSpacing', icon: 'unfold-horizontal' }],
  shortcuts: [{ id: 'textSpacing', keys: 'Alt+Shift+1' }],
});
