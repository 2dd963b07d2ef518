export { AIDS, createReachable } from './controller.js';
export type { Reachable, ReachableOptions } from './controller.js';
