export { BOOT_TEXTS, LOCALE_LOADERS, LOCALE_TAGS, localeFor } from './load.js';
export type { Locale } from './load.js';
export { LOCALES } from './locales.js';
export type { ControlName, MessageOverrides, Messages, ShortcutAction } from './messages.js';
