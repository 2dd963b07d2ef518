/**
 * Rewrites CSS font-size and line-height values so that one custom property
 * scales them. Absolute lengths are multiplied; lengths relative to the parent
 * (em, %, ex, ch…) are left alone because the parent is already scaled — so
 * nothing compounds.
 */

export const SCALE = 'var(--reach-font-scale, 1)';
/** The browser's `medium` font size, measured when the aid is turned on (user settings may change it). */
export const MEDIUM = 'var(--reach-font-medium, 16px)';

// Root-relative units count as absolute: Reachable pins the root's font size, so rem never follows the scale on its own.
const ABSOLUTE_UNITS =
  'px|pt|pc|in|cm|mm|q|rem|rlh|rex|rch|rcap|ric|vw|vh|vi|vb|vmin|vmax|svw|svh|svi|svb|svmin|svmax|lvw|lvh|lvi|lvb|lvmin|lvmax|dvw|dvh|dvi|dvb|dvmin|dvmax|cqw|cqh|cqi|cqb|cqmin|cqmax';
const ABSOLUTE = new RegExp(`(?<![\\w-])([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:e[+-]?\\d+)?)(${ABSOLUTE_UNITS})(?![\\w-])`, 'gi');
const RELATIVE = /(?<![\w-])[+-]?(?:\d+\.?\d*|\.\d+)(?:em|ex|ch|ic|cap|lh|%)(?![\w-])/i;

/** Absolute size keywords as multiples of `medium` (Chromium's table for a 16px medium). */
const KEYWORDS: Record<string, number> = {
  'xx-small': 9 / 16,
  'x-small': 10 / 16,
  small: 13 / 16,
  medium: 1,
  initial: 1,
  large: 18 / 16,
  'x-large': 24 / 16,
  'xx-large': 2,
  'xxx-large': 3,
};

/** The scaled form of a font-size value, or undefined when it already follows the scale. */
export function scaleFontSize(value: string): string | undefined {
  const trimmed = value.trim().toLowerCase();
  if (!trimmed || trimmed.includes(SCALE)) return undefined;
  const keyword = KEYWORDS[trimmed];
  if (keyword !== undefined) return `calc(${MEDIUM} * ${keyword} * ${SCALE})`;
  return scaleLengths(value);
}

/** The scaled form of a line-height value, or undefined when it already follows the font size. */
export function scaleLineHeight(value: string): string | undefined {
  return value.includes(SCALE) ? undefined : scaleLengths(value);
}

function scaleLengths(value: string): string | undefined {
  // A custom property may hold any length; design tokens are nearly always absolute, so scale the whole value.
  if (/var\(/i.test(value) && !RELATIVE.test(value)) return `calc((${value.trim()}) * ${SCALE})`;
  ABSOLUTE.lastIndex = 0;
  if (!ABSOLUTE.test(value)) return undefined;
  return value.replace(ABSOLUTE, (length) => `calc(${length} * ${SCALE})`);
}
