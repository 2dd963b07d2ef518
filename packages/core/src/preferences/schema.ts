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
/** How the caption bar (大字幕) shows text: as written, in Simplified or Traditional characters, or with pinyin above. */
export const CAPTION_BAR_TEXTS = ['original', 'simplified', 'traditional', 'pinyin'] as const;
export const CAPTION_BAR_POSITIONS = ['bottom', 'top'] as const;
/** The built-in bundles of aids turned on in one step: 'care' is 关怀模式, for older readers. A site may add its own. */
export const PRESETS = ['none', 'care'] as const;
/** A preset's id: a site's own are lower-case words joined by hyphens (`calm`, `big-text`), up to 32 characters. */
const PRESET_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export const CAPTION_FONTS = ['default', 'sans-serif', 'serif', 'monospace', 'kai', 'casual'] as const;
export const CAPTION_EDGES = ['none', 'raised', 'depressed', 'uniform', 'drop-shadow'] as const;
export const CAPTION_POSITIONS = ['over', 'below'] as const;

export type ColorScheme = (typeof COLOR_SCHEMES)[number];
export type ColorFilter = (typeof COLOR_FILTERS)[number];
export type Cursor = (typeof CURSORS)[number];
export type ReadingGuide = (typeof READING_GUIDES)[number];
export type SpeechMode = (typeof SPEECH_MODES)[number];
export type CaptionBarText = (typeof CAPTION_BAR_TEXTS)[number];
export type CaptionBarPosition = (typeof CAPTION_BAR_POSITIONS)[number];
/** A built-in preset's id, or a site's own. */
export type Preset = (typeof PRESETS)[number] | (string & {});

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
  /** The caption bar (大字幕): the text under the pointer or focus, large, in a bar. */
  captionBar: boolean;
  captionBarText: CaptionBarText;
  /** The caption bar's text size: a multiple of 32 px. */
  captionBarSize: number;
  captionBarPosition: CaptionBarPosition;
  speech: SpeechMode;
  /** Speech rate multiplier; 1 is the voice's normal rate. */
  speechRate: number;
  captionStyle: CaptionStyle;
  /** The preset in force ('none': none): a bundle of the aids above, each still adjustable. */
  preset: Preset;
  /** What the preset in force replaced: the visitor's own values of the aids it set, given back when it is turned off. */
  presetRestore: PresetRestore;
}

export type PreferenceKey = keyof Preferences;

/** Values of other preferences (not the preset's own), as a preset saves them. */
export type PresetRestore = Partial<Omit<Preferences, 'preset' | 'presetRestore'>>;

/** What `preferences.set()` takes: any subset of the keys; an object value (captionStyle) may be given in part. */
export type PreferenceChanges = { [K in PreferenceKey]?: Preferences[K] extends object ? Partial<Preferences[K]> : Preferences[K] };

/** The valid value, or undefined; `current` is the value in force, for values that may be given in part. */
type Parse<T> = (value: unknown, current?: T) => T | undefined;

/**
 * One preference (or one field of an object preference): its default, its
 * validation and what kind of value it is. The kind carries what a control
 * needs (a range's limits and step, a choice's values), so controls are
 * derived from here and never copy a limit.
 */
export type Field<T> = {
  readonly default: T;
  readonly parse: Parse<T>;
  /** In words, for development warnings: what is accepted ('' in production builds). */
  readonly accepts: string;
} & (
  | { readonly kind: 'flag' }
  | { readonly kind: 'choice'; readonly values: readonly string[] }
  /** `unit`: 'factor' values (1.25) are shown as 125 %, 'percent' values as they are. */
  | { readonly kind: 'range'; readonly min: number; readonly max: number; readonly step: number; readonly unit: 'factor' | 'percent' }
  | { readonly kind: 'color' }
  | { readonly kind: 'object'; readonly fields: Readonly<Record<string, Field<unknown>>> }
  /** Some other preferences' values, each valid for its own key. */
  | { readonly kind: 'values' }
);

const oneOf = <const T extends readonly string[]>(values: T, fallback: T[number]): Field<T[number]> => ({
  kind: 'choice',
  values,
  default: fallback,
  parse: (value) => (values.includes(value as string) ? (value as T[number]) : undefined),
  accepts: __DEV__ ? values.map((v) => `'${v}'`).join(', ') : '',
});

const flag = (): Field<boolean> => ({
  kind: 'flag',
  default: false,
  parse: (value) => (typeof value === 'boolean' ? value : undefined),
  accepts: __DEV__ ? 'true or false' : '',
});

/** A number in [min, max], rounded to 2 decimals so repeated steps never drift; `step` is a control's step. */
const range = (min: number, max: number, fallback: number, step: number, unit: 'factor' | 'percent' = 'factor'): Field<number> => ({
  kind: 'range',
  min,
  max,
  step,
  unit,
  default: fallback,
  parse: (value) =>
    typeof value === 'number' && value >= min && value <= max ? Math.round(value * 100) / 100 : undefined,
  accepts: __DEV__ ? `a number from ${min} to ${max}` : '',
});

/** Every value of a range, from its minimum to its maximum by its step, rounded as its values are. */
export const rangeSteps = ({ min, max, step }: { readonly min: number; readonly max: number; readonly step: number }): number[] =>
  Array.from({ length: Math.round((max - min) / step) + 1 }, (_, i) => Math.round((min + i * step) * 100) / 100);

const HEX = /^#[0-9a-f]{6}$/i;
const color = (fallback: string): Field<string> => ({
  kind: 'color',
  default: fallback,
  parse: (value) => (typeof value === 'string' && HEX.test(value) ? value.toLowerCase() : undefined),
  accepts: __DEV__ ? `a colour like ${fallback}` : '',
});

/** Field parsers of captionStyle, each with its default. */
export const CAPTION_STYLE_FIELDS: { [K in keyof CaptionStyle]: Field<CaptionStyle[K]> } = {
  size: range(50, 400, 100, 25, 'percent'),
  font: oneOf(CAPTION_FONTS, 'default'),
  color: color('#ffffff'),
  opacity: range(0, 1, 1, 0.25),
  background: color('#000000'),
  backgroundOpacity: range(0, 1, 0.75, 0.25),
  window: color('#000000'),
  windowOpacity: range(0, 1, 0, 0.25),
  edge: oneOf(CAPTION_EDGES, 'none'),
  position: oneOf(CAPTION_POSITIONS, 'over'),
};

const defaultsOf = <T>(fields: { [K in keyof T]: Field<T[K]> }): T =>
  Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, (field as Field<unknown>).default])) as T;

/** An object of fields, accepted in part: valid fields are kept, the rest come from the value in force (else the defaults). */
function object<T extends object>(fields: { [K in keyof T]: Field<T[K]> }): Field<T> {
  const defaults: T = Object.freeze(defaultsOf(fields));
  return {
    kind: 'object',
    fields: fields as Record<string, Field<unknown>>,
    default: defaults,
    parse(value, base = defaults) {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
      const merged = { ...base } as Record<string, unknown>;
      for (const [key, raw] of Object.entries(value)) {
        const parsed = Object.hasOwn(fields, key) ? (fields[key as keyof T] as Field<unknown>).parse(raw) : undefined;
        if (parsed === undefined) return undefined;
        merged[key] = parsed;
      }
      return merged as T;
    },
    accepts: __DEV__ ? `an object of any of the fields ${Object.keys(fields).join(', ')}` : '',
  };
}

/** Every preference key with its default, validation and accepted values. */
export const SCHEMA: { [K in PreferenceKey]: Field<Preferences[K]> } = {
  fontScale: range(1, 3, 1, 0.25),
  pageZoom: range(1, 3, 1, 0.25),
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
  captionBarText: oneOf(CAPTION_BAR_TEXTS, 'original'),
  captionBarSize: range(1, 2, 1.25, 0.25),
  captionBarPosition: oneOf(CAPTION_BAR_POSITIONS, 'bottom'),
  speech: oneOf(SPEECH_MODES, 'off'),
  speechRate: range(0.5, 2, 1, 0.25),
  captionStyle: object(CAPTION_STYLE_FIELDS),
  // Any well-formed id: which presets exist is the controller's to say (a site adds its own).
  preset: {
    ...oneOf(PRESETS, 'none'),
    parse: (value) => (typeof value === 'string' && value.length <= 32 && PRESET_ID.test(value) ? value : undefined),
    accepts: __DEV__ ? `'none', 'care', or the id of a site's own preset` : '',
  },
  presetRestore: {
    kind: 'values',
    default: Object.freeze({}),
    parse(value) {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
      const valid: Record<string, unknown> = {};
      for (const [key, raw] of Object.entries(value)) {
        const parsed = isPreferenceKey(key) && key !== 'preset' && key !== 'presetRestore' ? parsePreference(key, raw) : undefined;
        if (parsed === undefined) return undefined;
        valid[key] = parsed;
      }
      return Object.freeze(valid);
    },
    accepts: __DEV__ ? 'an object of other preferences and their values' : '',
  },
};

export const PREFERENCE_KEYS = Object.keys(SCHEMA) as PreferenceKey[];

/** All aids off. */
export const DEFAULT_PREFERENCES: Readonly<Preferences> = Object.freeze(defaultsOf(SCHEMA));

export const isPreferenceKey = (key: string): key is PreferenceKey => Object.hasOwn(SCHEMA, key);

/**
 * Validates `value` for `key`; undefined when invalid. A partial object value
 * (captionStyle) is merged over `current`, so callers can change one field at a time.
 */
export function parsePreference<K extends PreferenceKey>(key: K, value: unknown, current?: Preferences[K]): Preferences[K] | undefined {
  return (SCHEMA[key] as Field<Preferences[K]>).parse(value, current);
}
