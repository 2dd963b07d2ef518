// The one mapping table: every check's WCAG 2.2 success criteria, GB/T 37668-2019
// requirement and MIIT aging-friendly item, who a failure hurts and how to fix it.
// Sources, dates and which mappings are approximate: docs/audit.md ("The mapping").
import type { ManualCheck, Severity, Standard, Who } from './types.js';

// ——— WCAG 2.2 ———

type Level = 'A' | 'AA' | 'AAA';
interface Criterion {
  title: string;
  level: Level;
  /** The WCAG version that introduced it: GB/T 37668-2019 follows WCAG 2.0's structure. */
  since: '2.0' | '2.1' | '2.2';
  /** What a person must check, whatever the automated checks found. */
  human: string;
}

/**
 * WCAG 2.2 (W3C Recommendation, 5 October 2023; 4.1.1 Parsing is obsolete and left out):
 * every level A and AA success criterion, and the AAA ones this package checks as advice.
 */
export const WCAG: Readonly<Record<string, Criterion>> = {
  '1.1.1': { title: 'Non-text Content', level: 'A', since: '2.0', human: 'Each text alternative says what the image means in its context; decorative images are hidden; CAPTCHAs have an alternative for another sense.' },
  '1.2.1': { title: 'Audio-only and Video-only (Prerecorded)', level: 'A', since: '2.0', human: 'Audio-only media has a transcript; video-only media has a transcript or audio track.' },
  '1.2.2': { title: 'Captions (Prerecorded)', level: 'A', since: '2.0', human: 'Captions are accurate, complete and in sync, and include sounds that matter, not only speech.' },
  '1.2.3': { title: 'Audio Description or Media Alternative (Prerecorded)', level: 'A', since: '2.0', human: 'What is shown but not said in a video is described (audio description or a text alternative).' },
  '1.2.4': { title: 'Captions (Live)', level: 'AA', since: '2.0', human: 'Live audio in synchronised media has captions.' },
  '1.2.5': { title: 'Audio Description (Prerecorded)', level: 'AA', since: '2.0', human: 'Prerecorded video has audio description of what is only shown.' },
  '1.3.1': { title: 'Info and Relationships', level: 'A', since: '2.0', human: 'Headings, lists, tables, form groups and regions are marked up as what they look like.' },
  '1.3.2': { title: 'Meaningful Sequence', level: 'A', since: '2.0', human: 'Read in DOM order (a screen reader, or with CSS off), the content still makes sense.' },
  '1.3.3': { title: 'Sensory Characteristics', level: 'A', since: '2.0', human: 'Instructions do not rely only on shape, position, size or sound ("the round button on the right").' },
  '1.3.4': { title: 'Orientation', level: 'AA', since: '2.1', human: 'The page works in portrait and landscape on a phone.' },
  '1.3.5': { title: 'Identify Input Purpose', level: 'AA', since: '2.1', human: 'Fields about the user (name, e-mail, address, phone) carry the right autocomplete values.' },
  '1.4.1': { title: 'Use of Color', level: 'A', since: '2.0', human: 'Nothing is told by colour alone: errors, required fields, links in text, chart series.' },
  '1.4.2': { title: 'Audio Control', level: 'A', since: '2.0', human: 'Sound that plays by itself for more than 3 s can be paused or turned down.' },
  '1.4.3': { title: 'Contrast (Minimum)', level: 'AA', since: '2.0', human: 'Text over images, gradients and video, and text in states axe cannot see (hover, focus, error), has 4.5:1 (3:1 for large text).' },
  '1.4.4': { title: 'Resize Text', level: 'AA', since: '2.0', human: 'At 200 % browser zoom and with larger text, nothing is lost; read the whole page, not only what the check measured.' },
  '1.4.5': { title: 'Images of Text', level: 'AA', since: '2.0', human: 'Text is real text, not pictures of text (logos excepted).' },
  '1.4.10': { title: 'Reflow', level: 'AA', since: '2.1', human: 'At 320 CSS px wide (400 % zoom) everything can be read and used with vertical scrolling only.' },
  '1.4.11': { title: 'Non-text Contrast', level: 'AA', since: '2.1', human: 'Borders of fields, icons and focus indicators have 3:1 against what is next to them.' },
  '1.4.12': { title: 'Text Spacing', level: 'AA', since: '2.1', human: 'With the WCAG text spacing applied, no text is cut off or overlaps, in every state of the page.' },
  '1.4.13': { title: 'Content on Hover or Focus', level: 'AA', since: '2.1', human: 'Tooltips and menus that appear on hover or focus can be dismissed, hovered, and stay until dismissed.' },
  '2.1.1': { title: 'Keyboard', level: 'A', since: '2.0', human: 'Everything works with the keyboard alone: menus, dialogs, sliders, drag and drop, custom widgets.' },
  '2.1.2': { title: 'No Keyboard Trap', level: 'A', since: '2.0', human: 'Focus can always leave a component (embedded players, editors, dialogs) with the keyboard.' },
  '2.1.4': { title: 'Character Key Shortcuts', level: 'A', since: '2.1', human: 'Single-key shortcuts can be turned off or remapped, or work only on focus.' },
  '2.2.1': { title: 'Timing Adjustable', level: 'A', since: '2.0', human: 'Time limits (sessions, SMS codes, quizzes) can be turned off, adjusted or extended.' },
  '2.2.2': { title: 'Pause, Stop, Hide', level: 'A', since: '2.0', human: 'Carousels, tickers and animations that move for more than 5 s can be paused; auto-updating content can be paused.' },
  '2.3.1': { title: 'Three Flashes or Below Threshold', level: 'A', since: '2.0', human: 'Nothing flashes more than three times a second.' },
  '2.4.1': { title: 'Bypass Blocks', level: 'A', since: '2.0', human: 'A skip link or landmarks let keyboard and screen-reader users pass repeated navigation.' },
  '2.4.2': { title: 'Page Titled', level: 'A', since: '2.0', human: 'The title says what the page is, distinct from the site\'s other pages.' },
  '2.4.3': { title: 'Focus Order', level: 'A', since: '2.0', human: 'Focus moves in an order that keeps meaning, also inside dialogs and after content changes.' },
  '2.4.4': { title: 'Link Purpose (In Context)', level: 'A', since: '2.0', human: 'Each link says where it goes, on its own or with its sentence ("more", "click here" do not).' },
  '2.4.5': { title: 'Multiple Ways', level: 'AA', since: '2.0', human: 'Pages can be found more than one way (navigation, search, site map).' },
  '2.4.6': { title: 'Headings and Labels', level: 'AA', since: '2.0', human: 'Headings and labels describe their topic or purpose.' },
  '2.4.7': { title: 'Focus Visible', level: 'AA', since: '2.0', human: 'Every focused element shows a visible indicator, in every state and colour scheme.' },
  '2.4.11': { title: 'Focus Not Obscured (Minimum)', level: 'AA', since: '2.2', human: 'No focused element is hidden by sticky headers, cookie banners or chat widgets, also after scrolling.' },
  '2.5.1': { title: 'Pointer Gestures', level: 'A', since: '2.1', human: 'Path or multi-finger gestures (swipe, pinch) have a single-pointer alternative.' },
  '2.5.2': { title: 'Pointer Cancellation', level: 'A', since: '2.1', human: 'Actions happen on release (up event), or can be aborted or undone.' },
  '2.5.3': { title: 'Label in Name', level: 'A', since: '2.1', human: 'The accessible name of a control contains its visible label, so voice users can say what they see.' },
  '2.5.4': { title: 'Motion Actuation', level: 'A', since: '2.1', human: 'Functions run by shaking or tilting have a button too, and motion can be turned off.' },
  '2.5.7': { title: 'Dragging Movements', level: 'AA', since: '2.2', human: 'Everything done by dragging (sliders, sortable lists, maps) can be done with single clicks.' },
  '2.5.8': { title: 'Target Size (Minimum)', level: 'AA', since: '2.2', human: 'Targets axe could not measure (overlapping, in canvases) are at least 24×24 px or spaced apart.' },
  '3.1.1': { title: 'Language of Page', level: 'A', since: '2.0', human: 'The page\'s lang attribute names the language it is written in.' },
  '3.1.2': { title: 'Language of Parts', level: 'AA', since: '2.0', human: 'Passages in another language (English inside Chinese text, and the reverse) carry their own lang.' },
  '3.2.1': { title: 'On Focus', level: 'A', since: '2.0', human: 'Focusing something never submits, navigates or opens a window by itself.' },
  '3.2.2': { title: 'On Input', level: 'A', since: '2.0', human: 'Changing a field or option never changes context without warning.' },
  '3.2.3': { title: 'Consistent Navigation', level: 'AA', since: '2.0', human: 'Navigation repeated across pages stays in the same order.' },
  '3.2.4': { title: 'Consistent Identification', level: 'AA', since: '2.0', human: 'Things that do the same thing are named the same way across pages.' },
  '3.2.6': { title: 'Consistent Help', level: 'A', since: '2.2', human: 'Help (contact, chat, FAQ) is in the same place on every page that has it.' },
  '3.3.1': { title: 'Error Identification', level: 'A', since: '2.0', human: 'Input errors are found, the field is identified and the error described in text.' },
  '3.3.2': { title: 'Labels or Instructions', level: 'A', since: '2.0', human: 'Fields have labels or instructions (formats, required fields) before the user needs them.' },
  '3.3.3': { title: 'Error Suggestion', level: 'AA', since: '2.0', human: 'Error messages say how to correct the input.' },
  '3.3.4': { title: 'Error Prevention (Legal, Financial, Data)', level: 'AA', since: '2.0', human: 'Payments and legal or data submissions can be reviewed, corrected or reversed.' },
  '3.3.7': { title: 'Redundant Entry', level: 'A', since: '2.2', human: 'Information already entered in a process is filled in or selectable, not asked again.' },
  '3.3.8': { title: 'Accessible Authentication (Minimum)', level: 'AA', since: '2.2', human: 'Logging in needs no memory or puzzle test (copy-paste and password managers work; CAPTCHAs have an alternative).' },
  '4.1.2': { title: 'Name, Role, Value', level: 'A', since: '2.0', human: 'Custom widgets expose the right name, role, state and value to a screen reader; test them with one.' },
  '4.1.3': { title: 'Status Messages', level: 'AA', since: '2.1', human: 'Status messages (results found, saved, errors) are announced without moving focus.' },
  // AAA: checked as advice only.
  '1.4.6': { title: 'Contrast (Enhanced)', level: 'AAA', since: '2.0', human: '' },
  '1.4.8': { title: 'Visual Presentation', level: 'AAA', since: '2.0', human: '' },
  '2.2.4': { title: 'Interruptions', level: 'AAA', since: '2.0', human: '' },
  '2.4.12': { title: 'Focus Not Obscured (Enhanced)', level: 'AAA', since: '2.2', human: '' },
  '2.5.5': { title: 'Target Size (Enhanced)', level: 'AAA', since: '2.1', human: '' },
  '3.2.5': { title: 'Change on Request', level: 'AAA', since: '2.0', human: '' },
  '3.3.9': { title: 'Accessible Authentication (Enhanced)', level: 'AAA', since: '2.2', human: '' },
};

export const wcagLabel = (sc: string) => `WCAG ${sc} ${WCAG[sc]?.title ?? ''}`.trim();

// ——— GB/T 37668-2019 ———

/**
 * GB/T 37668-2019 (信息技术 互联网内容无障碍可访问性技术要求与测试方法; published
 * 2019-08-30, in force 2020-03-01) sets its technical requirements out in WCAG 2.0's
 * structure: four principles, their guidelines and, under them, requirements adapted
 * from WCAG 2.0's success criteria (58 in all, in three grades). A finding is mapped to
 * the requirement adapted from the same WCAG 2.0 criterion, named by principle and
 * guideline; criteria new in WCAG 2.1 and 2.2 have no counterpart claimed here.
 * Every GB mapping is therefore marked approximate.
 */
const GB_PRINCIPLES: Record<string, string> = { '1': '可感知性', '2': '可操作性', '3': '可理解性', '4': '兼容性' };
const GB_GUIDELINES: Record<string, string> = {
  '1.1': '替代文本',
  '1.2': '时基媒体',
  '1.3': '可适应',
  '1.4': '可辨别',
  '2.1': '键盘可访问',
  '2.2': '充足时间',
  '2.3': '癫痫防范',
  '2.4': '可导航',
  '3.1': '可读性',
  '3.2': '可预测性',
  '3.3': '输入帮助',
  '4.1': '兼容',
};

/** The GB/T 37668-2019 requirement adapted from a WCAG 2.0 success criterion, or undefined. */
export function gbFor(sc: string): string | undefined {
  const criterion = WCAG[sc];
  if (!criterion || criterion.since !== '2.0') return undefined;
  const [p, g] = sc.split('.');
  return `${GB_PRINCIPLES[p!]} · ${GB_GUIDELINES[`${p}.${g}`]} (≙ WCAG 2.0 ${sc})`;
}

// ——— MIIT aging-friendly items ———

/**
 * The Ministry of Industry and Information Technology's 《互联网网站适老化通用设计规范》 and
 * 《移动互联网应用（APP）适老化通用设计规范》 (April 2021). Items are named by topic, not
 * number; the APP specification's dp/pt sizes are read as CSS px. All approximate.
 */
export const MIIT = {
  textSize: '字体大小：主要内容文字足够大、可放大（APP 适老版主要文字 ≥ 18 dp/pt）',
  lineSpacing: '行间距：段落内行距至少 1.3 倍，段落间距至少为行距的 1.3 倍',
  contrast: '对比度：文本与背景对比度不低于 4.5:1（大字不低于 3:1）',
  colorOnly: '颜色不作为传达信息的唯一手段',
  target: '点击区域：主要组件可点击区域足够大（APP 适老版 ≥ 60×60 dp/pt，其他页面 ≥ 44×44）',
  captcha: '验证码：非文本验证码提供可被不同感官接受的替代形式（文字、语音）',
  zoom: '放大：提供网页放大与大字服务，放大后内容完整、功能可用',
  media: '多媒体：视频提供字幕，自动播放的内容可暂停',
  keyboard: '键盘操作：可仅用键盘完成操作，焦点清晰可见',
} as const;

/** MIIT items reached through a WCAG criterion (axe-core's rules and the custom checks alike). */
const MIIT_BY_WCAG: Record<string, string[]> = {
  '1.4.3': [MIIT.contrast],
  '1.4.1': [MIIT.colorOnly],
  '1.4.4': [MIIT.zoom],
  '1.4.10': [MIIT.zoom],
  '1.2.2': [MIIT.media],
  '1.4.2': [MIIT.media],
  '2.2.2': [MIIT.media],
  '2.1.1': [MIIT.keyboard],
  '2.4.7': [MIIT.keyboard],
};

// ——— the custom checks ———

/** The groups of checks, in the order they run (those that change the page last); `--skip` takes these. */
export const CHECK_GROUPS = ['axe', 'text', 'targets', 'names', 'media', 'motion', 'captcha', 'focus', 'aids'] as const;
export type CheckGroup = (typeof CHECK_GROUPS)[number];

export interface RuleInfo {
  /** The module that decides it. */
  group: Exclude<CheckGroup, 'axe'>;
  title: string;
  severity: Severity;
  advice?: boolean;
  who: Who[];
  fix: string;
  wcag: string[];
  /** MIIT items beyond those reached through `wcag`. */
  miit?: string[];
  /** Standards whose mapping is approximate (GB and MIIT always are; see above). */
  approximate?: Standard[];
  helpUrl?: string;
}

const understanding = (slug: string) => `https://www.w3.org/WAI/WCAG22/Understanding/${slug}`;

/** Every check this package adds to axe-core's, by id. */
export const RULES = {
  'text-size': {
    group: 'text',
    title: 'Body text is smaller than 16 px',
    severity: 'moderate',
    who: ['older', 'low-vision', 'dyslexic'],
    fix: 'Set body text to at least 16 px (1rem), in rem or em so browser settings still scale it.',
    wcag: [],
    miit: [MIIT.textSize],
  },
  'text-size-main': {
    group: 'text',
    title: 'Main content text is smaller than 18 px (aging-friendly size)',
    severity: 'minor',
    advice: true,
    who: ['older', 'low-vision'],
    fix: 'For sites older readers use, set the main content\'s text to 18 px or more.',
    wcag: [],
    miit: [MIIT.textSize],
  },
  'line-height': {
    group: 'text',
    title: 'Line height of body text is under 1.3',
    severity: 'moderate',
    who: ['older', 'dyslexic', 'low-vision'],
    fix: 'Give paragraphs a line height of at least 1.3 (1.5 is better), as a number without a unit.',
    wcag: [],
    miit: [MIIT.lineSpacing],
  },
  'line-height-enhanced': {
    group: 'text',
    title: 'Line height of body text is under 1.5',
    severity: 'minor',
    advice: true,
    who: ['dyslexic', 'low-vision'],
    fix: 'Set line-height: 1.5 on paragraphs (WCAG 1.4.8, level AAA).',
    wcag: ['1.4.8'],
    helpUrl: understanding('visual-presentation'),
  },
  'target-size-enhanced': {
    group: 'targets',
    title: 'Target smaller than 44×44 CSS px',
    severity: 'minor',
    who: ['motor', 'older', 'low-vision'],
    fix: 'Make buttons, links and fields at least 44×44 px (padding or min-height/min-width), or group small links into larger ones.',
    wcag: ['2.5.5'],
    helpUrl: understanding('target-size-enhanced'),
  },
  'target-size-aging': {
    group: 'targets',
    title: 'Target smaller than 60×60 CSS px (aging-friendly size)',
    severity: 'minor',
    advice: true,
    who: ['older', 'motor'],
    fix: 'For main controls on sites older visitors use, make targets 60×60 px or larger.',
    wcag: [],
    miit: [MIIT.target],
  },
  'aid-font-scale': {
    group: 'aids',
    title: 'Content is lost when the visitor enlarges text (font scale 2)',
    severity: 'serious',
    who: ['low-vision', 'older'],
    fix: 'Let boxes grow with their text: min-height instead of height, no overflow: hidden on text containers, line heights as numbers, sizes in rem/em.',
    wcag: ['1.4.4'],
    miit: [MIIT.zoom],
    helpUrl: understanding('resize-text'),
  },
  'aid-text-spacing': {
    group: 'aids',
    title: 'Content is lost with WCAG text spacing',
    severity: 'serious',
    who: ['dyslexic', 'low-vision', 'older'],
    fix: 'Do not fix the height of text containers or clip them; let text reflow with wider letter, word and line spacing.',
    wcag: ['1.4.12'],
    helpUrl: understanding('text-spacing'),
  },
  'aid-page-zoom': {
    group: 'aids',
    title: 'Content is lost when the visitor zooms the page (page zoom 2)',
    severity: 'serious',
    who: ['low-vision', 'older'],
    fix: 'Use responsive layouts that reflow; keep fixed headers short; never clip content to a fixed height.',
    wcag: ['1.4.4'],
    miit: [MIIT.zoom],
    // Reachable's page zoom is CSS zoom, like the toolbar's: close to the browser's zoom, not the same (vh units grow with it).
    approximate: ['wcag'],
    helpUrl: understanding('resize-text'),
  },
  reflow: {
    group: 'aids',
    title: 'Content does not reflow at 320 CSS px wide',
    severity: 'serious',
    who: ['low-vision', 'older'],
    fix: 'Make the layout work at 320 px wide: flexible widths, wrapping, media queries; no fixed widths wider than the viewport.',
    wcag: ['1.4.10'],
    miit: [MIIT.zoom],
    helpUrl: understanding('reflow'),
  },
  'aid-color-scheme': {
    group: 'aids',
    title: 'Controls lose what shows them in a high-contrast colour scheme',
    severity: 'serious',
    who: ['low-vision', 'older'],
    fix: 'Draw icons with currentColor (SVG fill/stroke, icon fonts) or <img> with alt text, not CSS background images on elements with text; do not draw checkbox states with background colours of pseudo-elements alone.',
    wcag: ['1.4.11', '1.1.1'],
    approximate: ['wcag'],
    helpUrl: understanding('non-text-contrast'),
  },
  'accessible-name-meaningless': {
    group: 'names',
    title: 'Read aloud, this element is a file name or a word that says nothing',
    severity: 'serious',
    who: ['blind', 'low-vision', 'older'],
    fix: 'Give it a name that says what it is or does: alt text for images, visible text or aria-label for controls; never a file name.',
    wcag: ['1.1.1', '4.1.2'],
    helpUrl: understanding('non-text-content'),
  },
  'focusable-no-name': {
    group: 'names',
    title: 'Focusable element with nothing to read aloud',
    severity: 'serious',
    who: ['blind'],
    fix: 'Give the focusable element a role and a name, or remove it from the tab order (tabindex="-1") if it is not interactive.',
    wcag: ['4.1.2'],
    helpUrl: understanding('name-role-value'),
  },
  'focus-lost': {
    group: 'focus',
    title: 'Focus disappears while tabbing',
    severity: 'serious',
    who: ['motor', 'low-vision', 'blind'],
    fix: 'Every element in the tab order must be visible when focused: show skip links on focus, remove hidden elements from the tab order (hidden, inert, tabindex="-1").',
    wcag: ['2.4.7', '2.4.3'],
    helpUrl: understanding('focus-visible'),
  },
  'focus-not-visible': {
    group: 'focus',
    title: 'No visible focus indicator',
    severity: 'serious',
    who: ['motor', 'low-vision', 'older'],
    fix: 'Do not remove outlines without a replacement: style :focus-visible with a clear outline (2 px or more, 3:1 contrast).',
    wcag: ['2.4.7'],
    helpUrl: understanding('focus-visible'),
  },
  'focus-backwards': {
    group: 'focus',
    title: 'Focus jumps backwards',
    severity: 'moderate',
    who: ['motor', 'low-vision', 'blind'],
    fix: 'Remove positive tabindex values and order the DOM as it is read; do not reorder content visually with CSS (order, absolute positioning) away from the DOM order.',
    wcag: ['2.4.3'],
    helpUrl: understanding('focus-order'),
  },
  'focus-obscured': {
    group: 'focus',
    title: 'Focused element hidden behind a fixed or sticky element',
    severity: 'serious',
    who: ['motor', 'low-vision'],
    fix: 'Add scroll-padding-top (and -bottom) equal to sticky headers and footers, so focused elements scroll clear of them.',
    wcag: ['2.4.11'],
    helpUrl: understanding('focus-not-obscured-minimum'),
  },
  'focus-obscured-partly': {
    group: 'focus',
    title: 'Focused element partly hidden behind a fixed or sticky element',
    severity: 'minor',
    advice: true,
    who: ['motor', 'low-vision'],
    fix: 'Add scroll-padding so focused elements are entirely clear of sticky headers and footers.',
    wcag: ['2.4.12'],
    helpUrl: understanding('focus-not-obscured-enhanced'),
  },
  'video-captions': {
    group: 'media',
    title: 'Video without captions',
    severity: 'serious',
    who: ['deaf', 'older'],
    fix: 'Add <track kind="captions" src="….vtt" srclang="zh" label="中文"> (or kind="subtitles"); a video without speech or meaningful sound needs none.',
    wcag: ['1.2.2'],
    helpUrl: understanding('captions-prerecorded'),
  },
  'caption-track-broken': {
    group: 'media',
    title: 'Caption track that does not load or parse',
    severity: 'serious',
    who: ['deaf', 'older'],
    fix: 'Serve the track from the page\'s origin (or with CORS), as WebVTT starting with "WEBVTT" and with at least one cue; SRT files need <reach-captions>.',
    wcag: ['1.2.2'],
    helpUrl: understanding('captions-prerecorded'),
  },
  'motion-no-pause': {
    group: 'motion',
    title: 'Moving content with no way to pause it',
    severity: 'serious',
    who: ['dyslexic', 'older', 'low-vision'],
    fix: 'Give moving content that lasts more than 5 s a pause button (video controls, a carousel pause), and stop it under prefers-reduced-motion.',
    wcag: ['2.2.2'],
    helpUrl: understanding('pause-stop-hide'),
  },
  'captcha-alternative': {
    group: 'captcha',
    title: 'CAPTCHA without a non-visual alternative',
    severity: 'moderate',
    advice: true,
    who: ['blind', 'low-vision', 'older', 'dyslexic'],
    fix: 'Offer an audio or text alternative, or better, a check that needs no puzzle (a one-time code by SMS or e-mail, risk scoring).',
    wcag: ['1.1.1', '3.3.8'],
    miit: [MIIT.captcha],
    approximate: ['wcag'],
    helpUrl: understanding('non-text-content'),
  },
} satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;
export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** GB/T 37668 requirements and MIIT items of a rule, derived from its WCAG criteria and extras. */
export function standardsOf(wcag: readonly string[], extraMiit: readonly string[] = []) {
  const gb = [...new Set(wcag.map(gbFor).filter((x): x is string => !!x))];
  const miit = [...new Set([...extraMiit, ...wcag.flatMap((sc) => MIIT_BY_WCAG[sc] ?? [])])];
  const approximate: Standard[] = [];
  if (gb.length) approximate.push('gb');
  if (miit.length) approximate.push('miit');
  return { gb, miit, approximate };
}

// ——— axe-core's rules ———

/** `wcag143` → `1.4.3`; other tags → undefined. */
export function wcagFromTag(tag: string): string | undefined {
  const m = /^wcag(\d)(\d)(\d+)$/.exec(tag);
  return m ? `${m[1]}.${m[2]}.${m[3]}` : undefined;
}

/** Who an axe-core rule's failures hurt, from its category tag. */
const WHO_BY_CATEGORY: Record<string, Who[]> = {
  'cat.aria': ['blind'],
  'cat.color': ['low-vision', 'older'],
  'cat.forms': ['blind', 'older', 'motor'],
  'cat.keyboard': ['motor', 'blind'],
  'cat.language': ['blind', 'dyslexic'],
  'cat.name-role-value': ['blind'],
  'cat.parsing': ['blind'],
  'cat.semantics': ['blind', 'dyslexic'],
  'cat.sensory-and-visual-cues': ['low-vision', 'motor', 'older'],
  'cat.structure': ['blind', 'dyslexic'],
  'cat.tables': ['blind'],
  'cat.text-alternatives': ['blind', 'low-vision'],
  'cat.time-and-media': ['deaf', 'blind', 'dyslexic'],
};

export function whoForTags(tags: readonly string[]): Who[] {
  const who = new Set<Who>();
  for (const tag of tags) for (const w of WHO_BY_CATEGORY[tag] ?? []) who.add(w);
  return who.size ? [...who] : ['blind'];
}

/** The axe-core tags audited: WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Reported separately, as advice: the AAA contrast rule. */
export const AXE_ENHANCED = 'color-contrast-enhanced';

// ——— what a person must still check ———

/**
 * MIIT's items a person must check, and what makes one `partly` automated: a check
 * mapped to that item, or to one of these WCAG criteria, ran on the page.
 */
const MIIT_MANUAL: { ref: string; what: string; by: { miit?: string; wcag?: string[] } }[] = [
  { ref: MIIT.textSize, what: 'The site offers larger text (or works with the browser\'s), and main content is large enough for older readers.', by: { miit: MIIT.textSize } },
  { ref: MIIT.zoom, what: 'With the site\'s own or the browser\'s magnification, every page stays complete and usable.', by: { miit: MIIT.zoom } },
  { ref: '适老版入口：显著的长辈版 / 关怀模式入口，切换后全站一致', what: 'If the site has an aging-friendly mode, its entry is easy to find and it applies on every page.', by: {} },
  { ref: '广告与诱导：适老页面无广告弹窗、无诱导下载或付款按键', what: 'No advertising pop-ups or misleading buttons in what older visitors use.', by: {} },
  // What is read aloud: text alternatives, and names and roles of controls.
  { ref: '语音阅读：正文可被朗读（屏幕阅读器或站点自带朗读）', what: 'Main content reads aloud in order with a screen reader or the site\'s read-aloud.', by: { wcag: ['1.1.1', '4.1.2'] } },
  { ref: MIIT.captcha, what: 'Every verification step has a non-visual alternative and enough time.', by: { miit: MIIT.captcha } },
];

/**
 * What a person must check per standard: WCAG 2.2 A and AA criteria, their GB/T 37668
 * counterparts and MIIT's items; `partly` where a check that ran touched it (`checked`:
 * the WCAG criteria of the checks that ran; `checkedMiit`: their MIIT items).
 */
export function manualChecks(checked: ReadonlySet<string>, checkedMiit: ReadonlySet<string> = new Set()): { wcag: ManualCheck[]; gb: ManualCheck[]; miit: ManualCheck[] } {
  const wcag: ManualCheck[] = [];
  const gb: ManualCheck[] = [];
  for (const [sc, c] of Object.entries(WCAG)) {
    if (c.level === 'AAA') continue;
    const automated = checked.has(sc) ? 'partly' : 'no';
    wcag.push({ ref: `WCAG ${sc} ${c.title} (${c.level})`, what: c.human, automated });
    const g = gbFor(sc);
    if (g) gb.push({ ref: `GB/T 37668-2019 ${g}`, what: c.human, automated });
  }
  const miit = MIIT_MANUAL.map(({ ref, what, by }): ManualCheck => {
    const touched = (by.miit !== undefined && checkedMiit.has(by.miit)) || !!by.wcag?.some((sc) => checked.has(sc));
    return { ref, what, automated: touched ? 'partly' : 'no' };
  });
  return { wcag, gb, miit };
}
