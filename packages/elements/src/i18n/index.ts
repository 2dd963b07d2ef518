export { LOCALES, localeFor } from './locales.js';
export type { Locale } from './locales.js';
export type { ControlName, MessageOverrides, Messages, ShortcutAction } from './messages.js';
