export { createReachable } from './controller.js';
export { reachableFor } from './running.js';
export { ReachAidErrorEvent } from './aid-error-event.js';
export type { Honours, Reachable, ReachableOptions } from './controller.js';
export { hookAttribute, hookAttributes } from './hooks.js';
export { AIDS } from '../aids/registry.js';
export type { AidId } from '../aids/registry.js';
