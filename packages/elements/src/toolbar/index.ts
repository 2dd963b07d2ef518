import { defineElement } from '../internal/define.js';
import { ReachToolbar } from './element.js';

export { LAYOUTS, POSITIONS, ReachToolbar } from './element.js';
export type { Layout, Position } from './element.js';
export { DEFAULT_SHORTCUTS } from './shortcuts.js';
export type { ShortcutMap } from './shortcuts.js';
export { ReachCloseEvent, ReachOpenEvent } from './toolbar-events.js';
export { SHORTCUT_ACTIONS } from '../i18n/messages.js';
export type { MessageOverrides } from '../i18n/messages.js';

defineElement('reach-toolbar', ReachToolbar);
