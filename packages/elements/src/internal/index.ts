/**
 * @internal For Reachable's own packages (@reachable/embed): not a public API,
 * and it may change in any release.
 */
export { clearLoadedAnnouncer, destroyLoadedAnnouncer, loadAnnouncer } from './announcer.js';
export { defineElement } from './define.js';
// What the script tag's configuration reads, without registering the toolbar (its index module does that).
export { TOOLBAR_OPTIONS } from '../toolbar/options.js';
export { SHORTCUT_ACTIONS } from '../toolbar/shortcuts.js';
