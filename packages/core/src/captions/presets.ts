import type { CaptionStyle } from '../preferences/schema.js';

/** Named caption colours (the FCC / CEA-708 palette) for pickers. */
export const CAPTION_COLORS = {
  white: '#ffffff',
  yellow: '#ffff00',
  green: '#00ff00',
  cyan: '#00ffff',
  blue: '#0000ff',
  magenta: '#ff00ff',
  red: '#ff0000',
  black: '#000000',
} as const;

/**
 * Caption colour presets (text on background) from the caption palette, so
 * <reach-captions>' own settings show them too; named like the colour schemes,
 * whose names the toolbar already speaks.
 */
export const CAPTION_PRESETS = {
  'white-on-black': { color: CAPTION_COLORS.white, background: CAPTION_COLORS.black },
  'yellow-on-black': { color: CAPTION_COLORS.yellow, background: CAPTION_COLORS.black },
  'black-on-white': { color: CAPTION_COLORS.black, background: CAPTION_COLORS.white },
  'black-on-yellow': { color: CAPTION_COLORS.black, background: CAPTION_COLORS.yellow },
  'white-on-blue': { color: CAPTION_COLORS.white, background: CAPTION_COLORS.blue },
} as const satisfies Record<string, Partial<CaptionStyle>>;
