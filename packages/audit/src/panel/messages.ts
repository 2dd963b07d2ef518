// The panel's words in 简体中文, 繁體中文 and English: its own interface, and the titles and
// fixes of this package's checks (axe-core's rules come in its own translations, see panel.ts).
// The report itself, the CLI and the HTML report stay in English.
import { chineseScript } from '@reachable/core/internal';
import type { RULES } from '../rules.js';
import type { CheckCounts } from '../summary.js';
import type { Severity, Who } from '../types.js';

export type PanelLocale = 'zh-CN' | 'zh-TW' | 'en';
type RuleId = keyof typeof RULES;

export interface PanelMessages {
  title: string;
  rerun: string;
  close: string;
  auditing: string;
  status(findings: number, toFix: number, advice: number): string;
  failed(message: string, earlier: boolean): string;
  advice: string;
  severity: Record<Severity, string>;
  who: string;
  fix: string;
  people: Record<Who, string>;
  /** Between the names in a list ("、" in Chinese), and between two sentences (a space in English, none in Chinese). */
  listSeparator: string;
  sentenceSeparator: string;
  /** A finding seen only with one of Reachable's aids applied (the aid as the report labels it, e.g. `fontScale 2`). */
  withAid(aid: string): string;
  /** How WCAG's automated checks came out, and what that does not mean (English: the report's own sentence). */
  honest?(counts: CheckCounts, manual: number): string;
  approximate(gb: string): string;
  /** This package's checks, by rule: [title, fix]; English comes from the mapping table. */
  rules?: Record<RuleId, [string, string]>;
}

const en: PanelMessages = {
  title: 'Accessibility audit',
  rerun: 'Run again',
  close: 'Close the audit panel',
  auditing: 'Auditing…',
  status: (n, toFix, advice) => `${n} findings (${toFix} to fix, ${advice} advice).`,
  failed: (message, earlier) => `The audit failed: ${message}.${earlier ? ' The list is from the run before.' : ''}`,
  advice: 'Advice',
  severity: { critical: 'Critical', serious: 'Serious', moderate: 'Moderate', minor: 'Minor' },
  who: 'Who',
  fix: 'Fix',
  people: {
    blind: 'blind people',
    'low-vision': 'people with low vision',
    deaf: 'deaf people',
    older: 'older people',
    dyslexic: 'people with dyslexia',
    motor: 'keyboard and switch users',
  },
  listSeparator: ', ',
  sentenceSeparator: ' ',
  withAid: (aid) => ` (with ${aid})`,
  approximate: (gb) => `Mappings to ${gb} and MIIT are approximate.`,
};

/**
 * An aid as the report labels it (`fontScale 2`, `textSpacing (WCAG 1.4.12)`, `pageZoom 2`,
 * `viewport 320×256 (WCAG 1.4.10)`, `colorScheme yellow-on-black`) in one script's words;
 * a label it does not know is kept as it is.
 */
function aidIn(
  label: string,
  w: { fontScale(x: string): string; pageZoom(x: string): string; textSpacing: string; viewport(size: string): string; colorScheme: Record<string, string> },
): string {
  const [name = '', value = ''] = label.split(' ');
  const wcag = /\(WCAG ([\d.]+)\)$/.exec(label)?.[1];
  const said =
    name === 'fontScale' ? w.fontScale(value) : name === 'pageZoom' ? w.pageZoom(value) : name === 'textSpacing' ? w.textSpacing : name === 'viewport' ? w.viewport(value) : name === 'colorScheme' ? w.colorScheme[value] : undefined;
  return said ? `${said}${wcag && name !== 'textSpacing' ? `（WCAG ${wcag}）` : ''}` : label;
}

/** The report's honest sentence about WCAG, in one script's words. */
function honestInChinese(w: { passed(applicable: number, passed: number): string; failed: string; review: string; nothing: string; notRun: string; end(manual: number): string }) {
  return (c: CheckCounts, manual: number) => {
    const parts = [w.passed(c.passed + c.failed + c.needsReview, c.passed)];
    if (c.failed) parts.push(`${c.failed} ${w.failed}`);
    if (c.needsReview) parts.push(`${c.needsReview} ${w.review}`);
    const aside = [c.notApplicable && `${c.notApplicable} ${w.nothing}`, c.notRun && `${c.notRun} ${w.notRun}`].filter(Boolean);
    return `${parts.join('，')}${aside.length ? `（${aside.join('，')}）` : ''}。${w.end(manual)}`;
  };
}

const zhCN: PanelMessages = {
  title: '无障碍检查',
  rerun: '重新检查',
  close: '关闭检查面板',
  auditing: '正在检查…',
  status: (n, toFix, advice) => `发现 ${n} 个问题（${toFix} 个需要修复，${advice} 条建议）。`,
  failed: (message, earlier) => `检查失败：${message}。${earlier ? '列表是上一次检查的结果。' : ''}`,
  advice: '建议',
  severity: { critical: '严重', serious: '较严重', moderate: '中等', minor: '轻微' },
  who: '影响',
  fix: '修复',
  people: {
    blind: '盲人',
    'low-vision': '低视力者',
    deaf: '聋人和听障者',
    older: '老年人',
    dyslexic: '读写障碍者',
    motor: '用键盘或开关操作的人',
  },
  listSeparator: '、',
  sentenceSeparator: '',
  withAid: (aid) =>
    `（${aidIn(aid, {
      fontScale: (x) => `字体放大 ${x} 倍`,
      pageZoom: (x) => `页面缩放 ${x} 倍`,
      textSpacing: '使用 WCAG 文字间距',
      viewport: (x) => `视口为 ${x}`,
      colorScheme: { 'white-on-black': '使用白字黑底配色', 'yellow-on-black': '使用黄字黑底配色', 'black-on-white': '使用黑字白底配色', 'black-on-yellow': '使用黑字黄底配色', 'white-on-blue': '使用白字蓝底配色' },
    })}时）`,
  honest: honestInChinese({
    passed: (applicable, passed) => `WCAG 2.2（A 级和 AA 级）：${applicable} 项适用的自动检查中 ${passed} 项通过`,
    failed: '项未通过',
    review: '项需要人工复核',
    nothing: '项无可检查内容',
    notRun: '项未运行',
    end: (manual) => `自动检查只能发现部分缺陷：这不是符合性声明；还有 ${manual} 项需要人工检查。`,
  }),
  approximate: (gb) => `与 ${gb} 和工信部适老化规范的对应关系是近似的。`,
  rules: {
    'text-size': ['正文文字小于 16 px', '正文文字至少设为 16 px（1rem），并用 rem 或 em，让浏览器设置仍能放大它。'],
    'text-size-main': ['主要内容文字小于 18 px（适老化字号）', '面向老年读者的网站，主要内容文字设为 18 px 或更大。'],
    'line-height': ['正文行高小于 1.3', '段落行高至少 1.3（1.5 更好），用不带单位的数字。'],
    'line-height-enhanced': ['正文行高小于 1.5', '给段落设置 line-height: 1.5（WCAG 1.4.8，AAA 级）。'],
    'target-size-enhanced': ['点击目标小于 44×44 CSS px', '按钮、链接和输入框至少 44×44 px（用 padding 或 min-height/min-width），或把小链接合并成大的。'],
    'target-size-aging': ['点击目标小于 60×60 CSS px（适老化尺寸）', '面向老年访客的网站，主要控件设为 60×60 px 或更大。'],
    'aid-font-scale': ['访客放大文字（字号 2 倍）时内容丢失', '让容器随文字长高：用 min-height 代替 height，文字容器不要 overflow: hidden，行高用数字，尺寸用 rem/em。'],
    'aid-text-spacing': ['使用 WCAG 文字间距时内容丢失', '不要固定文字容器的高度或裁剪它；让文字在更大的字距、词距和行距下重新排版。'],
    'aid-page-zoom': ['访客缩放页面（2 倍）时内容丢失', '使用能重新排版的响应式布局；固定的页头要矮；不要把内容裁剪在固定高度里。'],
    reflow: ['320 CSS px 宽时内容不能重排', '让布局在 320 px 宽时可用：弹性宽度、自动换行、媒体查询；不要有比视口更宽的固定宽度。'],
    'aid-color-scheme': ['高对比度配色下，控件失去了显示它的图形', '图标用 currentColor 绘制（SVG 的 fill/stroke、图标字体），或用带替代文本的 <img>，不要在有文字的元素上用 CSS 背景图；复选框的状态不要只靠伪元素的背景色。'],
    'accessible-name-meaningless': ['朗读时，这个元素只是一个文件名或没有意义的词', '给它一个说明它是什么或做什么的名称：图片用替代文本，控件用可见文字或 aria-label；不要用文件名。'],
    'focusable-no-name': ['可获得焦点的元素没有可朗读的内容', '给它角色和名称；如果它不可交互，就把它移出 Tab 顺序（tabindex="-1"）。'],
    'focus-lost': ['按 Tab 时焦点消失', 'Tab 顺序中的每个元素获得焦点时都必须可见：跳转链接获得焦点时显示，隐藏的元素移出 Tab 顺序（hidden、inert、tabindex="-1"）。'],
    'focus-not-visible': ['没有可见的焦点指示', '不要去掉 outline 而不给替代：用 :focus-visible 设置清晰的轮廓（2 px 以上，对比度 3:1）。'],
    'focus-backwards': ['焦点向后跳', '去掉正数的 tabindex，按阅读顺序排列 DOM；不要用 CSS（order、绝对定位）把内容的视觉顺序排得和 DOM 顺序不同。'],
    'focus-obscured': ['获得焦点的元素被固定或粘性元素遮住', '加上与粘性页头、页脚一样高的 scroll-padding-top（和 -bottom），让获得焦点的元素滚动到它们之外。'],
    'focus-obscured-partly': ['获得焦点的元素被固定或粘性元素遮住一部分', '加上 scroll-padding，让获得焦点的元素完全露出在粘性页头和页脚之外。'],
    'video-captions': ['视频没有字幕', '加上 <track kind="captions" src="….vtt" srclang="zh" label="中文">（或 kind="subtitles"）；没有语音或有意义声音的视频不需要。'],
    'caption-track-broken': ['字幕轨道无法加载或解析', '从页面的同源（或带 CORS）提供字幕轨道，格式为以 "WEBVTT" 开头、至少有一条字幕的 WebVTT；SRT 文件需要 <reach-captions>。'],
    'motion-no-pause': ['移动的内容无法暂停', '持续 5 秒以上的移动内容要有暂停按钮（视频控件、轮播的暂停），并在 prefers-reduced-motion 下停止。'],
    'captcha-alternative': ['验证码没有非视觉的替代方式', '提供语音或文字的替代方式；更好的是不需要解谜的验证（短信或邮件一次性验证码、风险评分）。'],
  },
};

const zhTW: PanelMessages = {
  title: '無障礙檢測',
  rerun: '重新檢測',
  close: '關閉檢測面板',
  auditing: '正在檢測…',
  status: (n, toFix, advice) => `發現 ${n} 個問題（${toFix} 個需要修正，${advice} 則建議）。`,
  failed: (message, earlier) => `檢測失敗：${message}。${earlier ? '清單是上一次檢測的結果。' : ''}`,
  advice: '建議',
  severity: { critical: '嚴重', serious: '較嚴重', moderate: '中等', minor: '輕微' },
  who: '影響',
  fix: '修正',
  people: {
    blind: '全盲者',
    'low-vision': '弱視者',
    deaf: '聾人與聽障者',
    older: '長者',
    dyslexic: '讀寫障礙者',
    motor: '以鍵盤或開關操作的人',
  },
  listSeparator: '、',
  sentenceSeparator: '',
  withAid: (aid) =>
    `（${aidIn(aid, {
      fontScale: (x) => `字體放大 ${x} 倍`,
      pageZoom: (x) => `頁面縮放 ${x} 倍`,
      textSpacing: '使用 WCAG 文字間距',
      viewport: (x) => `檢視區為 ${x}`,
      colorScheme: { 'white-on-black': '使用白字黑底配色', 'yellow-on-black': '使用黃字黑底配色', 'black-on-white': '使用黑字白底配色', 'black-on-yellow': '使用黑字黃底配色', 'white-on-blue': '使用白字藍底配色' },
    })}時）`,
  honest: honestInChinese({
    passed: (applicable, passed) => `WCAG 2.2（A 級與 AA 級）：${applicable} 項適用的自動檢測中 ${passed} 項通過`,
    failed: '項未通過',
    review: '項需要人工複核',
    nothing: '項無可檢測內容',
    notRun: '項未執行',
    end: (manual) => `自動檢測只能發現部分缺陷：這不是符合性聲明；還有 ${manual} 項需要人工檢查。`,
  }),
  approximate: (gb) => `與 ${gb} 及工信部適老化規範的對應關係是近似的。`,
  rules: {
    'text-size': ['內文文字小於 16 px', '內文文字至少設為 16 px（1rem），並使用 rem 或 em，讓瀏覽器設定仍能放大它。'],
    'text-size-main': ['主要內容文字小於 18 px（適老化字級）', '以長者為讀者的網站，主要內容文字設為 18 px 或更大。'],
    'line-height': ['內文行高小於 1.3', '段落行高至少 1.3（1.5 更好），使用不帶單位的數字。'],
    'line-height-enhanced': ['內文行高小於 1.5', '為段落設定 line-height: 1.5（WCAG 1.4.8，AAA 級）。'],
    'target-size-enhanced': ['點擊目標小於 44×44 CSS px', '按鈕、連結和欄位至少 44×44 px（使用 padding 或 min-height/min-width），或把小連結合併成大的。'],
    'target-size-aging': ['點擊目標小於 60×60 CSS px（適老化尺寸）', '以長者為訪客的網站，主要控制項設為 60×60 px 或更大。'],
    'aid-font-scale': ['訪客放大文字（字級 2 倍）時內容遺失', '讓容器隨文字長高：以 min-height 取代 height，文字容器不要 overflow: hidden，行高使用數字，尺寸使用 rem/em。'],
    'aid-text-spacing': ['套用 WCAG 文字間距時內容遺失', '不要固定文字容器的高度或裁切它；讓文字在更大的字距、詞距與行距下重新排版。'],
    'aid-page-zoom': ['訪客縮放頁面（2 倍）時內容遺失', '使用能重新排版的響應式版面；固定的頁首要矮；不要把內容裁切在固定高度內。'],
    reflow: ['320 CSS px 寬時內容無法重排', '讓版面在 320 px 寬時可用：彈性寬度、自動換行、媒體查詢；不要有比視窗更寬的固定寬度。'],
    'aid-color-scheme': ['高對比配色下，控制項失去了顯示它的圖形', '圖示以 currentColor 繪製（SVG 的 fill/stroke、圖示字型），或使用帶替代文字的 <img>，不要在有文字的元素上使用 CSS 背景圖；核取方塊的狀態不要只靠虛擬元素的背景色。'],
    'accessible-name-meaningless': ['朗讀時，這個元素只是一個檔名或沒有意義的詞', '給它一個說明它是什麼或做什麼的名稱：圖片使用替代文字，控制項使用可見文字或 aria-label；不要使用檔名。'],
    'focusable-no-name': ['可取得焦點的元素沒有可朗讀的內容', '給它角色與名稱；如果它不可互動，就把它移出 Tab 順序（tabindex="-1"）。'],
    'focus-lost': ['按 Tab 時焦點消失', 'Tab 順序中的每個元素取得焦點時都必須可見：略過連結取得焦點時顯示，隱藏的元素移出 Tab 順序（hidden、inert、tabindex="-1"）。'],
    'focus-not-visible': ['沒有可見的焦點指示', '不要移除 outline 而不提供替代：以 :focus-visible 設定清楚的外框（2 px 以上，對比 3:1）。'],
    'focus-backwards': ['焦點向後跳', '移除正數的 tabindex，依閱讀順序排列 DOM；不要用 CSS（order、絕對定位）讓內容的視覺順序與 DOM 順序不同。'],
    'focus-obscured': ['取得焦點的元素被固定或黏性元素遮住', '加上與黏性頁首、頁尾同高的 scroll-padding-top（及 -bottom），讓取得焦點的元素捲動到它們之外。'],
    'focus-obscured-partly': ['取得焦點的元素被固定或黏性元素遮住一部分', '加上 scroll-padding，讓取得焦點的元素完全露出在黏性頁首與頁尾之外。'],
    'video-captions': ['影片沒有字幕', '加上 <track kind="captions" src="….vtt" srclang="zh" label="中文">（或 kind="subtitles"）；沒有語音或有意義聲音的影片不需要。'],
    'caption-track-broken': ['字幕軌無法載入或解析', '從頁面的同源（或帶 CORS）提供字幕軌，格式為以 "WEBVTT" 開頭、至少有一則字幕的 WebVTT；SRT 檔案需要 <reach-captions>。'],
    'motion-no-pause': ['移動的內容無法暫停', '持續 5 秒以上的移動內容要有暫停按鈕（影片控制項、輪播的暫停），並在 prefers-reduced-motion 下停止。'],
    'captcha-alternative': ['驗證碼沒有非視覺的替代方式', '提供語音或文字的替代方式；更好的是不需要解謎的驗證（簡訊或電子郵件一次性驗證碼、風險評分）。'],
  },
};

export const PANEL_MESSAGES: Record<PanelLocale, PanelMessages> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

/** The panel's language for a language tag (the option, else the page's `lang`): Traditional Chinese, Chinese, or English, by the rule the toolbar follows. */
export function panelLocale(tag: string | undefined): PanelLocale {
  const script = chineseScript(tag);
  return script === 'hant' ? 'zh-TW' : script ? 'zh-CN' : 'en';
}
