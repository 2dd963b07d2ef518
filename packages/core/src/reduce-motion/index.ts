export { reduceMotionAid } from './aid.js';
export { createReduceMotion, REDUCE_MOTION_CSS } from './reduce-motion.js';
