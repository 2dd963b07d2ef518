import { defineAid } from '../aids/define.js';

export const reduceMotionAid = defineAid({
  id: 'reduceMotion',
  keys: ['reduceMotion'],
  load: () => import('./reduce-motion.js').then((m) => m.createReduceMotion),
  group: 'reading',
  controls: [{ key: 'reduceMotion', icon: 'circle-pause' }],
});
