export { adoptSheet } from '../internal/owned-sheet.js';
export type { OwnedSheet } from '../internal/owned-sheet.js';
export { deepActiveElement } from './focus.js';
export { mountOwnUi } from './mount.js';
export { isOwnUi, markOwnUi, OWN_UI_ATTRIBUTE, OWN_UI_SELECTOR, startsOwnUi } from './own-ui.js';
