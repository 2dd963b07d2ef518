import { localeOf, pickLocale, type Messages } from './messages.js';

/**
 * Each built-in locale's texts, loaded when first needed, so a visitor
 * downloads one language (the script tag serves each as a file of its own).
 * Adding a language: its file, a line here and one in `LOCALES`.
 */
export const LOCALE_LOADERS = {
  'zh-CN': () => import('./zh-CN.js').then((m) => m.zhCN),
  'zh-TW': () => import('./zh-TW.js').then((m) => m.zhTW),
  en: () => import('./en.js').then((m) => m.en),
} as const satisfies Record<string, () => Promise<Messages>>;

export type Locale = keyof typeof LOCALE_LOADERS;
export const LOCALE_TAGS = Object.keys(LOCALE_LOADERS) as Locale[];

/** The built-in locale for a language tag (see pickLocale). */
export const localeFor = (lang: string | null | undefined): Locale => pickLocale(lang, LOCALE_TAGS);

/** The toolbar's locale for an element: its own `lang`, else the page's (see localeOf). */
export const toolbarLocale = (el: Element): Locale => localeOf(el, LOCALE_TAGS);

/**
 * What the launcher says before a locale's texts have loaded: its name, and
 * why the panel did not open when its file could not be loaded.
 */
export const BOOT_TEXTS: Readonly<Record<Locale, { readonly launcher: string; readonly failed: string }>> = {
  'zh-CN': { launcher: '无障碍工具', failed: '无障碍工具暂时无法打开，请稍后再试。' },
  'zh-TW': { launcher: '無障礙工具', failed: '無障礙工具暫時無法開啟，請稍後再試。' },
  en: { launcher: 'Accessibility tools', failed: 'The accessibility tools could not open. Please try again.' },
};
