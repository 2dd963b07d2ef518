import { en } from './en.js';
import { localeOf, pickLocale, withOverrides, type MessageOverrides, type Messages } from './messages.js';
import { zhCN } from './zh-CN.js';
import { zhTW } from './zh-TW.js';

/** The built-in locales. Adding one is a file of its texts and a line here. */
export const LOCALES = { 'zh-CN': zhCN, 'zh-TW': zhTW, en } as const satisfies Record<string, Messages>;
export type Locale = keyof typeof LOCALES;

const NAMES = Object.keys(LOCALES) as Locale[];

/** The toolbar's locale for a language tag (see pickLocale). */
export const localeFor = (lang: string | null | undefined): Locale => pickLocale(lang, NAMES);

/** The toolbar's locale for an element (see localeOf). */
export const toolbarLocale = (el: Element): Locale => localeOf(el, NAMES);

/** A locale's messages with a site's overrides applied. */
export const messagesFor = (locale: Locale, overrides?: MessageOverrides): Messages => withOverrides<Messages>(LOCALES[locale], overrides);
