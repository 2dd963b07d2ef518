export { format, LOCALES, localeFor, messagesFor, pickLocale, SHORTCUT_ACTIONS } from './messages.js';
export type { Locale, MessageOverrides, Messages, ShortcutAction } from './messages.js';
