import { en } from './en.js';
import type { Locale } from './load.js';
import { withOverrides, type MessageOverrides, type Messages } from './messages.js';
import { zhCN } from './zh-CN.js';
import { zhTW } from './zh-TW.js';

/** Every built-in locale's texts at once (the toolbar itself loads only the one it needs: see LOCALE_LOADERS). */
export const LOCALES: Readonly<Record<Locale, Messages>> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

export type { Locale } from './load.js';

/** A locale's messages with a site's overrides applied. */
export const messagesFor = (locale: Locale, overrides?: MessageOverrides): Messages => withOverrides<Messages>(LOCALES[locale], overrides);
