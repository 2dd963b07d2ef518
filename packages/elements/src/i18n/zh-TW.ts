import type { Messages } from './messages.js';

/** Colour pairs, named alike for page colour schemes and caption colours. */
const SCHEMES = {
  'white-on-black': '白字黑底',
  'yellow-on-black': '黃字黑底',
  'black-on-white': '黑字白底',
  'black-on-yellow': '黑字黃底',
  'white-on-blue': '白字藍底',
};

export const zhTW: Messages = {
  title: '無障礙工具',
  launcher: '無障礙工具',
  close: '關閉',
  reset: '全部重設',
  resetDone: '已全部重設',
  shortcuts: '快速鍵',
  shortcutsOff: '本網站已關閉快速鍵。',
  note: '這些輔助功能幫助您閱讀本網站，但不能取代網站本身的無障礙設計。您的設定只儲存在本瀏覽器中。',
  groups: { text: '文字', color: '色彩', reading: '閱讀', speech: '語音', captions: '字幕' },
  aids: { fontScale: '字體大小', pageZoom: '頁面縮放', textSpacing: '文字間距', colorScheme: '配色', colorFilter: '濾鏡', cursor: '大滑鼠', readingGuide: '閱讀輔助線', highlightLinks: '突顯連結', highlightFocus: '突顯焦點', reduceMotion: '停止動畫', readingMode: '閱讀模式', speech: '朗讀', speechRate: '語速', captionBar: '大字幕', captionBarText: '字幕顯示', captionBarSize: '字幕字級', captionBarPosition: '字幕位置', captionSize: '字幕大小', captionColors: '字幕顏色' },
  short: { fontScale: '字體', pageZoom: '縮放', textSpacing: '間距', colorScheme: '配色', colorFilter: '濾鏡', cursor: '大滑鼠', readingGuide: '輔助線', highlightLinks: '連結', highlightFocus: '焦點', reduceMotion: '停止動畫', readingMode: '閱讀', speech: '朗讀', speechRate: '語速', captionBar: '大字幕', captionBarText: '顯示', captionBarSize: '字級', captionBarPosition: '位置', captionSize: '字幕大小', captionColors: '字幕顏色', reset: '重設', shortcuts: '快速鍵' },
  options: {
    colorScheme: {
      default: '網站原色',
      ...SCHEMES,
    },
    cursor: { default: '系統滑鼠', 'large-black': '黑色大滑鼠', 'large-white': '白色大滑鼠' },
    readingGuide: { off: '關閉', line: '橫線', crosshair: '十字線', mask: '遮罩' },
    speech: { off: '關閉', hover: '指讀', continuous: '連讀' },
    captionBarText: { original: '原文', simplified: '簡體', traditional: '繁體', pinyin: '拼音' },
    captionBarPosition: { bottom: '底部', top: '頂部' },
    colorFilter: { none: '無', invert: '反色', grayscale: '灰階', 'low-saturation': '低飽和度' },
    captionColors: SCHEMES,
  },
  unavailable: { forcedColors: '您的系統已啟用高對比色彩，配色和濾鏡由系統決定。', blockedByPolicy: '本網站的安全政策不允許顯示大滑鼠。', noSpeech: '本瀏覽器不支援朗讀。' },
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
    cursor: '切換大滑鼠',
    readingGuide: '切換閱讀輔助線',
    readingMode: '開關閱讀模式',
    speech: '切換朗讀方式',
    captionBar: '開關大字幕',
  },
};
