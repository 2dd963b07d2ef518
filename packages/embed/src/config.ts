import { AIDS, type AidId, type Honours } from '@reachable/core/controller';
import { kebab, warn as coded } from '@reachable/core/internal';
import { LOCALE_TAGS, localeFor, type Locale } from '@reachable/elements/i18n';
import { SHORTCUT_ACTIONS, TOOLBAR_OPTIONS } from '@reachable/elements/internal';
import type { Layout, MessageOverrides, Position, ShortcutMap } from '@reachable/elements/toolbar';
import type { PresetDefinition } from '@reachable/core/presets';
import type { SpeechOptions } from '@reachable/core/speech';

/** What a site can configure, from `data-*` attributes on the script tag or `window.ReachableConfig`. */
export interface EmbedConfig {
  /** A built-in locale (`zh-CN`, `zh-TW`, `en`; any tag of their languages is read), or `auto` (the page's own `lang`). */
  lang: Locale | 'auto';
  layout: Layout;
  position: Position;
  /** Distance of the launcher from its corner, px. */
  offset: number;
  zIndex: number;
  /** The aids to offer. */
  features: AidId[];
  /** `true` (defaults), `false` (none), or a remapping. */
  shortcuts: boolean | ShortcutMap;
  storageKey: string;
  /** Open the toolbar when the page loads. */
  open: boolean;
  /** Per-message text overrides (only from `window.ReachableConfig`). */
  messages: MessageOverrides;
  /** Read-aloud's options: a site's own voice (only from `window.ReachableConfig`: it is a function). */
  speech: SpeechOptions;
  /** Aids the site applies itself: ids (it follows the root's `data-reach-*` attributes), or from `window.ReachableConfig` ids with a function each. */
  honours: Honours;
  /** The site's own presets (only from `window.ReachableConfig`: an object of names and values). */
  presets: Record<string, PresetDefinition>;
}

export const DEFAULT_CONFIG: Readonly<EmbedConfig> = {
  lang: 'auto',
  layout: TOOLBAR_OPTIONS.layout.fallback,
  position: TOOLBAR_OPTIONS.position.fallback,
  offset: TOOLBAR_OPTIONS.offset.fallback,
  zIndex: TOOLBAR_OPTIONS.zIndex.fallback,
  features: [...AIDS],
  shortcuts: true,
  storageKey: 'reachable',
  open: false,
  messages: {},
  speech: {},
  honours: {},
  presets: {},
};

type Raw = Record<string, unknown>;
/** `R110`: a value that is not valid; `R111`: a name that is not an option. */
type Warn = (code: 'R110' | 'R111', message: string) => void;

const list = (value: unknown) => (Array.isArray(value) ? value : String(value).split(/[\s,]+/).filter(Boolean)).map(String);

/** Each option: how to read it from an attribute string or a config value; undefined means invalid. */
const READERS: { [K in keyof EmbedConfig]: { accepts: string; read(value: unknown): EmbedConfig[K] | undefined } } = {
  lang: {
    accepts: `auto, or a language tag of a built-in locale: ${LOCALE_TAGS.join(', ')} (zh-Hans, zh-Hant, zh-HK, en-GB… are read too)`,
    read: (v) => {
      const tag = String(v).trim();
      if (/^auto$/i.test(tag)) return 'auto';
      const locale = localeFor(tag);
      // localeFor falls back to English: only a tag of a built-in locale's language counts.
      return locale.split('-')[0] === tag.toLowerCase().split('-')[0] ? locale : undefined;
    },
  },
  layout: { ...TOOLBAR_OPTIONS.layout, read: (v) => (TOOLBAR_OPTIONS.layout.valid(v) ? v : undefined) },
  position: { ...TOOLBAR_OPTIONS.position, read: (v) => (TOOLBAR_OPTIONS.position.valid(v) ? v : undefined) },
  offset: { ...TOOLBAR_OPTIONS.offset, read: (v) => toolbarNumber('offset', typeof v === 'string' ? v.trim().replace(/px$/i, '') : v) },
  zIndex: { ...TOOLBAR_OPTIONS.zIndex, read: (v) => toolbarNumber('zIndex', v) },
  features: {
    accepts: `a comma-separated list of ${AIDS.join(', ')}`,
    read: (v) => {
      const keys = list(v);
      return keys.length && keys.every((k) => AIDS.includes(k as AidId)) ? (keys as AidId[]) : undefined;
    },
  },
  shortcuts: {
    accepts: `on, off, or action=keys pairs such as "toggle=Alt+Shift+A, reset=off" (actions: ${SHORTCUT_ACTIONS.join(', ')})`,
    read: (v) => {
      if (typeof v === 'boolean') return v;
      if (v && typeof v === 'object') return v as ShortcutMap;
      const text = String(v).trim();
      if (/^(on|true)$/i.test(text)) return true;
      if (/^(off|false|none)$/i.test(text)) return false;
      const pairs = text.split(',').map((pair) => pair.split('=').map((s) => s.trim()));
      if (!pairs.every((pair) => pair.length === 2 && pair[0] && pair[1])) return undefined;
      return Object.fromEntries(pairs.map(([action, keys]) => [action, keys === 'off' ? false : keys])) as ShortcutMap;
    },
  },
  storageKey: { accepts: 'a non-empty name of up to 100 characters', read: (v) => (typeof v === 'string' && v.trim() && v.length <= 100 ? v.trim() : undefined) },
  open: { accepts: 'true or false', read: (v) => (v === true || v === 'true' || v === '' ? true : v === false || v === 'false' ? false : undefined) },
  messages: { accepts: 'an object of message overrides', read: (v) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as MessageOverrides) : undefined) },
  speech: {
    accepts: '{ provider: a function returning a Promise of audio }',
    read: (v) => (v && typeof v === 'object' && typeof (v as SpeechOptions).provider === 'function' ? { provider: (v as SpeechOptions).provider } : undefined),
  },
  honours: {
    accepts: `aid ids (${AIDS.join(', ')}), or an object of aid ids, each true or a function taking the visitor's choice`,
    read: (v) => {
      const entries = v && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v) : list(v).map((id) => [id, true] as const);
      return entries.every(([id, handler]) => AIDS.includes(id as AidId) && (handler === true || typeof handler === 'function'))
        ? (Object.fromEntries(entries) as Honours)
        : undefined;
    },
  },
  presets: {
    // Each preset is checked as the controller takes it (R114).
    accepts: 'an object of presets by id',
    read: (v) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, PresetDefinition>) : undefined),
  },
};

/** Options only `window.ReachableConfig` can give: an object or a function is not an attribute. */
const CONFIG_ONLY = ['messages', 'speech', 'presets'];

/** A number from a number or a decimal string (not true, null, [5], 0x10, 1e2…) that the toolbar option accepts. */
function toolbarNumber(option: 'offset' | 'zIndex', value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  return TOOLBAR_OPTIONS[option].valid(n) ? n : undefined;
}

/** Attributes other tools put on script tags (Cloudflare, cookie-consent managers, Turbo, pjax…): not typos of ours. */
const FOREIGN = /^data-(cfasync|cookie[\w-]*|category|consent[\w-]*|ot-[\w-]+|turbo[\w-]*|pjax[\w-]*|swup[\w-]*|no-?optimize|no-instant|nscript|n-head)$/;

/** `zIndex` ↔ `data-z-index`. */
const attributeName = (key: string) => `data-${kebab(key)}`;

/**
 * The configuration: defaults, then `window.ReachableConfig`, then the script
 * tag's `data-*` attributes. Every invalid or unknown value gets one warning
 * naming it and what is accepted, and the default is used.
 */
export function readConfig(script: HTMLOrSVGScriptElement | null, global: unknown, warn: Warn = coded): EmbedConfig {
  const config: EmbedConfig = { ...DEFAULT_CONFIG, features: [...DEFAULT_CONFIG.features] };
  const apply = (source: string, key: keyof EmbedConfig, value: unknown) => {
    const reader = READERS[key];
    const parsed = reader.read(value);
    if (parsed === undefined) {
      warn('R110', `${source}="${typeof value === 'object' ? JSON.stringify(value) : String(value)}" is not valid (accepted: ${reader.accepts}); using the default.`);
    } else (config as unknown as Raw)[key] = parsed;
  };

  if (global !== undefined && global !== null) {
    if (typeof global !== 'object' || Array.isArray(global)) {
      warn('R110', 'window.ReachableConfig must be an object; ignored.');
    } else {
      for (const [key, value] of Object.entries(global as Raw)) {
        if (key in READERS) apply(`ReachableConfig.${key}`, key as keyof EmbedConfig, value);
        else warn('R111', `ReachableConfig.${key} is not an option (options: ${Object.keys(READERS).join(', ')}); ignored.`);
      }
    }
  }

  for (const attribute of script?.getAttributeNames() ?? []) {
    if (!attribute.startsWith('data-')) continue;
    const key = (Object.keys(READERS) as (keyof EmbedConfig)[]).find((k) => attributeName(k) === attribute && !CONFIG_ONLY.includes(k));
    if (key) apply(attribute, key, script!.getAttribute(attribute));
    else if (!FOREIGN.test(attribute)) warn('R111', `${attribute} is not an option (options: ${Object.keys(READERS).filter((k) => !CONFIG_ONLY.includes(k)).map(attributeName).join(', ')}); ignored.`);
  }
  return config;
}

