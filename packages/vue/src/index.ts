export { ReachAnnouncer } from './announcer.js';
export { ReachCaptions } from './captions.js';
export { Reachable } from './plugin.js';
export type { ReachablePluginOptions } from './plugin.js';
export { REACHABLE_KEY, useReachable } from './reachable.js';
export { ReachToolbar } from './toolbar.js';
export { usePreference } from './use-preference.js';
