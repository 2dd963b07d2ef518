export { defineAid } from './define.js';
export type { AidDefinition, AidValue, ControlSpec, CssHook, ShortcutSpec, Unavailable } from './define.js';
export { AIDS, REGISTRY } from './registry.js';
export { GROUPS } from './groups.js';
export type { GroupId } from './groups.js';
export type { Aid, AidId } from './registry.js';
