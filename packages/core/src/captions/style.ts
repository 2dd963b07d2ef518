import type { Engine } from '../engine.js';
import { createStyleEngine } from '../internal/style-engine.js';
import { CAPTION_STYLE_FIELDS, type CaptionStyle } from '../preferences/schema.js';
import { CAPTION_COLORS } from './presets.js';

export { CAPTION_COLORS } from './presets.js';

const FONTS: Record<CaptionStyle['font'], string> = {
  default: 'inherit',
  'sans-serif': '"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif',
  serif: '"Noto Serif CJK SC","Songti SC",SimSun,serif',
  monospace: 'monospace',
  kai: '"Kaiti SC",STKaiti,KaiTi,"AR PL UKai CN","AR PL UKai",serif',
  casual: '"Comic Sans MS","Comic Neue",cursive',
};

const EDGES: Record<CaptionStyle['edge'], string> = {
  none: 'none',
  raised: '-1px -1px 0 #fff8,1px 1px 0 #000,2px 2px 0 #000',
  depressed: '1px 1px 0 #fff8,-1px -1px 0 #000,-2px -2px 0 #000',
  uniform: '0 0 2px #000,0 0 2px #000,0 0 2px #000,0 0 2px #000',
  'drop-shadow': '2px 2px 4px #000',
};

/** `#rrggbb` and an opacity as `rgb(r g b / a)`. */
export function rgba(hex: string, opacity: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16} ${(n >> 8) & 255} ${n & 255} / ${opacity})`;
}

/** CSS properties for caption text in a style (size excluded: where it applies decides its base). */
export function captionTextStyle(style: CaptionStyle): Record<string, string> {
  return {
    color: rgba(style.color, style.opacity),
    'background-color': rgba(style.background, style.backgroundOpacity),
    'font-family': FONTS[style.font],
    'text-shadow': EDGES[style.edge],
  };
}

const isDefault = (style: CaptionStyle) =>
  (Object.keys(CAPTION_STYLE_FIELDS) as (keyof CaptionStyle)[]).every((key) => style[key] === CAPTION_STYLE_FIELDS[key].default);

/**
 * The visitor's caption style on every video's native captions (`::cue`),
 * site-wide. Native cues can take colours, font and edges but not a window
 * or a position: `<reach-captions>` renders the full style.
 */
export function createCaptionStyle(doc: Document = document): Engine<CaptionStyle> {
  return createStyleEngine<CaptionStyle>(doc, (style) =>
    style && !isDefault(style)
      ? `video::cue{${Object.entries(captionTextStyle(style)).map(([p, v]) => `${p}:${v}`).join(';')};font-size:${style.size}%}`
      : '',
  );
}
