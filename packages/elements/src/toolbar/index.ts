import { defineElement } from '../internal/define.js';
import { ReachToolbar } from './element.js';

export { ReachToolbar } from './element.js';
export { LAYOUTS, POSITIONS, TOOLBAR_OPTIONS } from './options.js';
export type { Layout, Position } from './options.js';
export { DEFAULT_SHORTCUTS, SHORTCUT_ACTIONS } from './shortcuts.js';
export type { ShortcutMap } from './shortcuts.js';
export { ReachCloseEvent, ReachOpenEvent } from './toolbar-events.js';
export type { MessageOverrides, ShortcutAction } from '../i18n/messages.js';

defineElement('reach-toolbar', ReachToolbar);
