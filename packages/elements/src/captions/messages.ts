import type { Locale } from '../i18n/locales.js';

/** Every string `<reach-captions>` shows. A locale is one object. */
export interface CaptionMessages {
  captions: string;
  settings: string;
  fullscreen: string;
  track: string;
  off: string;
  size: string;
  font: string;
  fonts: Record<'default' | 'sans-serif' | 'serif' | 'monospace' | 'kai' | 'casual', string>;
  color: string;
  background: string;
  window: string;
  opacity: string;
  colors: Record<'white' | 'yellow' | 'green' | 'cyan' | 'blue' | 'magenta' | 'red' | 'black', string>;
  edge: string;
  edges: Record<'none' | 'raised' | 'depressed' | 'uniform' | 'drop-shadow', string>;
  position: string;
  positions: Record<'over' | 'below', string>;
  preview: string;
  reset: string;
  close: string;
}

export const CAPTION_LOCALES: Record<Locale, CaptionMessages> = {
  'zh-CN': {
    captions: '字幕',
    settings: '字幕设置',
    fullscreen: '全屏',
    track: '字幕语言',
    off: '关闭',
    size: '字号',
    font: '字体',
    fonts: { default: '默认', 'sans-serif': '黑体', serif: '宋体', monospace: '等宽', kai: '楷体', casual: '手写' },
    color: '文字颜色',
    background: '文字背景',
    window: '字幕窗口',
    opacity: '不透明度',
    colors: { white: '白', yellow: '黄', green: '绿', cyan: '青', blue: '蓝', magenta: '品红', red: '红', black: '黑' },
    edge: '文字边缘',
    edges: { none: '无', raised: '凸起', depressed: '凹陷', uniform: '描边', 'drop-shadow': '阴影' },
    position: '位置',
    positions: { over: '画面上', below: '画面下方' },
    preview: '字幕预览 Caption preview',
    reset: '恢复默认',
    close: '关闭',
  },
  'zh-TW': {
    captions: '字幕',
    settings: '字幕設定',
    fullscreen: '全螢幕',
    track: '字幕語言',
    off: '關閉',
    size: '字級',
    font: '字型',
    fonts: { default: '預設', 'sans-serif': '黑體', serif: '明體', monospace: '等寬', kai: '楷體', casual: '手寫' },
    color: '文字顏色',
    background: '文字背景',
    window: '字幕視窗',
    opacity: '不透明度',
    colors: { white: '白', yellow: '黃', green: '綠', cyan: '青', blue: '藍', magenta: '洋紅', red: '紅', black: '黑' },
    edge: '文字邊緣',
    edges: { none: '無', raised: '凸起', depressed: '凹陷', uniform: '描邊', 'drop-shadow': '陰影' },
    position: '位置',
    positions: { over: '畫面上', below: '畫面下方' },
    preview: '字幕預覽 Caption preview',
    reset: '恢復預設',
    close: '關閉',
  },
  en: {
    captions: 'Captions',
    settings: 'Caption settings',
    fullscreen: 'Full screen',
    track: 'Caption language',
    off: 'Off',
    size: 'Text size',
    font: 'Font',
    fonts: { default: 'Default', 'sans-serif': 'Sans-serif', serif: 'Serif', monospace: 'Monospace', kai: 'Kai (楷体)', casual: 'Casual' },
    color: 'Text colour',
    background: 'Text background',
    window: 'Window',
    opacity: 'opacity',
    colors: { white: 'White', yellow: 'Yellow', green: 'Green', cyan: 'Cyan', blue: 'Blue', magenta: 'Magenta', red: 'Red', black: 'Black' },
    edge: 'Text edge',
    edges: { none: 'None', raised: 'Raised', depressed: 'Depressed', uniform: 'Outline', 'drop-shadow': 'Drop shadow' },
    position: 'Position',
    positions: { over: 'Over the picture', below: 'Below the picture' },
    preview: 'Caption preview 字幕预览',
    reset: 'Reset',
    close: 'Close',
  },
};
