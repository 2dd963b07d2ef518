export { LOCALES, localeFor } from './messages.js';
export type { Locale, MessageOverrides, Messages, ShortcutAction } from './messages.js';
