/**
 * The preference schema: every key Reachable stores, its default and how a
 * value is validated. Enumerations are declared once, `as const`, and feed the
 * types, the validation and the tests. Keys are a public contract: extend, never rename.
 */

export const COLOR_SCHEMES = [
  'default',
  'white-on-black',
  'yellow-on-black',
  'black-on-yellow',
  'black-on-white',
  'white-on-blue',
] as const;
export const COLOR_FILTERS = ['none', 'invert', 'grayscale', 'low-saturation'] as const;
export const CURSORS = ['default', 'large-black', 'large-white'] as const;
export const READING_GUIDES = ['off', 'line', 'crosshair', 'mask'] as const;
export const SPEECH_MODES = ['off', 'hover', 'continuous'] as const;

export const CAPTION_FONTS = ['default', 'sans-serif', 'serif', 'monospace', 'kai', 'casual'] as const;
export const CAPTION_EDGES = ['none', 'raised', 'depressed', 'uniform', 'drop-shadow'] as const;
export const CAPTION_POSITIONS = ['over', 'below'] as const;

export type ColorScheme = (typeof COLOR_SCHEMES)[number];
export type ColorFilter = (typeof COLOR_FILTERS)[number];
export type Cursor = (typeof CURSORS)[number];
export type ReadingGuide = (typeof READING_GUIDES)[number];
export type SpeechMode = (typeof SPEECH_MODES)[number];

/** How video captions look (the FCC / W3C caption preferences). Colours are `#rrggbb`, opacities 0–1. */
export interface CaptionStyle {
  /** Text size as a percentage of the default, 50–400. */
  size: number;
  font: (typeof CAPTION_FONTS)[number];
  color: string;
  opacity: number;
  background: string;
  backgroundOpacity: number;
  window: string;
  windowOpacity: number;
  edge: (typeof CAPTION_EDGES)[number];
  position: (typeof CAPTION_POSITIONS)[number];
}

export interface Preferences {
  /** Text size multiplier; 1 is off. */
  fontScale: number;
  /** Whole-layout magnification; 1 is off. */
  pageZoom: number;
  /** WCAG 1.4.12 text spacing. */
  textSpacing: boolean;
  colorScheme: ColorScheme;
  colorFilter: ColorFilter;
  cursor: Cursor;
  readingGuide: ReadingGuide;
  highlightLinks: boolean;
  highlightFocus: boolean;
  reduceMotion: boolean;
  readingMode: boolean;
  captionBar: boolean;
  speech: SpeechMode;
  /** Speech rate multiplier; 1 is the voice's normal rate. */
  speechRate: number;
  captionStyle: CaptionStyle;
}

export type PreferenceKey = keyof Preferences;

/** Validates one value: returns it (normalised) or undefined when it is not acceptable. */
/** The valid value, or undefined; `current` is the value in force, for values that may be given in part. */
type Parse<T> = (value: unknown, current?: T) => T | undefined;

interface Field<T> {
  readonly default: T;
  readonly parse: Parse<T>;
  /** In words, for warnings: what is accepted. */
  readonly accepts: string;
}

const oneOf = <const T extends readonly string[]>(values: T, fallback: T[number]): Field<T[number]> => ({
  default: fallback,
  parse: (value) => (values.includes(value as string) ? (value as T[number]) : undefined),
  accepts: values.map((v) => `'${v}'`).join(', '),
});

const flag = (): Field<boolean> => ({
  default: false,
  parse: (value) => (typeof value === 'boolean' ? value : undefined),
  accepts: 'true or false',
});

/** A number in [min, max], rounded to 2 decimals so repeated steps never drift. */
const range = (min: number, max: number, fallback: number): Field<number> => ({
  default: fallback,
  parse: (value) =>
    typeof value === 'number' && value >= min && value <= max ? Math.round(value * 100) / 100 : undefined,
  accepts: `a number from ${min} to ${max}`,
});

const HEX = /^#[0-9a-f]{6}$/i;
const color: Parse<string> = (value) => (typeof value === 'string' && HEX.test(value) ? value.toLowerCase() : undefined);

/** Field parsers of captionStyle, each with its default. */
export const CAPTION_STYLE_FIELDS: { [K in keyof CaptionStyle]: Field<CaptionStyle[K]> } = {
  size: range(50, 400, 100),
  font: oneOf(CAPTION_FONTS, 'default'),
  color: { default: '#ffffff', parse: color, accepts: 'a colour like #ffffff' },
  opacity: range(0, 1, 1),
  background: { default: '#000000', parse: color, accepts: 'a colour like #000000' },
  backgroundOpacity: range(0, 1, 0.75),
  window: { default: '#000000', parse: color, accepts: 'a colour like #000000' },
  windowOpacity: range(0, 1, 0),
  edge: oneOf(CAPTION_EDGES, 'none'),
  position: oneOf(CAPTION_POSITIONS, 'over'),
};

const defaultsOf = <T>(fields: { [K in keyof T]: Field<T[K]> }): T =>
  Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, (field as Field<unknown>).default])) as T;

const CAPTION_STYLE_DEFAULTS: CaptionStyle = Object.freeze(defaultsOf(CAPTION_STYLE_FIELDS));

/** captionStyle accepts a partial object: valid fields are kept, the rest come from `base`. */
const parseCaptionStyle: Parse<CaptionStyle> = (value, base = CAPTION_STYLE_DEFAULTS) => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const style = { ...base };
  for (const [key, raw] of Object.entries(value)) {
    const field = CAPTION_STYLE_FIELDS[key as keyof CaptionStyle] as Field<unknown> | undefined;
    const parsed = field?.parse(raw);
    if (parsed === undefined) return undefined;
    (style as Record<string, unknown>)[key] = parsed;
  }
  return style;
};

/** Every preference key with its default, validation and accepted values. */
export const SCHEMA: { [K in PreferenceKey]: Field<Preferences[K]> } = {
  fontScale: range(1, 3, 1),
  pageZoom: range(1, 3, 1),
  textSpacing: flag(),
  colorScheme: oneOf(COLOR_SCHEMES, 'default'),
  colorFilter: oneOf(COLOR_FILTERS, 'none'),
  cursor: oneOf(CURSORS, 'default'),
  readingGuide: oneOf(READING_GUIDES, 'off'),
  highlightLinks: flag(),
  highlightFocus: flag(),
  reduceMotion: flag(),
  readingMode: flag(),
  captionBar: flag(),
  speech: oneOf(SPEECH_MODES, 'off'),
  speechRate: range(0.5, 2, 1),
  captionStyle: {
    default: CAPTION_STYLE_DEFAULTS,
    parse: parseCaptionStyle,
    accepts: 'an object of caption style fields (size, font, color, opacity, background, backgroundOpacity, window, windowOpacity, edge, position)',
  },
};

export const PREFERENCE_KEYS = Object.keys(SCHEMA) as PreferenceKey[];

/** All aids off. */
export const DEFAULT_PREFERENCES: Readonly<Preferences> = Object.freeze(defaultsOf(SCHEMA));

export const isPreferenceKey = (key: string): key is PreferenceKey => Object.hasOwn(SCHEMA, key);

/**
 * Validates `value` for `key`; undefined when invalid. A partial captionStyle
 * is merged over `current` so callers can change one field at a time.
 */
export function parsePreference<K extends PreferenceKey>(key: K, value: unknown, current?: Preferences[K]): Preferences[K] | undefined {
  return (SCHEMA[key] as Field<Preferences[K]>).parse(value, current);
}
