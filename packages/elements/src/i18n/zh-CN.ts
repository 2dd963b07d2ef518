import type { Messages } from './messages.js';

/** Colour pairs, named alike for page colour schemes and caption colours. */
const SCHEMES = {
  'white-on-black': '白字黑底',
  'yellow-on-black': '黄字黑底',
  'black-on-white': '黑字白底',
  'black-on-yellow': '黑字黄底',
  'white-on-blue': '白字蓝底',
};

export const zhCN: Messages = {
  title: '无障碍工具',
  launcher: '无障碍工具',
  close: '关闭',
  reset: '全部重置',
  resetDone: '已全部重置',
  shortcuts: '快捷键',
  shortcutsOff: '本网站已关闭快捷键。',
  note: '这些辅助功能帮助您阅读本网站，但不能代替网站本身的无障碍设计。您的设置只保存在本浏览器中。',
  groups: { text: '文字', color: '颜色', reading: '阅读', speech: '语音', captions: '字幕' },
  aids: { fontScale: '字体大小', pageZoom: '页面缩放', textSpacing: '文字间距', colorScheme: '配色', colorFilter: '滤镜', cursor: '大鼠标', readingGuide: '阅读辅助线', highlightLinks: '突出链接', highlightFocus: '突出焦点', reduceMotion: '停止动画', readingMode: '阅读模式', speech: '朗读', speechRate: '语速', captionBar: '大字幕', captionBarText: '字幕显示', captionBarSize: '字幕字号', captionBarPosition: '字幕位置', captionSize: '字幕大小', captionColors: '字幕颜色' },
  short: { fontScale: '字体', pageZoom: '缩放', textSpacing: '间距', colorScheme: '配色', colorFilter: '滤镜', cursor: '大鼠标', readingGuide: '辅助线', highlightLinks: '链接', highlightFocus: '焦点', reduceMotion: '停止动画', readingMode: '阅读', speech: '朗读', speechRate: '语速', captionBar: '大字幕', captionBarText: '显示', captionBarSize: '字号', captionBarPosition: '位置', captionSize: '字幕大小', captionColors: '字幕颜色', reset: '重置', shortcuts: '快捷键' },
  options: {
    colorScheme: {
      default: '网站原色',
      ...SCHEMES,
    },
    cursor: { default: '系统鼠标', 'large-black': '黑色大鼠标', 'large-white': '白色大鼠标' },
    readingGuide: { off: '关闭', line: '横线', crosshair: '十字线', mask: '遮罩' },
    speech: { off: '关闭', hover: '指读', continuous: '连读' },
    captionBarText: { original: '原文', simplified: '简体', traditional: '繁体', pinyin: '拼音' },
    captionBarPosition: { bottom: '底部', top: '顶部' },
    colorFilter: { none: '无', invert: '反色', grayscale: '灰度', 'low-saturation': '低饱和度' },
    captionColors: SCHEMES,
  },
  unavailable: { forcedColors: '您的系统已启用高对比度颜色，配色和滤镜由系统决定。', blockedByPolicy: '本网站的安全策略不允许显示大鼠标。', noSpeech: '本浏览器不支持朗读。' },
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
    cursor: '切换大鼠标',
    readingGuide: '切换阅读辅助线',
    readingMode: '开关阅读模式',
    speech: '切换朗读方式',
    captionBar: '开关大字幕',
  },
};
