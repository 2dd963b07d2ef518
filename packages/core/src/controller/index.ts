export { AIDS, createReachable } from './controller.js';
export { reachableFor } from './running.js';
export type { Reachable, ReachableOptions } from './controller.js';
