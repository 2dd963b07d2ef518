import type { ControlName } from '../toolbar/controls.js';

/**
 * Every string the toolbar shows or speaks. `{name}` and `{value}` are
 * filled in. A locale is one object of this shape; a site can override any
 * message of any locale (see docs/i18n.md).
 */
export interface Messages {
  /** The toolbar's title, and the name of its dialog. */
  title: string;
  /** The launcher button's accessible name. */
  launcher: string;
  close: string;
  reset: string;
  /** Spoken after reset. */
  resetDone: string;
  /** The button that shows the keyboard shortcuts. */
  shortcuts: string;
  shortcutsOff: string;
  /** The honest note in the help view. */
  note: string;
  groups: Record<'text' | 'color' | 'reading' | 'speech' | 'captions', string>;
  /** Names of the controls: preference keys, and captionSize / captionColors for the caption controls. */
  aids: Partial<Record<ControlName, string>>;
  /** Names of the choices of choice aids (colour schemes, filters). */
  options: Record<string, string>;
  /** Shown instead of the colour controls when the operating system forces its own colours. */
  forcedColors: string;
  increase: string;
  decrease: string;
  /** Spoken when a value changes, e.g. "字体大小 150%". */
  changed: string;
  turnedOn: string;
  turnedOff: string;
  actions: Record<ShortcutAction, string>;
}

export const SHORTCUT_ACTIONS = ['toggle', 'reset', 'fontUp', 'fontDown', 'zoomIn', 'zoomOut', 'textSpacing', 'colorScheme'] as const;
export type ShortcutAction = (typeof SHORTCUT_ACTIONS)[number];

const zhCN: Messages = {
  title: '无障碍工具',
  launcher: '无障碍工具',
  close: '关闭',
  reset: '全部重置',
  resetDone: '已全部重置',
  shortcuts: '快捷键',
  shortcutsOff: '本网站已关闭快捷键。',
  note: '这些辅助功能帮助您阅读本网站，但不能代替网站本身的无障碍设计。您的设置只保存在本浏览器中。',
  groups: { text: '文字', color: '颜色', reading: '阅读', speech: '语音', captions: '字幕' },
  aids: { fontScale: '字体大小', pageZoom: '页面缩放', textSpacing: '文字间距', colorScheme: '配色', colorFilter: '滤镜', captionSize: '字幕大小', captionColors: '字幕颜色' },
  options: {
    default: '网站原色',
    'white-on-black': '白字黑底',
    'yellow-on-black': '黄字黑底',
    'black-on-yellow': '黑字黄底',
    'black-on-white': '黑字白底',
    'white-on-blue': '白字蓝底',
    none: '无',
    invert: '反色',
    grayscale: '灰度',
    'low-saturation': '低饱和度',
  },
  forcedColors: '您的系统已启用高对比度颜色，配色和滤镜由系统决定。',
  increase: '增大{name}',
  decrease: '减小{name}',
  changed: '{name} {value}',
  turnedOn: '{name}已开启',
  turnedOff: '{name}已关闭',
  actions: {
    toggle: '打开或关闭无障碍工具',
    reset: '全部重置',
    fontUp: '增大字体',
    fontDown: '减小字体',
    zoomIn: '放大页面',
    zoomOut: '缩小页面',
    textSpacing: '开关文字间距',
    colorScheme: '切换配色',
  },
};

const zhTW: Messages = {
  title: '無障礙工具',
  launcher: '無障礙工具',
  close: '關閉',
  reset: '全部重設',
  resetDone: '已全部重設',
  shortcuts: '快速鍵',
  shortcutsOff: '本網站已關閉快速鍵。',
  note: '這些輔助功能幫助您閱讀本網站，但不能取代網站本身的無障礙設計。您的設定只儲存在本瀏覽器中。',
  groups: { text: '文字', color: '色彩', reading: '閱讀', speech: '語音', captions: '字幕' },
  aids: { fontScale: '字體大小', pageZoom: '頁面縮放', textSpacing: '文字間距', colorScheme: '配色', colorFilter: '濾鏡', captionSize: '字幕大小', captionColors: '字幕顏色' },
  options: {
    default: '網站原色',
    'white-on-black': '白字黑底',
    'yellow-on-black': '黃字黑底',
    'black-on-yellow': '黑字黃底',
    'black-on-white': '黑字白底',
    'white-on-blue': '白字藍底',
    none: '無',
    invert: '反色',
    grayscale: '灰階',
    'low-saturation': '低飽和度',
  },
  forcedColors: '您的系統已啟用高對比色彩，配色和濾鏡由系統決定。',
  increase: '放大{name}',
  decrease: '縮小{name}',
  changed: '{name} {value}',
  turnedOn: '{name}已開啟',
  turnedOff: '{name}已關閉',
  actions: {
    toggle: '開啟或關閉無障礙工具',
    reset: '全部重設',
    fontUp: '放大字體',
    fontDown: '縮小字體',
    zoomIn: '放大頁面',
    zoomOut: '縮小頁面',
    textSpacing: '開關文字間距',
    colorScheme: '切換配色',
  },
};

const en: Messages = {
  title: 'Accessibility tools',
  launcher: 'Accessibility tools',
  close: 'Close',
  reset: 'Reset all',
  resetDone: 'All settings reset',
  shortcuts: 'Keyboard shortcuts',
  shortcutsOff: 'This site has turned keyboard shortcuts off.',
  note: 'These aids help you read this site; they do not replace the site’s own accessibility. Your settings stay in this browser.',
  groups: { text: 'Text', color: 'Colour', reading: 'Reading', speech: 'Speech', captions: 'Captions' },
  aids: { fontScale: 'Text size', pageZoom: 'Page zoom', textSpacing: 'Text spacing', colorScheme: 'Colours', colorFilter: 'Filter', captionSize: 'Caption size', captionColors: 'Caption colours' },
  options: {
    default: 'Site colours',
    'white-on-black': 'White on black',
    'yellow-on-black': 'Yellow on black',
    'black-on-yellow': 'Black on yellow',
    'black-on-white': 'Black on white',
    'white-on-blue': 'White on blue',
    none: 'None',
    invert: 'Inverted',
    grayscale: 'Greyscale',
    'low-saturation': 'Low saturation',
  },
  forcedColors: 'Your system uses its own high-contrast colours, so colour schemes and filters are off.',
  increase: 'Increase {name}',
  decrease: 'Decrease {name}',
  changed: '{name} {value}',
  turnedOn: '{name} on',
  turnedOff: '{name} off',
  actions: {
    toggle: 'Open or close the accessibility tools',
    reset: 'Reset all',
    fontUp: 'Larger text',
    fontDown: 'Smaller text',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    textSpacing: 'Text spacing on or off',
    colorScheme: 'Next colour scheme',
  },
};

/** The built-in locales. Adding one is adding an object here. */
export const LOCALES = { 'zh-CN': zhCN, 'zh-TW': zhTW, en } as const satisfies Record<string, Messages>;
export type Locale = keyof typeof LOCALES;

/**
 * The locale among `locales` for a BCP 47 language tag: Traditional Chinese
 * for zh-TW, zh-HK, zh-MO and zh-Hant; Simplified for other Chinese; another
 * locale by its language (so adding one needs nothing here); else English.
 */
export function pickLocale<L extends string>(lang: string | null | undefined, locales: readonly L[]): L {
  const tag = (lang ?? '').toLowerCase();
  const wanted = tag.startsWith('zh') ? (/hant|-tw|-hk|-mo/.test(tag) ? 'zh-TW' : 'zh-CN') : tag.split('-')[0];
  return locales.find((locale) => locale === wanted) ?? ('en' as L);
}

/** The toolbar's locale for a language tag (see pickLocale). */
export const localeFor = (lang: string | null | undefined): Locale => pickLocale(lang, Object.keys(LOCALES) as Locale[]);

/** Fills `{name}`-style placeholders. */
export const format = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };
export type MessageOverrides = DeepPartial<Messages>;

/** A locale's messages with a site's overrides applied (one level of nesting). */
export const messagesFor = (locale: Locale, overrides: MessageOverrides = {}): Messages => withOverrides(LOCALES[locale], overrides);

/** Any element's texts with a site's overrides applied, one level deep; empty or unknown overrides are ignored. */
export function withOverrides<T extends object>(base: T, overrides: DeepPartial<T>): T {
  const merged = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides)) {
    const original = (base as unknown as Record<string, unknown>)[key];
    // An empty text would leave a control unnamed: the built-in one stays.
    if (typeof value === 'string' && typeof original === 'string') merged[key] = value.trim() ? value : original;
    else if (value && typeof value === 'object' && original && typeof original === 'object') {
      merged[key] = { ...original, ...Object.fromEntries(Object.entries(value).filter(([, text]) => typeof text === 'string' && text.trim())) };
    }
  }
  return merged as unknown as T;
}
