export { ReachAnnouncer } from './announcer.js';
export type { ReachAnnouncerProps } from './announcer.js';
export { ReachCaptions } from './captions.js';
export type { ReachCaptionsProps } from './captions.js';
export { ReachableProvider, useReachable } from './reachable.js';
export type { ReachableProviderProps } from './reachable.js';
export { ReachToolbar } from './toolbar.js';
export type { ReachToolbarProps } from './toolbar.js';
export { usePreference } from './use-preference.js';
