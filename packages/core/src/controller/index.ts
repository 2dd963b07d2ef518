export { AIDS, createReachable, reachableFor } from './controller.js';
export type { Reachable, ReachableOptions } from './controller.js';
