/**
 * @internal For Reachable's own packages (@reachable/elements, @reachable/embed):
 * not a public API, and it may change in any release.
 */
export { kebab } from './kebab.js';
export { chineseScript } from './language.js';
export { describe, warn } from './warn.js';
